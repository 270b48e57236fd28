import type { GalleyApi } from './api';

export type { GalleyApi };

declare global {
  interface Window {
    /** The preload API; absent in the browser build. */
    galley?: GalleyApi;
  }
}
