// Electron's security checklist, applied in one place: no navigation, no new windows,
// no webviews, no permissions, and a Content-Security-Policy with no remote origins.
import type { Session, WebContents } from 'electron';

/** The same policy as the renderer's index.html meta tag, so both layers agree. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // ws:/wss: for a team's sync server (sync/teamSync.ts), whose address the archivist types.
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy for the dev server, which also needs its hot-reload socket. */
export function devContentSecurityPolicy(devUrl: string): string {
  const origin = new URL(devUrl);
  const socket = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${socket}`);
}

/**
 * Sets the policy as a response header for pages served over HTTP (the dev server);
 * file:// pages carry it in their meta tag. Also refuses every permission but writing to the clipboard.
 */
export function hardenSession(session: Session, devUrl: string | undefined): void {
  if (devUrl) {
    const policy = devContentSecurityPolicy(devUrl);
    session.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
    });
  }
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isAllowedPermission(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isAllowedPermission(permission));
}

/** Copying text the page wrote itself is all Galley needs: no camera, location, notifications… */
export function isAllowedPermission(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

/** Keeps a web contents on the app's own page: no navigation, windows or webviews. */
export function guardWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
