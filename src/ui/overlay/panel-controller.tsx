// The one reasons panel: which thread's panel is open, where it sits, what it highlights, and
// when it closes (its close button, Escape, the badge again, or a click elsewhere on the page).
import type { EvidenceContext } from './evidence-actions.tsx';
import { render } from 'preact';
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import type { BadgeEntry, BadgeLayer } from './badge-layer.tsx';
import type { DebugInfo } from './debug-view.tsx';
import { createHighlighter } from './highlighter.ts';
import { panelPosition, viewportOf } from './layout.ts';
import { Panel } from './panel.tsx';
import { createShadowHost, type ShadowHost } from './shadow-host.ts';
import type { Theme } from './theme.ts';
import { trusted } from './trusted.ts';

export const PANEL_HOST_TAG = 'threadlens-panel';
/** X's own accent blue: the outline on the posts behind a reason. */
export const HIGHLIGHT_COLOR = '#1d9bf0';
/** How long "Show the posts" keeps them outlined after scrolling to them: long enough to find them. */
export const SHOW_POSTS_HIGHLIGHT_MS = 4000;

export interface PanelControllerOptions {
  doc: Document;
  sheet: CSSStyleSheet | null;
  badges: BadgeLayer;
  theme: () => Theme;
  /** the debug setting */
  debug: () => boolean;
  /** parse time per post id, for the debug view */
  parseMs: (postId: string) => number | undefined;
  onOpenOptions: () => void;
  onAllowAccount: (handle: string) => void;
  /** what "Save evidence" needs beyond the report: the current settings and the build */
  evidenceContext?: (() => EvidenceContext) | undefined;
}

export interface PanelController {
  /** the thread whose panel is open, or null */
  readonly openKey: string | null;
  /** opens this thread's panel, or closes it when it is the open one */
  toggle(key: string): void;
  /** renders the open panel again (its thread, result or settings changed) */
  refresh(): void;
  close(restoreFocus: boolean): void;
  setClassifier(status: ClassifierStatus): void;
  destroy(): void;
}

export function createPanelController(options: PanelControllerOptions): PanelController {
  const { doc, badges } = options;
  const highlighter = createHighlighter();
  let openKey: string | null = null;
  let classifier: ClassifierStatus | null = null;
  let shadow: ShadowHost | null = null;
  let highlightTimer: ReturnType<typeof setTimeout> | null = null;

  const elementsFor = (entry: BadgeEntry, ids: readonly string[]): Element[] =>
    ids.map((id) => entry.group.elements.get(id)).filter((el): el is Element => el !== undefined && el.isConnected);

  const close = (restoreFocus: boolean): void => {
    const key = openKey;
    openKey = null;
    highlighter.clear();
    if (shadow) {
      render(null, shadow.root);
      shadow.host.style.display = 'none';
    }
    const entry = key === null ? undefined : badges.get(key);
    if (entry) {
      badges.render(entry);
      if (restoreFocus) badges.focus(entry.group.key);
    }
  };

  const debugInfo = (entry: BadgeEntry): DebugInfo | null => {
    if (!options.debug() || !entry.result) return null;
    const parseMs = new Map<string, number>();
    for (const post of entry.group.thread.posts) {
      const ms = options.parseMs(post.id);
      if (ms !== undefined) parseMs.set(post.id, ms);
    }
    return { parseMs, backgroundMs: entry.result.ms, cached: entry.result.cached };
  };

  const position = (entry: BadgeEntry, root: ShadowRoot): void => {
    const panel = root.querySelector<HTMLElement>('.panel');
    // no badge while the site has removed the thread's root post: the panel stays where it is
    if (!panel || !entry.mount) return;
    const { left, top } = panelPosition(entry.mount.host.getBoundingClientRect(), viewportOf(doc));
    panel.style.left = `${left}px`;
    panel.style.top = `${top}px`;
  };

  const showPosts = (entry: BadgeEntry, ids: readonly string[]): void => {
    const elements = elementsFor(entry, ids);
    elements[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    highlighter.highlight(elements, HIGHLIGHT_COLOR);
    if (highlightTimer !== null) clearTimeout(highlightTimer);
    highlightTimer = setTimeout(() => highlighter.clear(), SHOW_POSTS_HIGHLIGHT_MS);
  };

  const refresh = (): void => {
    const entry = openKey === null ? undefined : badges.get(openKey);
    if (!entry || !entry.report) return;
    shadow ??= createShadowHost(doc, PANEL_HOST_TAG, options.sheet);
    if (!shadow.host.isConnected) (doc.body ?? doc.documentElement).append(shadow.host);
    shadow.host.style.display = 'block';
    render(
      <div class={`root theme-${options.theme()}`}>
        <Panel
          report={entry.report}
          thread={entry.group.thread}
          classifier={classifier}
          debug={debugInfo(entry)}
          onHighlight={(ids) => {
            if (ids === null) highlighter.clear();
            else highlighter.highlight(elementsFor(entry, ids), HIGHLIGHT_COLOR);
          }}
          onShowPosts={(ids) => showPosts(entry, ids)}
          onClose={() => close(true)}
          onOpenOptions={options.onOpenOptions}
          onAllowAccount={options.onAllowAccount}
          evidence={options.evidenceContext?.() ?? null}
        />
      </div>,
      shadow.root,
    );
    position(entry, shadow.root);
  };

  const toggle = (key: string): void => {
    if (openKey === key) {
      close(true);
      return;
    }
    const entry = badges.get(key);
    if (!entry || !entry.report) return;
    const previous = openKey === null ? undefined : badges.get(openKey);
    openKey = key;
    if (previous) badges.render(previous);
    badges.render(entry);
    refresh();
  };

  // Clicks outside the panel and its badge close it; composedPath sees the hosts of closed roots too.
  const onDocumentClick = trusted((event: MouseEvent): void => {
    if (openKey === null) return;
    const entry = badges.get(openKey);
    const path = event.composedPath();
    if ((shadow && path.includes(shadow.host)) || (entry?.mount && path.includes(entry.mount.host))) return;
    close(false);
  });
  doc.addEventListener('click', onDocumentClick, true);

  return {
    get openKey() {
      return openKey;
    },
    toggle,
    refresh() {
      if (openKey !== null) refresh();
    },
    close,
    setClassifier(status) {
      classifier = status;
      if (openKey !== null) refresh();
    },
    destroy() {
      close(false);
      doc.removeEventListener('click', onDocumentClick, true);
      shadow?.host.remove();
      if (highlightTimer !== null) clearTimeout(highlightTimer);
    },
  };
}
