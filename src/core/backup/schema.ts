// What a backup must contain to be restored, checked field by field. Objects are "loose":
// fields a later Galley adds survive a restore in an older one's tables untouched.

import { z } from 'zod';
import { ENCODINGS } from '../model';
import { BACKUP_FORMAT } from './format';

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const field = z.looseObject({ text: z.string(), spans: z.array(span) });
const status = z.enum(['draft', 'corrected', 'reviewed']);
const time = z.number().finite();

const content = {
  section: field,
  kicker: field,
  title: field,
  subtitle: field,
  dateline: field,
  byline: field,
  paragraphs: z.array(field),
  captions: z.array(field),
  notes: z.array(field),
};

const page = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  relativePath: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/i, 'a SHA-256 in hex'),
  encoding: z.enum(ENCODINGS),
  bom: z.boolean(),
  lineEndings: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
  byteLength: z.number().int().nonnegative(),
  charLength: z.number().int().nonnegative(),
  importedAt: time,
  empty: z.boolean(),
  changedVersionOf: z.string().exactOptional(),
  furniture: z.array(span),
  articleCount: z.number().int().nonnegative(),
  coverage: z.number(),
});

const article = z.looseObject({
  ...content,
  id: z.string().min(1),
  pageId: z.string().min(1),
  order: z.number().int().nonnegative(),
  status,
  reviewer: z.string().exactOptional(),
  reviewedAt: time.exactOptional(),
  createdAt: time,
  updatedAt: time,
});

const revision = z.looseObject({
  id: z.string().min(1),
  articleId: z.string().min(1),
  pageId: z.string().min(1),
  createdAt: time,
  content: z.looseObject(content),
  status,
});

const rule = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  find: z.string(),
  replace: z.string(),
  regex: z.boolean(),
  enabled: z.boolean(),
  order: z.number(),
});

const setting = z.looseObject({ key: z.string().min(1), value: z.unknown() });

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  sha256: z.string().optional(),
  createdAt: z.string(),
  pages: z.array(page),
  texts: z.array(z.object({ pageId: z.string().min(1), raw: z.string(), bytes: z.string().optional() })),
  articles: z.array(article),
  revisions: z.array(revision),
  rules: z.array(rule),
  settings: z.array(setting),
});

const count = z.number().int().nonnegative();

/** An article's carried review figures (./figures.ts), a `figures` line of a version-2 backup. */
export const carriedFiguresSchema = z.object({
  articleId: z.string().min(1),
  v: z.number().int(),
  key: z.string(),
  figures: z.object({
    reference_chars: count,
    insertions: count,
    deletions: count,
    substitutions: count,
    distance: count,
    cer: z.number().nonnegative().nullable(),
  }),
});

/** One record of each table, as a version-2 backup holds them (a line each). */
export const recordSchemas = {
  pages: page,
  texts: z.object({ pageId: z.string().min(1), raw: z.string(), bytes: z.string().optional() }),
  articles: article,
  revisions: revision,
  rules: rule,
  settings: setting,
};
