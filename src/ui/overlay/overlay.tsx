// The overlay: a badge in a shadow root on each thread's root post, and one reasons panel.
// It renders typed props only; the content script tells it what to show.
import { render } from 'preact';
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import type { Report } from '../../shared/report.ts';
import type { ScoredThread } from '../../shared/messages.ts';
import type { SiteAdapter, ThreadGroup } from '../../sites/site-adapter.ts';
import { Badge, type BadgeState } from './badge.tsx';
import type { DebugInfo } from './debug-view.tsx';
import type { EvidenceContext } from './evidence-actions.tsx';
import { createHighlighter } from './highlighter.ts';
import { firedSignals, Panel } from './panel.tsx';
import { OVERLAY_CSS } from './styles.ts';
import { detectTheme, type Theme } from './theme.ts';

export interface OverlayOptions {
  adapter: SiteAdapter;
  onOpenOptions: () => void;
  onAllowAccount: (handle: string) => void;
  /** parse time per post id, for the debug view */
  parseMs: (postId: string) => number | undefined;
  /** what "Save evidence" needs beyond the report: the current settings and the build */
  evidenceContext?: () => EvidenceContext;
}

export interface OverlaySettings {
  showNone: boolean;
  debug: boolean;
}

export interface Overlay {
  /** keeps the thread's badge on its (possibly re-rendered) root element */
  sync(group: ThreadGroup): void;
  /** puts back badges the site's re-rendering removed */
  repair(): void;
  setResult(key: string, result: ScoredThread): void;
  setError(key: string, message: string): void;
  setClassifier(status: ClassifierStatus): void;
  configure(settings: OverlaySettings): void;
  /** removes every badge and the panel (navigation, site switched off) */
  clear(): void;
  destroy(): void;
}

interface BadgeEntry {
  host: HTMLElement;
  group: ThreadGroup;
  state: BadgeState;
  report: Report | null;
  result: ScoredThread | null;
}

const HOST_TAG = 'threadlens-badge';
const HIGHLIGHT_COLOR = '#1d9bf0';

function styleSheetFor(doc: Document): CSSStyleSheet | null {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    return sheet;
  } catch {
    return null;
  }
}

function attachShadowStyled(host: HTMLElement, sheet: CSSStyleSheet | null): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  if (sheet && 'adoptedStyleSheets' in root) {
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = host.ownerDocument.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.append(style);
  }
  return root;
}

