// A demo thread as a whole X status page (/<handle>/status/<id>): the focal post, then its replies, in X's markup
// so that the X adapter reads it as it reads x.com. Self-contained: no script, no remote image, font or style.
import type { DemoPost, DemoThread } from './demo-thread.ts';
import { escapeHtml, renderPostCell } from './x-post-markup.ts';

export interface StatusPageOptions {
  /** X's light theme (white) or its dark one ("Lights out": body background rgb(0, 0, 0)) */
  theme?: 'light' | 'dark';
}

/** Where the page lives on the demo server: X's own status path. */
export function statusPath(thread: DemoThread): string {
  return `/${thread.focal.author.handle}/status/${thread.focal.id}`;
}

export function renderXStatusPage(thread: DemoThread, options: StatusPageOptions = {}): string {
  const theme = options.theme ?? 'light';
  const { focal, replies } = thread;
  const cells = [renderPostCell(focal, { focal: true })];
  replies.forEach((reply, i) => {
    cells.push(
      renderPostCell(reply, {
        lineAbove: answersPrevious(reply, replies[i - 1]),
        lineBelow: answersPrevious(replies[i + 1], reply),
      }),
    );
  });
  const title = `${focal.author.name} on X: "${focal.text.split('\n')[0] ?? ''}" / X`;
  return `<!DOCTYPE html>
<html dir="ltr" lang="en" style="color-scheme: ${theme};">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css(theme)}</style>
</head>
<body style="background-color: ${theme === 'dark' ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)'};">
<div id="react-root"><div class="app">
<header role="banner" class="nav"><nav aria-label="Primary" role="navigation"><span class="logo" aria-hidden="true">𝕏</span><a href="/home" role="link">Home</a><a href="/explore" role="link">Explore</a><a href="/notifications" role="link">Notifications</a><a href="/${focal.author.handle}" role="link">Profile</a></nav></header>
<main role="main"><div data-testid="primaryColumn" class="column">
<div class="bar"><h2 aria-level="2" role="heading" dir="ltr"><span>Post</span></h2></div>
<p class="demo-note">Demo thread written by the Threadlens project in X's page markup. This is not x.com.</p>
<section aria-labelledby="accessible-list-0" role="region"><h1 id="accessible-list-0" class="visually-hidden">Conversation</h1>
<div aria-label="Timeline: Conversation"><div>
${cells.join('\n')}
</div></div></section>
</div></main>
</div></div>
</body>
</html>
`;
}

function answersPrevious(post: DemoPost | undefined, previous: DemoPost | undefined): boolean {
  return post !== undefined && previous !== undefined && post.replyTo === previous.id;
}

function css(theme: 'light' | 'dark'): string {
  const colors =
    theme === 'dark'
      ? { bg: 'rgb(0, 0, 0)', text: 'rgb(231, 233, 234)', muted: 'rgb(113, 118, 123)', border: 'rgb(47, 51, 54)', note: 'rgb(22, 24, 28)' }
      : { bg: 'rgb(255, 255, 255)', text: 'rgb(15, 20, 25)', muted: 'rgb(83, 100, 113)', border: 'rgb(239, 243, 244)', note: 'rgb(247, 249, 249)' };
  return `
:root { --bg: ${colors.bg}; --text: ${colors.text}; --muted: ${colors.muted}; --border: ${colors.border}; --note: ${colors.note}; --accent: rgb(29, 155, 240); }
* { box-sizing: border-box; }
body { margin: 0; color: var(--text); font: 15px/20px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
a { color: inherit; text-decoration: none; }
.app { display: flex; justify-content: center; min-height: 100vh; }
.nav { width: 240px; padding: 8px 12px; }
.nav nav { position: sticky; top: 0; display: flex; flex-direction: column; gap: 4px; }
.nav a { padding: 12px; border-radius: 9999px; font-size: 20px; line-height: 24px; }
.nav a:hover { background: var(--border); }
.logo { font-size: 30px; padding: 12px; }
main { width: 600px; border-left: 1px solid var(--border); border-right: 1px solid var(--border); }
.column { min-height: 100vh; }
.bar { position: sticky; top: 0; z-index: 2; background: var(--bg); padding: 0 16px; height: 53px; display: flex; align-items: center; }
.bar h2 { margin: 0; font-size: 20px; font-weight: 700; }
.demo-note { margin: 0; padding: 8px 16px; font-size: 13px; color: var(--muted); border-bottom: 1px solid var(--border); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(1px, 1px, 1px, 1px); }
.cell { border-bottom: 1px solid var(--border); }
.cell.joined { border-bottom: 0; }
.post { display: block; padding: 0 16px; outline: none; }
.post:not(.focal):hover { background: rgba(127, 127, 127, 0.04); cursor: pointer; }
.top-row { display: flex; height: 12px; }
.line-col { width: 40px; margin-right: 8px; display: flex; justify-content: center; }
.line { width: 2px; height: 100%; background: var(--border); }
.spacer { flex: 1; }
.main-row { display: flex; }
.avatar-col { width: 40px; margin-right: 8px; display: flex; flex-direction: column; align-items: center; }
.avatar img { width: 40px; height: 40px; border-radius: 50%; display: block; }
.line-below { width: 2px; flex: 1; margin-top: 4px; background: var(--border); }
.content { flex: 1; min-width: 0; padding-bottom: 12px; }
[data-testid="User-Name"] { display: flex; gap: 4px; align-items: baseline; flex-wrap: wrap; }
.focal [data-testid="User-Name"] { flex-direction: column; gap: 0; }
.name { display: inline-flex; align-items: center; gap: 2px; font-weight: 700; }
.badge svg { width: 18px; height: 18px; fill: var(--accent); vertical-align: text-bottom; }
.handle-row { display: flex; gap: 4px; color: var(--muted); }
.handle-row [dir] { display: inline; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin-top: 2px; }
.focal .text { font-size: 17px; line-height: 24px; margin-top: 12px; }
.text a { color: var(--accent); }
.text .mention { display: inline; }
.hidden-part { position: absolute; font-size: 0; line-height: 0; left: -9999px; }
.note { display: block; margin-top: 12px; border: 1px solid var(--border); border-radius: 16px; overflow: hidden; }
.note-head { padding: 12px; font-weight: 700; background: var(--note); }
.note-text { padding: 12px; }
.focal-meta { margin: 16px 0 0; padding-bottom: 16px; color: var(--muted); border-bottom: 1px solid var(--border); }
.focal-meta b { color: var(--text); }
.actions { display: flex; justify-content: space-between; max-width: 425px; margin-top: 12px; color: var(--muted); }
.focal .actions { max-width: none; padding: 4px 0 0; }
.action button, .action a { display: inline-flex; align-items: center; gap: 4px; border: 0; background: none; color: inherit; font: inherit; font-size: 13px; cursor: pointer; padding: 0; }
.action svg { width: 18px; height: 18px; fill: currentColor; }
`;
}
