// The options page's CSS: follows the browser's light or dark preference.
export const OPTIONS_CSS = `
:root { color-scheme: light dark; --fg: #0f1419; --bg: #ffffff; --muted: #536471; --border: #cfd9de; --accent: #1d6fb8; }
@media (prefers-color-scheme: dark) { :root { --fg: #e7e9ea; --bg: #16181c; --muted: #8b98a5; --border: #38444d; --accent: #6cb6ff; } }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
.page { max-width: 720px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 22px; margin: 0 0 16px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
section { border-top: 1px solid var(--border); }
.row { display: flex; gap: 10px; align-items: flex-start; padding: 6px 0; }
.row input[type=checkbox] { margin-top: 4px; }
.hint { display: block; color: var(--muted); font-size: 13px; }
.message { color: var(--muted); min-height: 1.5em; }
button { font: inherit; padding: 6px 12px; border-radius: 8px; border: 1px solid var(--border); background: transparent; color: var(--fg); cursor: pointer; }
button:hover { border-color: var(--accent); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
input[type=range] { width: 100%; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; padding: 4px 6px; border-top: 1px solid var(--border); vertical-align: top; }
h1 { display: flex; align-items: center; gap: 10px; }
.slider { display: block; }
.ends { display: flex; justify-content: space-between; color: var(--muted); font-size: 13px; }
td.weight { white-space: nowrap; }
td.weight input { width: 140px; vertical-align: middle; }
output { font-variant-numeric: tabular-nums; margin-left: 6px; }
.buttons { flex-wrap: wrap; }
.file-button { position: relative; display: inline-block; padding: 6px 12px; border-radius: 8px; border: 1px solid var(--border); cursor: pointer; }
.file-button:focus-within { outline: 2px solid var(--accent); outline-offset: 2px; }
.file-button input { position: absolute; inset: 0; opacity: 0; cursor: pointer; width: 100%; }
.handles { list-style: none; padding: 0; margin: 8px 0; }
.handles li { display: flex; justify-content: space-between; align-items: center; padding: 4px 0; border-top: 1px solid var(--border); }
.problem { color: #c4152b; }
input[type=text] { font: inherit; padding: 6px 8px; border-radius: 8px; border: 1px solid var(--border); background: transparent; color: var(--fg); min-width: 240px; }
`;
