// The overlay: a badge on each thread's root post (badge-layer.tsx) and one reasons panel
// (panel-controller.tsx). It renders typed props only; the content script tells it what to show.
import type { ClassifierStatus } from '../../shared/classifier-status.ts';
import type { ScoredThread } from '../../shared/messages.ts';
import type { SiteAdapter, ThreadGroup } from '../../sites/site-adapter.ts';
import type { EvidenceContext } from './evidence-actions.tsx';
import { createBadgeLayer } from './badge-layer.tsx';
import { createPanelController } from './panel-controller.tsx';
import { overlayStyleSheet } from './shadow-host.ts';
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
  /** drops the badge of a thread no longer tracked (its posts went far off-screen); an open panel's stays */
  forget(key: string): void;
  setResult(key: string, result: ScoredThread): void;
  setError(key: string, message: string): void;
  setClassifier(status: ClassifierStatus): void;
  configure(settings: OverlaySettings): void;
  /** removes every badge and the panel (navigation, site switched off) */
  clear(): void;
  destroy(): void;
}

export function createOverlay(doc: Document, options: OverlayOptions): Overlay {
  const sheet = overlayStyleSheet(doc);
  let settings: OverlaySettings = { showNone: true, debug: false };
  // Read again when a panel opens and when settings change: X's theme can change under the page.
  let theme: Theme = detectTheme(doc);

  const badges = createBadgeLayer({
    doc,
    adapter: options.adapter,
    sheet,
    isOpen: (key) => panel.openKey === key,
    onToggle: (key) => {
      if (panel.openKey !== key) theme = detectTheme(doc);
      panel.toggle(key);
    },
    showNone: () => settings.showNone,
    theme: () => theme,
  });
  const panel = createPanelController({
    doc,
    sheet,
    badges,
    theme: () => theme,
    debug: () => settings.debug,
    parseMs: options.parseMs,
    onOpenOptions: options.onOpenOptions,
    onAllowAccount: options.onAllowAccount,
    evidenceContext: options.evidenceContext,
  });

  return {
    sync(group) {
      badges.sync(group);
      if (panel.openKey === group.key) panel.refresh();
    },
    repair: () => badges.repair(),
    forget(key) {
      if (panel.openKey !== key) badges.forget(key);
    },
    setResult(key, result) {
      if (badges.setResult(key, result) && panel.openKey === key) panel.refresh();
    },
    setError: (key, message) => badges.setError(key, message),
    setClassifier: (status) => panel.setClassifier(status),
    configure(next) {
      settings = next;
      theme = detectTheme(doc);
      badges.renderAll();
      panel.refresh();
    },
    clear() {
      panel.close(false);
      badges.clear();
    },
    destroy() {
      badges.clear();
      panel.destroy();
    },
  };
}
