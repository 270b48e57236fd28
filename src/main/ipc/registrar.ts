import {
  IPC_CONTRACT,
  type ArgsSchema,
  type IpcParsedArgs,
  type IpcResult,
  type RequestChannel,
} from '../../shared/ipc';
import type { SenderFrameLike } from './sender';

/** The part of an `IpcMainInvokeEvent` the handlers use. */
export interface InvokeEventLike {
  senderFrame: SenderFrameLike | null;
}

/** The part of `ipcMain` the handlers use, so tests can pass a fake. */
export interface Registrar {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

/** Where handlers are registered, and who may call them. */
export interface GuardedRegistrar {
  registrar: Registrar;
  isTrustedSender: (frame: SenderFrameLike | null) => boolean;
}

export class IpcRejection extends Error {
  override name = 'IpcRejection';
}

/** A channel's handler, typed by the contract: it gets the parsed arguments and must resolve to the result. */
export type Handler<C extends RequestChannel> = (
  args: IpcParsedArgs<C>,
  event: InvokeEventLike,
) => Promise<IpcResult<C>> | IpcResult<C>;

/**
 * Registers `handler` for `channel` behind the two checks every message gets: the
 * sender must be the app's own top frame, and the arguments must parse with the
 * channel's schema in the contract (src/shared/ipc/contract.ts).
 */
export function handle<C extends RequestChannel>(
  { registrar, isTrustedSender }: GuardedRegistrar,
  channel: C,
  handler: NoInfer<Handler<C>>,
): void {
  const schema: ArgsSchema = IPC_CONTRACT[channel].args;
  registrar.handle(channel, async (event, ...args) => {
    if (!isTrustedSender(event.senderFrame))
      throw new IpcRejection(`${channel}: sender is not the app window`);
    const parsed = schema.safeParse(args);
    if (!parsed.success) throw new IpcRejection(`${channel}: invalid arguments`);
    // The output of IPC_CONTRACT[channel].args is IpcParsedArgs<C> by definition; TypeScript
    // cannot follow an index into the contract through the type parameter.
    return handler(parsed.data as IpcParsedArgs<C>, event);
  });
}
