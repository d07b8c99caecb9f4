// Checks every evidence report must pass: used by the unit and CLI tests and by run-report-all.ts.
import { parseHTML } from 'linkedom';
import type { Evidence } from '../../src/evidence/evidence.ts';
import { canonicalJson, sha256Hex } from '../../src/evidence/canonical-json.ts';
import { LEVEL_TEXT } from '../../src/ui/overlay/labels.ts';

const ACTIVE_TAGS = new Set([
  'script',
  'img',
  'iframe',
  'a',
  'link',
  'object',
  'embed',
  'form',
  'video',
  'audio',
  'source',
  'image',
  'use',
  'base',
  'frame',
  'input',
  'button',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'background', 'poster', 'ping']);

export const dom = (html: string): Document => parseHTML(html).document as unknown as Document;

/** Everything in a page that could load or run something: must be empty in evidence. */
export function activeParts(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (ACTIVE_TAGS.has(tag)) found.push(tag);
    for (const name of el.getAttributeNames()) {
      if (/^on/i.test(name) || URL_ATTRIBUTES.has(name.toLowerCase())) found.push(`${tag}[${name}]`);
    }
  }
  return found;
}

/** Problems with one report: wrong level, missing reasons or posts, active parts, a wrong hash. */
export async function reportProblems(evidence: Evidence, html: string): Promise<string[]> {
  const problems: string[] = [];
  const doc = dom(html);
  const active = activeParts(doc);
  if (active.length > 0) problems.push(`active parts: ${[...new Set(active)].join(', ')}`);
  if (doc.querySelector('#level')?.textContent !== LEVEL_TEXT[evidence.report.thread.level]) problems.push('level missing');
  if (doc.querySelector('#sha256')?.textContent !== (await sha256Hex(canonicalJson(evidence.thread)))) problems.push('hash differs');
  for (const signal of evidence.report.signals.filter((s) => s.score > 0)) {
    const section = doc.querySelector(`section[data-signal="${signal.id}"]`);
    if (!section) {
      problems.push(`no section for ${signal.id}`);
      continue;
    }
    if (section.querySelector('.summary')?.textContent !== signal.summary) problems.push(`${signal.id}: sentence differs`);
    const ids = new Set(Array.from(section.querySelectorAll('[data-post]'), (el) => el.getAttribute('data-post')));
    const held = new Set(evidence.thread.posts.map((p) => p.id));
    const missing = signal.posts.filter((id) => held.has(id) && !ids.has(id));
    if (missing.length > 0) problems.push(`${signal.id}: ${missing.length} posts not shown`);
  }
  return problems;
}