export function createOverlay(doc: Document, options: OverlayOptions): Overlay {
  const sheet = styleSheetFor(doc);
  const badges = new Map<string, BadgeEntry>();
  const highlighter = createHighlighter();
  let settings: OverlaySettings = { showNone: true, debug: false };
  let classifier: ClassifierStatus | null = null;
  let openKey: string | null = null;
  let panelHost: HTMLElement | null = null;
  let panelRoot: ShadowRoot | null = null;
  let theme: Theme = detectTheme(doc);
  let highlightTimer: ReturnType<typeof setTimeout> | null = null;

  const place = (entry: BadgeEntry): void => {
    const root = entry.group.rootElement;
    if (entry.host.isConnected && root.contains(entry.host)) return;
    if (options.adapter.placeBadge) options.adapter.placeBadge(root, entry.host);
    else root.prepend(entry.host);
  };

  const visible = (entry: BadgeEntry): boolean =>
    settings.showNone || entry.state.kind !== 'scored' || entry.state.level !== 'none' || openKey === entry.group.key;

  const renderBadge = (entry: BadgeEntry): void => {
    entry.host.style.display = visible(entry) ? 'inline-block' : 'none';
    const shadow = entry.host.shadowRoot;
    if (!shadow) return;
    render(
      <div class={`root theme-${theme}`}>
        <Badge state={entry.state} expanded={openKey === entry.group.key} onToggle={() => toggle(entry.group.key)} />
      </div>,
      shadow,
    );
  };

  const elementsFor = (entry: BadgeEntry, ids: readonly string[]): Element[] =>
    ids.map((id) => entry.group.elements.get(id)).filter((el): el is Element => el !== undefined && el.isConnected);

  const closePanel = (restoreFocus: boolean): void => {
    const key = openKey;
    openKey = null;
    highlighter.clear();
    if (panelRoot) render(null, panelRoot);
    if (panelHost) panelHost.style.display = 'none';
    const entry = key === null ? undefined : badges.get(key);
    if (entry) {
      renderBadge(entry);
      if (restoreFocus) entry.host.shadowRoot?.querySelector('button')?.focus();
    }
  };

  const debugInfo = (entry: BadgeEntry): DebugInfo | null => {
    if (!settings.debug || !entry.result) return null;
    const parseMs = new Map<string, number>();
    for (const post of entry.group.thread.posts) {
      const ms = options.parseMs(post.id);
      if (ms !== undefined) parseMs.set(post.id, ms);
    }
    return { parseMs, backgroundMs: entry.result.ms, cached: entry.result.cached };
  };

  const positionPanel = (entry: BadgeEntry): void => {
    if (!panelHost) return;
    const view = doc.defaultView;
    const rect = entry.host.getBoundingClientRect();
    const width = Math.min(420, (view?.innerWidth ?? 800) - 16);
    const left = Math.max(8, Math.min(rect.left, (view?.innerWidth ?? 800) - width - 8));
    const below = rect.bottom + 6;
    const top = below + 200 > (view?.innerHeight ?? 800) ? Math.max(8, rect.top - 6 - Math.min(640, (view?.innerHeight ?? 800) * 0.7)) : below;
    const panel = panelRoot?.querySelector<HTMLElement>('.panel');
    if (panel) {
      panel.style.left = `${left}px`;
      panel.style.top = `${top}px`;
    }
  };

  const renderPanel = (): void => {
    const entry = openKey === null ? undefined : badges.get(openKey);
    if (!entry || !entry.report) return;
    if (!panelHost) {
      panelHost = doc.createElement('threadlens-panel');
      panelRoot = attachShadowStyled(panelHost, sheet);
    }
    if (!panelHost.isConnected) (doc.body ?? doc.documentElement).append(panelHost);
    panelHost.style.display = 'block';
    const report = entry.report;
    render(
      <div class={`root theme-${theme}`}>
        <Panel
          report={report}
          thread={entry.group.thread}
          classifier={classifier}
          debug={debugInfo(entry)}
          onHighlight={(ids) => {
            if (ids === null) highlighter.clear();
            else highlighter.highlight(elementsFor(entry, ids), HIGHLIGHT_COLOR);
          }}
          onShowPosts={(ids) => {
            const elements = elementsFor(entry, ids);
            elements[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
            highlighter.highlight(elements, HIGHLIGHT_COLOR);
            if (highlightTimer !== null) clearTimeout(highlightTimer);
            highlightTimer = setTimeout(() => highlighter.clear(), 4000);
          }}
          onClose={() => closePanel(true)}
          onOpenOptions={options.onOpenOptions}
          onAllowAccount={options.onAllowAccount}
          evidence={options.evidenceContext?.() ?? null}
        />
      </div>,
      panelRoot as ShadowRoot,
    );
    positionPanel(entry);
  };

  const toggle = (key: string): void => {
    if (openKey === key) {
      closePanel(true);
      return;
    }
    const entry = badges.get(key);
    if (!entry || !entry.report) return;
    const previous = openKey === null ? undefined : badges.get(openKey);
    openKey = key;
    theme = detectTheme(doc);
    if (previous) renderBadge(previous);
    renderBadge(entry);
    renderPanel();
  };

  // Clicks outside the panel and its badge close it; composedPath sees through shadow roots.
  const onDocumentClick = (event: MouseEvent): void => {
    if (openKey === null) return;
    const entry = badges.get(openKey);
    const path = event.composedPath();
    if ((panelHost && path.includes(panelHost)) || (entry && path.includes(entry.host))) return;
    closePanel(false);
  };
  doc.addEventListener('click', onDocumentClick, true);

  const entryFor = (group: ThreadGroup): BadgeEntry => {
    let entry = badges.get(group.key);
    if (!entry) {
      const host = doc.createElement(HOST_TAG);
      attachShadowStyled(host, sheet);
      entry = { host, group, state: { kind: 'pending' }, report: null, result: null };
      badges.set(group.key, entry);
      renderBadge(entry);
    }
    entry.group = group;
    return entry;
  };

  return {
    sync(group) {
      const entry = entryFor(group);
      place(entry);
      if (openKey === group.key) renderPanel();
    },
    repair() {
      for (const entry of badges.values()) {
        if (entry.group.rootElement.isConnected && !entry.host.isConnected) place(entry);
      }
    },
    setResult(key, result) {
      const entry = badges.get(key);
      if (!entry) return;
      entry.result = result;
      entry.report = result.report;
      entry.state = { kind: 'scored', level: result.report.thread.level, reasons: firedSignals(result.report).length };
      renderBadge(entry);
      if (openKey === key) renderPanel();
    },
    setError(key, message) {
      const entry = badges.get(key);
      if (!entry || entry.report) return;
      entry.state = { kind: 'error', message };
      renderBadge(entry);
    },
    setClassifier(status) {
      classifier = status;
      if (openKey !== null) renderPanel();
    },
    configure(next) {
      settings = next;
      theme = detectTheme(doc);
      for (const entry of badges.values()) renderBadge(entry);
      if (openKey !== null) renderPanel();
    },
    clear() {
      closePanel(false);
      for (const entry of badges.values()) {
        if (entry.host.shadowRoot) render(null, entry.host.shadowRoot);
        entry.host.remove();
      }
      badges.clear();
    },
    destroy() {
      this.clear();
      doc.removeEventListener('click', onDocumentClick, true);
      panelHost?.remove();
      if (highlightTimer !== null) clearTimeout(highlightTimer);
    },
  };
}
