// The overlay's CSS, adopted by every shadow root. `:host{all:initial}` keeps the page's styles
// out (WXT's shadow-root recipe); system fonts, so nothing is loaded from anywhere.
import { PANEL_SIZE_CSS } from './layout.ts';

export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.theme-light {
  --tl-bg: #ffffff; --tl-fg: #0f1419; --tl-muted: #536471; --tl-border: #cfd9de; --tl-hover: #f2f5f7;
  --tl-none: #536471; --tl-low: #1d6fb8; --tl-elevated: #b35900; --tl-high: #c4152b; --tl-focus: #1d9bf0;
}
.theme-dark {
  --tl-bg: #16181c; --tl-fg: #e7e9ea; --tl-muted: #8b98a5; --tl-border: #38444d; --tl-hover: #22272c;
  --tl-none: #8b98a5; --tl-low: #6cb6ff; --tl-elevated: #ffa64d; --tl-high: #ff6b7a; --tl-focus: #1d9bf0;
}
.root { font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--tl-fg); }
.badge {
  display: inline-flex; align-items: center; gap: 5px; margin: 0 6px; padding: 1px 8px 1px 6px;
  border: 1px solid var(--tl-border); border-radius: 999px; background: var(--tl-bg); color: var(--tl-fg);
  font: inherit; font-size: 12px; font-weight: 600; cursor: pointer; white-space: nowrap; vertical-align: middle;
}
.badge:hover { background: var(--tl-hover); }
.badge:focus-visible, button:focus-visible, a:focus-visible { outline: 2px solid var(--tl-focus); outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; flex: none; }
.level-none { color: var(--tl-none); }
.level-low { color: var(--tl-low); }
.level-elevated { color: var(--tl-elevated); }
.level-high { color: var(--tl-high); }
.badge .label { color: var(--tl-fg); }
.badge.pending .dot { animation: tl-pulse 1s ease-in-out infinite; }
@keyframes tl-pulse { 50% { opacity: 0.3; } }
@media (prefers-reduced-motion: reduce) { .badge.pending .dot { animation: none; } }
.panel {
  position: fixed; z-index: 2147483647; ${PANEL_SIZE_CSS} overflow: auto;
  background: var(--tl-bg); color: var(--tl-fg); border: 1px solid var(--tl-border); border-radius: 12px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28); padding: 12px 14px;
}
.panel h2 { font-size: 15px; margin: 0 0 2px; display: flex; align-items: center; gap: 6px; }
.panel p { margin: 4px 0; }
.muted { color: var(--tl-muted); }
.close { margin-left: auto; background: none; border: 0; color: var(--tl-muted); font-size: 18px; line-height: 1; cursor: pointer; padding: 2px 6px; border-radius: 6px; }
.close:hover { background: var(--tl-hover); }
ul.reasons { list-style: none; margin: 10px 0 6px; padding: 0; }
.reason { padding: 8px; border-radius: 8px; border: 1px solid transparent; }
.reason:hover, .reason:focus-within { background: var(--tl-hover); border-color: var(--tl-border); }
.reason-head { display: flex; align-items: baseline; gap: 8px; }
.reason-name { font-weight: 600; }
.strength { margin-left: auto; font-variant-numeric: tabular-nums; color: var(--tl-muted); font-size: 12px; }
.bar { height: 4px; border-radius: 2px; background: var(--tl-border); margin: 4px 0; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--tl-low); }
.bar.strong > span { background: var(--tl-high); }
.bar.medium > span { background: var(--tl-elevated); }
.summary { overflow-wrap: anywhere; unicode-bidi: plaintext; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 4px; }
.link-button { white-space: nowrap; background: none; border: 0; padding: 0; color: var(--tl-focus); font: inherit; cursor: pointer; text-decoration: underline; }
.footer { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; border-top: 1px solid var(--tl-border); margin-top: 8px; padding-top: 8px; font-size: 12px; }
.timeline { display: block; width: 100%; height: 36px; margin: 4px 0; color: var(--tl-elevated); }
.accounts { margin: 6px 0; }
.accounts summary { cursor: pointer; }
.accounts ul { list-style: none; margin: 4px 0; padding: 0; }
.accounts li { display: flex; justify-content: space-between; gap: 8px; padding: 2px 0; }
.debug { margin-top: 8px; font-size: 11px; }
.debug table { border-collapse: collapse; width: 100%; }
.debug td, .debug th { border-top: 1px solid var(--tl-border); padding: 2px 4px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.debug pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font-size: 11px; }
`;
