// Argument schemas for every IPC message. The renderer is treated as untrusted: each
// handler parses its arguments with these before touching anything.
import { z } from 'zod';
import { ENCODINGS } from '../../core/model';

export const tokenSchema = z.uuid();
export const encodingSchema = z.enum(ENCODINGS);
const bytesSchema = z.instanceof(Uint8Array);

export const readPickedArgs = z.tuple([tokenSchema, encodingSchema.optional()]);
export const tokenArgs = z.tuple([tokenSchema]);

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

export const writeExportArgs = z.tuple([
  tokenSchema,
  z
    .array(z.object({ path: exportPathSchema, data: z.union([z.string(), bytesSchema]) }).strict())
    .max(100_000),
  z.object({ confirmSourceFolder: z.boolean() }).strict(),
]);

/** A file name only: the user chooses the folder in the save dialog. */
export const saveFileArgs = z.tuple([
  z
    .string()
    .min(1)
    .max(255)
    // eslint-disable-next-line no-control-regex
    .refine((n) => !/[\u0000-\u001f/\\]/.test(n) && n !== '.' && n !== '..', { message: 'not a file name' }),
  bytesSchema,
]);

export const openFileArgs = z.tuple([z.array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/)).max(16)]);

export const noArgs = z.tuple([]);
