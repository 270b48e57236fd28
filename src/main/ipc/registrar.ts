import type { z } from 'zod';
import type { SenderFrameLike } from './sender';

/** The part of an `IpcMainInvokeEvent` the handlers use. */
export interface InvokeEventLike {
  senderFrame: SenderFrameLike | null;
}

/** The part of `ipcMain` the handlers use, so tests can pass a fake. */
export interface Registrar {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

export class IpcRejection extends Error {
  override name = 'IpcRejection';
}

/**
 * Registers `handler` for `channel` behind the two checks every message gets: the
 * sender must be the app's own top frame, and the arguments must parse.
 */
export function handleChecked<S extends z.ZodType<unknown[]>, R>(
  registrar: Registrar,
  isTrustedSender: (frame: SenderFrameLike | null) => boolean,
  channel: string,
  schema: S,
  handler: (args: z.output<S>, event: InvokeEventLike) => Promise<R> | R,
): void {
  registrar.handle(channel, async (event, ...args) => {
    if (!isTrustedSender(event.senderFrame))
      throw new IpcRejection(`${channel}: sender is not the app window`);
    const parsed = schema.safeParse(args);
    if (!parsed.success) throw new IpcRejection(`${channel}: invalid arguments`);
    return handler(parsed.data, event);
  });
}
