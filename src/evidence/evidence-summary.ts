// "Copy summary": the evidence in a few plain lines for a platform's report form or a note: the
// level, each reason with its sentence, and the addresses of the posts behind it. Invisible and
// direction-changing characters are written as [U+XXXX] so that pasting cannot carry them along.
import type { Evidence } from './evidence.ts';
import { revealInvisibles } from './escape-html.ts';
import { evidenceView } from './evidence-view.ts';

/** Addresses listed per reason; a platform's report box is short. */
export const SUMMARY_LINKS = 5;

export function evidenceSummary(evidence: Evidence): string {
  const view = evidenceView(evidence);
  const t = revealInvisibles;
  const lines: string[] = [];
  const where = evidence.thread.url ? ` ${t(evidence.thread.url)}` : '';
  lines.push(`Threadlens: ${view.levelText} (score ${view.score} of 100) for the ${t(evidence.thread.site)} thread${where}`);
  lines.push(`${view.postCount === 1 ? '1 post' : `${view.postCount} posts`} read${evidence.capturedAt ? ` at ${evidence.capturedAt}` : ''}.`);
  if (view.fired.length === 0) lines.push('No signal fired.');
  else lines.push('Reasons:');
  for (const f of view.fired) {
    lines.push(`- ${f.name} (${Math.round(f.signal.score * 100)}%): ${t(f.signal.summary)}`);
    const addresses = f.posts.map((p) => view.permalinkOf(p) ?? `post id ${p.id}`);
    for (const a of addresses.slice(0, SUMMARY_LINKS)) lines.push(`  ${t(a)}`);
    if (addresses.length > SUMMARY_LINKS) lines.push(`  … and ${addresses.length - SUMMARY_LINKS} more posts`);
  }
  if (view.missing.length > 0) lines.push(`Missing: ${view.missing.map(t).join(' ')}`);
  lines.push(
    `Made on-device by Threadlens ${t(evidence.threadlens.version)}${evidence.model ? ` with ${t(evidence.model.id)} ${t(evidence.model.version)}` : ''}; thread SHA-256 ${evidence.threadSha256}.`,
  );
  return `${lines.join('\n')}\n`;
}
