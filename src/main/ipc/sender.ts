// Every IPC handler first checks that the message came from Galley's own page, in the
// top frame: not from an iframe, a child window or a page navigated elsewhere.

export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

/** A check for `event.senderFrame` against the URL the main window loaded. */
export function createSenderCheck(appUrl: string): (frame: SenderFrameLike | null | undefined) => boolean {
  const expected = new URL(appUrl);
  return (frame) => {
    if (!frame || frame.parent) return false;
    let url: URL;
    try {
      url = new URL(frame.url);
    } catch {
      return false;
    }
    if (url.protocol !== expected.protocol) return false;
    // file: URLs all share the opaque origin "null", so the page itself must match.
    if (expected.protocol === 'file:') return url.pathname === expected.pathname;
    // WHATWG URL gives app:// (a scheme it does not know) the origin "null" too: compare
    // scheme, host and port, which is what the origin is for http and app:// alike.
    return url.host === expected.host && url.host !== '';
  };
}
