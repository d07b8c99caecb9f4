// The overlay on a linkedom page: badges on root posts, the panel a badge opens, and what the
// page's own scripts can (not) do with them: read a verdict or drive the buttons.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOverlay, type Overlay } from '../../../../src/ui/overlay/overlay.tsx';
import type { ScoredThread } from '../../../../src/shared/messages.ts';
import type { Level, Report } from '../../../../src/shared/report.ts';
import type { SiteAdapter, ThreadGroup } from '../../../../src/sites/site-adapter.ts';
import { domEnv, type DomEnv } from '../../dom-env.ts';

const PAGE = `<!doctype html><html><head></head><body><main>
  <article id="a1" data-post="1">root post one</article><article id="a2" data-post="2">a reply by @copy1</article>
  <article id="b1" data-post="9">root post two</article>
</main><div id="elsewhere">elsewhere</div></body></html>`;

const adapter = { id: 'x' } as SiteAdapter;

function group(env: DomEnv, key: string, ids: string[]): ThreadGroup {
  const elements = new Map(ids.map((id) => [id, env.document.querySelector(`[data-post="${id}"]`) as Element]));
  return {
    key,
    thread: { site: 'x', posts: ids.map((id, i) => ({ id, author: { handle: `copy${i}` }, text: `post ${id}`, ...(i > 0 ? { replyTo: ids[0] } : {}) })) },
    rootElement: elements.get(ids[0] as string) as Element,
    elements,
  };
}

function scored(level: Level, posts: string[]): ScoredThread {
  const report: Report = {
    thread: { score: level === 'high' ? 0.9 : 0.05, level },
    signals: [{ id: 'duplicate-replies', score: level === 'none' ? 0 : 0.8, summary: 'Many replies say the same thing.', posts }],
    model: null,
  };
  return { hash: 'h', report, ms: 1, cached: false };
}

