// The IPC contract: one map from each request channel to the zod schema its arguments must
// parse with and the type its handler resolves to. The main process registers handlers
// through `handle` (src/main/ipc/registrar.ts), which parses with the schema and only
// accepts a handler returning the result type; the preload calls through an `invoke` typed
// by the same map. A handler or a call that disagrees with this file does not compile.
//
// The preload may import this file for types only (zod cannot be loaded in a sandboxed
// preload); names and shapes it needs at runtime are in ./channels.
import { z } from 'zod';
import type { DecodeResult } from '../../core/decode/types';
import { ENCODINGS } from '../../core/model';
import {
  CHANNELS,
  MENU_LANGUAGES,
  type ExportFile,
  type ExportFolder,
  type OpenedFile,
  type PickedFile,
  type RequestChannel,
  type WriteOutcome,
} from './channels';

// ---- Argument schemas. The renderer is untrusted: every argument is parsed before use.

export const tokenSchema = z.uuid();
export const encodingSchema = z.enum(ENCODINGS);
/** Any Uint8Array (`z.instanceof` would narrow the type to one backed by an ArrayBuffer). */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array);

/** Export paths: '/'-separated, relative, no '.'/'..' or empty segments, no control characters. */
export const exportPathSchema = z
  .string()
  .min(1)
  .max(1024)
  .refine(
    (p) =>
      // eslint-disable-next-line no-control-regex
      !/[\u0000-\u001f\\]/.test(p) &&
      !p.startsWith('/') &&
      p
        .split('/')
        .every(
          (segment) => segment !== '' && segment !== '.' && segment !== '..' && !/^[A-Za-z]:$/.test(segment),
        ),
    { message: 'not a safe relative path' },
  );

/** Typed as the core's ExportFile: the schema cannot drift from the one definition. */
const exportFileSchema: z.ZodType<ExportFile, ExportFile> = z
  .object({ path: exportPathSchema, data: z.union([z.string(), bytesSchema]) })
  .strict();

/** A file name only: the user chooses the folder in the save dialog. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex
  .refine((n) => !/[\u0000-\u001f/\\]/.test(n) && n !== '.' && n !== '..', { message: 'not a file name' });

const extensionSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/);

// ---- The map.

/** Type only: carries a channel's result type in the contract; nothing is stored in it. */
export interface ResultType<R> {
  readonly resultType?: R;
}
const resolvesTo = <R>(): ResultType<R> => ({});

/** The schema of a channel's arguments: a tuple, as `ipcRenderer.invoke(channel, ...args)` sends them. */
export type ArgsSchema = z.ZodType<readonly unknown[]>;

export interface RequestContract<A extends ArgsSchema = ArgsSchema, R = unknown> {
  readonly args: A;
  readonly result: ResultType<R>;
}

export const IPC_CONTRACT = {
  [CHANNELS.pickFiles]: { args: z.tuple([]), result: resolvesTo<PickedFile[]>() },
  [CHANNELS.pickFolder]: { args: z.tuple([]), result: resolvesTo<PickedFile[]>() },
  [CHANNELS.readPicked]: {
    args: z.tuple([tokenSchema, encodingSchema.optional()]),
    result: resolvesTo<DecodeResult>(),
  },
  /** The original bytes again, kept by the import for pages whose encoding was a guess. */
  [CHANNELS.readPickedBytes]: { args: z.tuple([tokenSchema]), result: resolvesTo<Uint8Array>() },
  [CHANNELS.pickExportFolder]: { args: z.tuple([]), result: resolvesTo<ExportFolder | null>() },
  [CHANNELS.confirmSourceFolder]: { args: z.tuple([tokenSchema]), result: resolvesTo<boolean>() },
  [CHANNELS.writeExportFiles]: {
    // No "confirmed" flag: the main process keeps the answer of its own dialog per folder.
    args: z.tuple([tokenSchema, z.array(exportFileSchema).max(100_000)]),
    result: resolvesTo<WriteOutcome>(),
  },
  [CHANNELS.saveFile]: {
    args: z.tuple([fileNameSchema, bytesSchema]),
    result: resolvesTo<WriteOutcome | null>(),
  },
  [CHANNELS.openFile]: {
    args: z.tuple([z.array(extensionSchema).max(16)]),
    result: resolvesTo<OpenedFile | null>(),
  },
  [CHANNELS.setMenuLanguage]: { args: z.tuple([z.enum(MENU_LANGUAGES)]), result: resolvesTo<void>() },
} as const satisfies { [C in RequestChannel]: RequestContract };

export type IpcContract = typeof IPC_CONTRACT;

/** What the renderer passes to `invoke(channel, ...args)`. */
export type IpcArgs<C extends RequestChannel> = z.input<IpcContract[C]['args']>;
/** What the handler receives once the arguments have parsed. */
export type IpcParsedArgs<C extends RequestChannel> = z.output<IpcContract[C]['args']>;
/** What the handler returns and `invoke` resolves to. */
export type IpcResult<C extends RequestChannel> =
  IpcContract[C]['result'] extends ResultType<infer R> ? R : never;
