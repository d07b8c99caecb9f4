// The pages the demo server (tools/demo/demo-server.ts) serves on 127.0.0.1: the two demo threads, and two test pages
// that are not among the demos `npm start` shows: 5,000 replies, and texts that must stay text.
import { crossThreadThreads, talkingPointsThread } from './campaign-threads.ts';
import { DEMO_THREADS } from './demo-threads.ts';
import { hostileThread } from './hostile-thread.ts';
import type { DemoThread } from './demo-thread.ts';
import { renderXStatusPage, statusPath } from './render-x-status-page.ts';
import { stressThread } from './stress-thread.ts';
import { renderSitePage, sitePath, type DemoSite } from './render-site-pages.ts';

export interface DemoPage {
  slug: string;
  title: string;
  /** path on the demo server: X's own status path for the page's focal post */
  path: string;
  /** one of the demo threads (false for the stress page) */
  demo: boolean;
  thread: DemoThread;
  /** the page's HTML, rendered on demand (the stress page is several megabytes) */
  html(): string;
}

export const STRESS_REPLIES = 5000;

export function demoPages(): DemoPage[] {
  const stress = stressThread(STRESS_REPLIES);
  const campaigns = [talkingPointsThread(), ...crossThreadThreads()].map((thread) => page(thread, false));
  return [...DEMO_THREADS.map((thread) => page(thread, true)), page(stress, false), page(hostileThread(), false), ...campaigns, ...sitePages()];
}

/** The demo threads again in Reddit's, Bluesky's and Mastodon's markup (slug: <site>-<thread slug>). */
export const DEMO_SITES: readonly DemoSite[] = ['reddit', 'bluesky', 'mastodon'];

function sitePages(): DemoPage[] {
  return DEMO_SITES.flatMap((site) =>
    DEMO_THREADS.map((thread) => ({
      slug: `${site}-${thread.slug}`,
      title: `${thread.title} (${site})`,
      path: sitePath(site, thread),
      // not among the X demos `badgeFor` and the network test walk through: their posts are not X articles
      demo: false,
      thread,
      html: () => renderSitePage(site, thread),
    })),
  );
}

function page(thread: DemoThread, demo: boolean): DemoPage {
  return { slug: thread.slug, title: thread.title, path: statusPath(thread), demo, thread, html: () => renderXStatusPage(thread) };
}
