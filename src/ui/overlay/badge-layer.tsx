// The badges: one shadow host on each thread's root post, kept there while the site re-renders
// the post, showing the thread's state. What a badge click does is the panel controller's.
import { render } from 'preact';
import type { Report } from '../../shared/report.ts';
import type { ScoredThread } from '../../shared/messages.ts';
import type { SiteAdapter, ThreadGroup } from '../../sites/site-adapter.ts';
import { Badge, type BadgeState } from './badge.tsx';
import { firedSignals } from './panel.tsx';
import { createShadowHost } from './shadow-host.ts';
import type { Theme } from './theme.ts';

export const BADGE_HOST_TAG = 'threadlens-badge';

export interface BadgeEntry {
  readonly host: HTMLElement;
  /** kept here: in shipped builds the root is closed and host.shadowRoot is null */
  readonly root: ShadowRoot;
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

  const place = (entry: BadgeEntry): void => {
    const root = entry.group.rootElement;
    // The site removed the root post (a virtual list): the host leaves it, so that nothing here keeps
    // the removed nodes alive; it goes back when the post is read again from its new element.
    if (!root.isConnected) {
      entry.host.remove();
      return;
    }
    if (entry.host.isConnected && root.contains(entry.host)) return;
    if (options.adapter.placeBadge) options.adapter.placeBadge(root, entry.host);
    else root.prepend(entry.host);
  };

  const visible = (entry: BadgeEntry): boolean =>
    options.showNone() || entry.state.kind !== 'scored' || entry.state.level !== 'none' || options.isOpen(entry.group.key);

  const renderBadge = (entry: BadgeEntry): void => {
    entry.host.style.display = visible(entry) ? 'inline-block' : 'none';
    const key = entry.group.key;
    render(
      <div class={`root theme-${options.theme()}`}>
        <Badge state={entry.state} expanded={options.isOpen(key)} onToggle={() => options.onToggle(key)} />
      </div>,
      entry.root,
    );
  };

  return {
    get: (key) => badges.get(key),
    sync(group) {
      let entry = badges.get(group.key);
      if (!entry) {
        const { host, root } = createShadowHost(options.doc, BADGE_HOST_TAG, options.sheet);
        entry = { host, root, group, state: { kind: 'pending' }, report: null, result: null };
        badges.set(group.key, entry);
        renderBadge(entry);
      }
      entry.group = group;
      place(entry);
      return entry;
    },
    repair() {
      for (const entry of badges.values()) {
        if (entry.group.rootElement.isConnected && !entry.host.isConnected) place(entry);
      }
    },
    forget(key) {
      const entry = badges.get(key);
      if (!entry) return;
      render(null, entry.root);
      entry.host.remove();
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
      badges.get(key)?.root.querySelector('button')?.focus();
    },
    clear() {
      for (const entry of badges.values()) {
        render(null, entry.root);
        entry.host.remove();
      }
      badges.clear();
    },
  };
}
