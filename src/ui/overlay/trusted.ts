// Page scripts can dispatch events, and call click() or focus(), on anything they can reach. The
// overlay acts only on what the user did: every handler is wrapped in trusted(), which drops
// events the browser did not generate from real input (isTrusted is false for dispatchEvent and
// click(); https://dom.spec.whatwg.org/#dom-event-istrusted).

export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
