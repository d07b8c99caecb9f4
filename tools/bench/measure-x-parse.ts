// How long the X adapter takes to read the stress page (a status page with N replies) in Node on linkedom.
// For `threadlens bench` and for checking that the content script's 4 ms slices stay possible: the figure that
// matters there is the slowest single parsePost, not the total.
import { parseHTML } from 'linkedom';
import type { ParsedPost } from '../../src/sites/site-adapter.ts';
import { xAdapter } from '../../src/sites/x/x-adapter.ts';
import { renderXStatusPage, statusPath } from '../demo/render-x-status-page.ts';
import { stressThread } from '../demo/stress-thread.ts';

export interface XParseTimings {
  replies: number;
  posts: number;
  htmlBytes: number;
  /** building the DOM from the HTML (linkedom; the browser does this itself) */
  domMs: number;
  findMs: number;
  parseMs: number;
  groupMs: number;
  /** find + parse + group: the adapter's own work */
  adapterMs: number;
  meanPostUs: number;
  slowestPostMs: number;
}

export function measureXParse(replies: number): XParseTimings {
  const thread = stressThread(replies);
  const html = renderXStatusPage(thread);
  const pageUrl = new URL(`http://127.0.0.1${statusPath(thread)}`);
  const t0 = performance.now();
  const { document } = parseHTML(html);
  const t1 = performance.now();
  const elements = xAdapter.findPostElements(document);
  const t2 = performance.now();
  const parsed: ParsedPost[] = [];
  let slowest = 0;
  for (const element of elements) {
    const start = performance.now();
    const post = xAdapter.parsePost(element, pageUrl);
    slowest = Math.max(slowest, performance.now() - start);
    if (post !== null) parsed.push({ post, element });
  }
  const t3 = performance.now();
  xAdapter.groupThreads(parsed, pageUrl);
  const t4 = performance.now();
  return {
    replies,
    posts: parsed.length,
    htmlBytes: Buffer.byteLength(html),
    domMs: t1 - t0,
    findMs: t2 - t1,
    parseMs: t3 - t2,
    groupMs: t4 - t3,
    adapterMs: t4 - t1,
    meanPostUs: ((t3 - t2) / Math.max(1, elements.length)) * 1000,
    slowestPostMs: slowest,
  };
}
