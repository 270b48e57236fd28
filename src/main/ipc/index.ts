import type { HandlerDeps } from './deps';
import { registerExportHandlers } from './exportHandlers';
import { registerFileHandlers } from './fileHandlers';
import { registerMenuHandlers } from './menuHandlers';
import { registerOpenHandlers } from './openHandlers';

/** Registers every IPC handler the preload API calls. */
export function registerIpcHandlers(deps: HandlerDeps): void {
  registerOpenHandlers(deps);
  registerExportHandlers(deps);
  registerFileHandlers(deps);
  registerMenuHandlers(deps);
}

export type { HandlerDeps } from './deps';
