// The badges: one shadow host on each thread's root post, kept there while the site re-renders
// the post, showing the thread's state. What a badge click does is the panel controller's.
// A thread whose root post the site removed keeps its state and verdict, not its host: a host kept
// for it is a detached tree (and, until it leaves the post, the post's whole cell) that the badge
// map keeps alive; the soak counted thousands of them once trimming split a page into one thread a
// post (2026-12-02). A new host goes on the post when it is read again.
import { render } from 'preact';
import type { Report } from '../../shared/report.ts';
import type { ScoredThread } from '../../shared/messages.ts';
import type { SiteAdapter, ThreadGroup } from '../../sites/site-adapter.ts';
import { Badge, type BadgeState } from './badge.tsx';
import { firedSignals } from './panel.tsx';
import { createShadowHost, type ShadowHost } from './shadow-host.ts';
import type { Theme } from './theme.ts';

export const BADGE_HOST_TAG = 'threadlens-badge';

export interface BadgeEntry {
  /**
   * The badge's host and shadow root (kept here: in shipped builds the root is closed and
   * host.shadowRoot is null) while the thread's root post is on the page; null while it is not.
   */
  mount: ShadowHost | null;
  group: ThreadGroup;
  state: BadgeState;
  report: Report | null;
  result: ScoredThread | null;
}

export interface BadgeLayerOptions {
  doc: Document;
  adapter: SiteAdapter;
  sheet: CSSStyleSheet | null;
  /** is this thread's panel open */
  isOpen: (key: string) => boolean;
  onToggle: (key: string) => void;
  /** show badges of threads with no signs (a setting) */
  showNone: () => boolean;
  theme: () => Theme;
}

export interface BadgeLayer {
  get(key: string): BadgeEntry | undefined;
  /** keeps the thread's badge on its (possibly re-rendered) root element */
  sync(group: ThreadGroup): BadgeEntry;
  /** puts back badges the site's re-rendering removed */
  repair(): void;
  /** removes the badge of a thread no longer tracked, and everything it held */
  forget(key: string): void;
  /** the entry that got the result, if its thread has a badge */
  setResult(key: string, result: ScoredThread): BadgeEntry | undefined;
  setError(key: string, message: string): void;
  render(entry: BadgeEntry): void;
  renderAll(): void;
  focus(key: string): void;
  /** removes every badge */
  clear(): void;
}

export function createBadgeLayer(options: BadgeLayerOptions): BadgeLayer {
  const badges = new Map<string, BadgeEntry>();

  /** Lets go of the badge's host: nothing here keeps removed nodes alive (see the file's head). */
  const unmount = (entry: BadgeEntry): void => {
    if (!entry.mount) return;
    render(null, entry.mount.root);
    entry.mount.host.remove();
    entry.mount = null;
  };

  const place = (entry: BadgeEntry): void => {
    const root = entry.group.rootElement;
    // The site removed the root post (a virtual list): the badge goes with it.
    if (!root.isConnected) {
      unmount(entry);
      return;
    }
    if (entry.mount?.host.isConnected && root.contains(entry.mount.host)) return;
    if (!entry.mount) {
      entry.mount = createShadowHost(options.doc, BADGE_HOST_TAG, options.sheet);
      renderBadge(entry);
    }
    if (options.adapter.placeBadge) options.adapter.placeBadge(root, entry.mount.host);
    else root.prepend(entry.mount.host);
  };

  const visible = (entry: BadgeEntry): boolean =>
    options.showNone() || entry.state.kind !== 'scored' || entry.state.level !== 'none' || options.isOpen(entry.group.key);

  const renderBadge = (entry: BadgeEntry): void => {
    const { mount } = entry;
    if (!mount) return;
    mount.host.style.display = visible(entry) ? 'inline-block' : 'none';
    const key = entry.group.key;
    render(
      <div class={`root theme-${options.theme()}`}>
        <Badge state={entry.state} expanded={options.isOpen(key)} onToggle={() => options.onToggle(key)} />
      </div>,
      mount.root,
    );
  };

  return {
    get: (key) => badges.get(key),
    sync(group) {
      let entry = badges.get(group.key);
      if (!entry) {
        entry = { mount: null, group, state: { kind: 'pending' }, report: null, result: null };
        badges.set(group.key, entry);
      }
      entry.group = group;
      place(entry);
      return entry;
    },
    repair() {
      // also lets go of the hosts of root posts removed since their thread's last sync
      for (const entry of badges.values()) {
        if (!entry.group.rootElement.isConnected) unmount(entry);
        else if (!entry.mount?.host.isConnected) place(entry);
      }
    },
    forget(key) {
      const entry = badges.get(key);
      if (!entry) return;
      unmount(entry);
      badges.delete(key);
    },
    setResult(key, result) {
      const entry = badges.get(key);
      if (!entry) return undefined;
      entry.result = result;
      entry.report = result.report;
      entry.state = { kind: 'scored', level: result.report.thread.level, reasons: firedSignals(result.report).length };
      renderBadge(entry);
      return entry;
    },
    setError(key, message) {
      const entry = badges.get(key);
      // A thread that was scored before keeps its label: a later failure (a rescore) says nothing new.
      if (!entry || entry.report) return;
      entry.state = { kind: 'error', message };
      renderBadge(entry);
    },
    render: renderBadge,
    renderAll() {
      for (const entry of badges.values()) renderBadge(entry);
    },
    focus(key) {
      badges.get(key)?.mount?.root.querySelector('button')?.focus();
    },
    clear() {
      for (const entry of badges.values()) unmount(entry);
      badges.clear();
    },
  };
}
