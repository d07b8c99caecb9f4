import { describe, expect, it } from 'vitest';
import { evidenceSummary, SUMMARY_LINKS } from '../../../src/evidence/evidence-summary.ts';
import { LEVEL_TEXT } from '../../../src/ui/overlay/labels.ts';
import { evidenceOf, hostileThread, readThread } from './evidence-fixtures.ts';

describe('evidenceSummary', () => {
  it('gives the level, each reason with its sentence and links to the posts behind it', async () => {
    const evidence = await evidenceOf(readThread('test/fixtures/threads/coordinated-replies.json'));
    const text = evidenceSummary(evidence);
    expect(text.split('\n')[0]).toContain(`Threadlens: ${LEVEL_TEXT[evidence.report.thread.level]}`);
    for (const s of evidence.report.signals.filter((x) => x.score > 0)) {
      expect(text).toContain(s.summary);
      const post = evidence.thread.posts.find((p) => p.id === s.posts[0]);
      expect(text).toContain(`https://x.com/${post?.author.handle}/status/${post?.id}`);
    }
    expect(text).toContain(evidence.threadSha256);
    const linkLines = text.split('\n').filter((l) => l.startsWith('  https://'));
    expect(linkLines.length).toBeLessThanOrEqual(SUMMARY_LINKS * evidence.report.signals.length);
  });

  it('writes direction overrides and zero-width characters as [U+XXXX]', async () => {
    const text = evidenceSummary(await evidenceOf(hostileThread()));
    expect(text).not.toMatch(/[\u202A-\u202E\u200B-\u200F\u2060]/);
  });

  it('says no signal fired for an empty thread', async () => {
    const text = evidenceSummary(await evidenceOf({ site: 'x', posts: [] }));
    expect(text).toContain('No signal fired.');
    expect(text).toContain('The thread has no posts');
  });
});
