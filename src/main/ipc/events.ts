import type { EventChannel, IpcEvents } from '../../shared/ipc';

/** The part of `WebContents` that sends to the page. */
export interface EventSender {
  send(channel: string, ...args: unknown[]): void;
}

/** Sends a main → renderer message; what it carries is typed by the contract's IpcEvents. */
export function sendEvent<C extends EventChannel>(
  target: EventSender,
  channel: C,
  ...args: IpcEvents[C]
): void {
  target.send(channel, ...args);
}
