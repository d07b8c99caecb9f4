// Evidence for the evidence tests: built through the same scoreThread as `threadlens score`.
import { readFileSync } from 'node:fs';
import { buildEvidence, type Evidence } from '../../../src/evidence/evidence.ts';
import { scoreThread } from '../../../src/scoring/score-thread.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../src/scoring/scoring-settings.ts';
import type { Post, Thread } from '../../../src/shared/thread.ts';

export const NOW = Date.parse('2026-01-01T00:00:00Z');

export function readThread(path: string): Thread {
  return JSON.parse(readFileSync(path, 'utf8')) as Thread;
}

export async function evidenceOf(thread: Thread, allowlist: string[] = []): Promise<Evidence> {
  const report = scoreThread(thread, { scoring: DEFAULT_SCORING_SETTINGS, allowlist, now: NOW, model: null });
  return buildEvidence({ thread, report, scoring: DEFAULT_SCORING_SETTINGS, allowlist, threadlensVersion: '0.1.0-test', now: NOW });
}

export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  'javascript:alert(4)',
  '</style><style>body{display:none}</style>',
  '<a href="https://evil.example/">click</a>',
  '<!-- comment --><iframe src="https://evil.example/"></iframe>',
  'price \u202Efdp.exe\u202C is \u200Bhidden\u200D\u2060 here \u200F',
  '&lt;already escaped&gt; &amp; &#x3C;',
] as const;

/** A campaign whose copies, names and handles are all hostile, at minute intervals. */
export function hostileThread(): Thread {
  const t0 = Date.parse('2025-11-21T09:00:00Z');
  const posts: Post[] = [
    { id: '100', author: { handle: 'root<b>', displayName: '<script>x</script>' }, text: 'What do you think?', createdAt: new Date(t0).toISOString() },
  ];
  let n = 101;
  for (const [k, payload] of HOSTILE.entries()) {
    for (let i = 0; i < 4; i++) {
      posts.push({
        id: String(n++),
        author: { handle: `acct${k}_${i}"><img src=x>`, displayName: payload, defaultAvatar: true, createdAt: payload },
        text: `${payload} everyone should read this important message today`,
        createdAt: new Date(t0 + (k * 4 + i) * 20_000).toISOString(),
        replyTo: '100',
        links: ['javascript:alert(5)', 'https://evil.example/"><script>'],
        platformLabels: [payload],
      });
    }
  }
  return { site: 'x', url: 'javascript:alert(6)//"><script>', posts };
}
