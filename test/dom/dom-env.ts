// A linkedom document for the content script's and the overlay's DOM tests, with what linkedom
// lacks stubbed plainly, and two test instruments:
// - shadowRootOf(host): the test's own record of every shadow root attached, closed ones too
//   (the overlay closes its roots; in a browser, the page's scripts have no such record: the
//   content script's isolated world has its own prototypes, which the page can't patch);
// - trusted(event): marks an event as if the browser made it from real input. Browsers make
//   isTrusted unforgeable; linkedom leaves it undefined, which reads like a page's synthetic event.
import { parseHTML } from 'linkedom';

export interface DomEnv {
  window: Window & typeof globalThis;
  document: Document;
  shadowRootOf(host: Element): ShadowRoot;
  /** a click event as real input makes it */
  trustedClick(target: EventTarget): void;
  /** a click event as a page script makes it (dispatchEvent) */
  syntheticClick(target: EventTarget): void;
  key(target: EventTarget, key: string, trusted: boolean): void;
  restore(): void;
}

export function domEnv(html = '<!doctype html><html><head></head><body></body></html>', url = 'https://x.com/someone/status/1'): DomEnv {
  const { window, document } = parseHTML(html) as unknown as { window: Window & typeof globalThis; document: Document };
  const roots = new WeakMap<Element, ShadowRoot>();
  const proto = (window as unknown as { HTMLElement: typeof HTMLElement }).HTMLElement.prototype;
  const attach = proto.attachShadow;
  proto.attachShadow = function (this: HTMLElement, init: ShadowRootInit): ShadowRoot {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  Object.assign(window, { innerWidth: 1000, innerHeight: 800 });
  Object.defineProperty(document, 'location', { value: new URL(url), configurable: true, writable: true });
  (window as unknown as { getComputedStyle: () => { backgroundColor: string } }).getComputedStyle = () => ({ backgroundColor: 'rgb(255, 255, 255)' });
  // Preact creates elements through the global document; the overlay checks `instanceof HTMLElement`.
  const globals = { document, window, HTMLElement: (window as unknown as { HTMLElement: unknown }).HTMLElement };
  const saved = Object.fromEntries(Object.keys(globals).map((k) => [k, (globalThis as Record<string, unknown>)[k]]));
  Object.assign(globalThis, globals);

  const event = (type: string, trusted: boolean, init: EventInit & { key?: string } = {}): Event => {
    const e = new window.Event(type, { bubbles: true, cancelable: true, composed: true, ...init });
    if (init.key !== undefined) Object.defineProperty(e, 'key', { value: init.key });
    if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
    return e;
  };

  return {
    window,
    document,
    shadowRootOf(host) {
      const root = roots.get(host);
      if (!root) throw new Error(`${host.tagName} has no shadow root`);
      return root;
    },
    trustedClick: (target) => void target.dispatchEvent(event('click', true)),
    syntheticClick: (target) => void target.dispatchEvent(event('click', false)),
    key: (target, key, trusted) => void target.dispatchEvent(event('keydown', trusted, { key })),
    restore() {
      proto.attachShadow = attach;
      Object.assign(globalThis, saved);
    },
  };
}