describe('overlay', () => {
  let env: DomEnv;
  let overlay: Overlay;
  let optionsOpened: number;
  let allowed: string[];
  const badgeHost = (postId: string): HTMLElement => {
    const host = env.document.querySelector(`[data-post="${postId}"] threadlens-badge`);
    if (!(host instanceof env.window.HTMLElement)) throw new Error(`no badge on post ${postId}`);
    return host;
  };
  const badgeButton = (postId: string): HTMLButtonElement => env.shadowRootOf(badgeHost(postId)).querySelector('button.badge') as HTMLButtonElement;
  const panelHost = (): HTMLElement | null => env.document.querySelector('threadlens-panel');
  const panel = (): Element | null => {
    const host = panelHost();
    return host && host.style.display !== 'none' ? env.shadowRootOf(host).querySelector('.panel') : null;
  };
  const panelButton = (text: RegExp): HTMLButtonElement => {
    const button = [...(panel()?.querySelectorAll('button') ?? [])].find((b) => text.test(b.textContent ?? ''));
    if (!button) throw new Error(`no panel button ${text}`);
    return button as HTMLButtonElement;
  };

  beforeEach(() => {
    env = domEnv(PAGE);
    optionsOpened = 0;
    allowed = [];
    overlay = createOverlay(env.document, {
      adapter,
      parseMs: () => 0.5,
      onOpenOptions: () => optionsOpened++,
      onAllowAccount: (handle) => allowed.push(handle),
    });
    overlay.configure({ showNone: true, debug: false });
  });
  afterEach(() => {
    overlay.destroy();
    env.restore();
  });

  it('puts one badge on each root post, checking until the result comes, then its level', () => {
    overlay.sync(group(env, '1', ['1', '2']));
    overlay.sync(group(env, '9', ['9']));
    overlay.sync(group(env, '1', ['1', '2']));
    expect(env.document.querySelectorAll('threadlens-badge')).toHaveLength(2);
    expect(badgeButton('1').getAttribute('aria-busy')).toBe('true');
    expect(badgeButton('1').textContent).toContain('Checking');
    overlay.setResult('1', scored('high', ['1', '2']));
    expect(badgeButton('1').textContent).toContain('High');
    expect(badgeButton('1').getAttribute('aria-label')).toMatch(/1 reason\./);
    overlay.setError('9', 'the background sent no answer');
    expect(badgeButton('9').textContent).toContain('Error');
    // A scored thread keeps its label when a later rescore fails.
    overlay.setError('1', 'later failure');
    expect(badgeButton('1').textContent).toContain('High');
  });

  it('puts back a badge the site re-rendered away, and clear() removes every badge', () => {
    overlay.sync(group(env, '1', ['1', '2']));
    badgeHost('1').remove();
    expect(env.document.querySelector('threadlens-badge')).toBeNull();
    overlay.repair();
    expect(badgeHost('1').isConnected).toBe(true);
    overlay.clear();
    expect(env.document.querySelectorAll('threadlens-badge')).toHaveLength(0);
  });

  it('takes its badge out of a root post the site removed, keeps the verdict, and puts a badge on the post read again', () => {
    overlay.sync(group(env, '1', ['1', '2']));
    overlay.setResult('1', scored('high', ['1', '2']));
    const removed = env.document.getElementById('a1') as Element;
    const host = badgeHost('1');
    removed.remove();
    // the tracker's group for the thread now has a root outside the page (its placeholder)
    overlay.sync({ ...group(env, '1', ['2']), key: '1', rootElement: env.document.createElement('div') });
    expect(host.isConnected).toBe(false);
    expect(removed.contains(host)).toBe(false);
    // X draws the post again: the same badge, with its verdict, goes on the new element
    const redrawn = env.document.createElement('article');
    redrawn.setAttribute('data-post', '1');
    redrawn.textContent = 'root post one';
    env.document.querySelector('main')?.prepend(redrawn);
    overlay.sync(group(env, '1', ['1', '2']));
    // a new host (the old one was let go with the removed post: badge-layer.test.ts)
    expect(badgeHost('1')).not.toBe(host);
    expect(env.document.querySelectorAll('threadlens-badge')).toHaveLength(1);
    expect(badgeButton('1').textContent).toContain('High');
  });

  it('forgets the badge of a thread no longer tracked', () => {
    overlay.sync(group(env, '1', ['1', '2']));
    overlay.sync(group(env, '9', ['9']));
    overlay.forget('9');
    expect(env.document.querySelectorAll('threadlens-badge')).toHaveLength(1);
    overlay.repair();
    expect(env.document.querySelectorAll('threadlens-badge')).toHaveLength(1);
  });

  it('hides no-signs badges when the setting says so', () => {
    overlay.sync(group(env, '9', ['9']));
    overlay.setResult('9', scored('none', []));
    expect(badgeHost('9').style.display).toBe('inline-block');
    overlay.configure({ showNone: false, debug: false });
    expect(badgeHost('9').style.display).toBe('none');
  });

  it('opens the reasons panel on a real click, and closes it with Escape, the badge, or a click elsewhere', () => {
    overlay.sync(group(env, '1', ['1', '2']));
    overlay.setResult('1', scored('high', ['1', '2']));
    env.trustedClick(badgeButton('1'));
    expect(panel()?.textContent).toContain('Threadlens: High');
    expect(panel()?.textContent).toContain('Many replies say the same thing.');
    expect(badgeButton('1').getAttribute('aria-expanded')).toBe('true');
    // The panel sits inside the viewport (1000 x 800 here), below its badge.
    const style = (panel() as HTMLElement).style;
    expect(Number.parseFloat(style.left)).toBeGreaterThanOrEqual(8);
    expect(Number.parseFloat(style.top)).toBeGreaterThanOrEqual(6);

    env.key(panel() as Element, 'Escape', true);
    expect(panel()).toBeNull();
    expect(badgeButton('1').getAttribute('aria-expanded')).toBe('false');

    env.trustedClick(badgeButton('1'));
    env.trustedClick(badgeButton('1'));
    expect(panel()).toBeNull();

    env.trustedClick(badgeButton('1'));
    env.trustedClick(env.document.getElementById('elsewhere') as Element);
    expect(panel()).toBeNull();
  });

  it('"Show the posts" outlines the posts behind a reason, and "Never flag" and settings reach the content script', () => {
    overlay.sync(group(env, '1', ['1', '2']));
    overlay.setResult('1', scored('high', ['1', '2']));
    env.trustedClick(badgeButton('1'));
    const reply = env.document.getElementById('a2') as HTMLElement;
    (reply as unknown as { scrollIntoView: () => void }).scrollIntoView = () => undefined;
    (env.document.getElementById('a1') as unknown as { scrollIntoView: () => void }).scrollIntoView = () => undefined;
    env.trustedClick(panelButton(/Show the 2 posts/));
    expect(reply.style.outline).toMatch(/solid/);
    env.trustedClick(panelButton(/Never flag @copy1/));
    env.trustedClick(panelButton(/Threadlens settings/));
    expect(allowed).toEqual(['copy1']);
    expect(optionsOpened).toBe(1);
  });

  describe("against the page's own scripts", () => {
    it("leaves nothing in the page's DOM that tells the verdict: closed roots, no attributes, no text", () => {
      overlay.sync(group(env, '1', ['1', '2']));
      overlay.setResult('1', scored('high', ['1', '2']));
      env.trustedClick(badgeButton('1'));
      expect(panel()).not.toBeNull();
      for (const host of [badgeHost('1'), panelHost() as HTMLElement]) {
        // What a page script can reach: the host element only.
        expect(host.shadowRoot).toBeNull();
        expect(host.childNodes).toHaveLength(0);
        expect(host.textContent).toBe('');
        expect(host.getAttributeNames().filter((name) => name !== 'style')).toEqual([]);
      }
      // The whole page as its scripts can serialise it.
      const html = env.document.documentElement.outerHTML;
      expect(html).not.toMatch(/high|data-level|Many replies|threadlens-highlight/i);
    });

    it('ignores synthetic clicks and keys on the badge and every panel button', () => {
      overlay.sync(group(env, '1', ['1', '2']));
      overlay.setResult('1', scored('high', ['1', '2']));
      // Even with a way into the closed root, a script's click() does nothing.
      badgeButton('1').click();
      env.syntheticClick(badgeButton('1'));
      expect(panel()).toBeNull();

      env.trustedClick(badgeButton('1'));
      for (const text of [/Never flag @copy0/, /Never flag @copy1/, /Threadlens settings/, /Show the 2 posts/]) {
        panelButton(text).click();
        env.syntheticClick(panelButton(text));
      }
      env.syntheticClick(panel()?.querySelector('button.close') as Element);
      env.key(panel() as Element, 'Escape', false);
      // A synthetic click elsewhere on the page doesn't close the panel either.
      env.syntheticClick(env.document.getElementById('elsewhere') as Element);
      expect(allowed).toEqual([]);
      expect(optionsOpened).toBe(0);
      expect((env.document.getElementById('a2') as HTMLElement).style.outline).toBe('');
      expect(panel()).not.toBeNull();
    });
  });
});
