// Reading a backup back. Anything that is not a complete, consistent Galley backup is
// refused with a reason the UI can word (and nothing is restored from it).

import { gunzipSync } from 'fflate';
import { fieldsOf, type PageText } from '../model';
import { fromBase64 } from './base64';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';
import { backupSchema } from './schema';
import type { ProjectData } from './types';

/**
 * Why a file was refused: `foreign` is not a Galley backup at all; `corrupt` was one but is
 * damaged (truncated, bad compression); `newer-version` was written by a newer Galley;
 * `invalid` parses but its records are incomplete or contradict each other.
 */
export type BackupErrorKind = 'foreign' | 'corrupt' | 'newer-version' | 'invalid';

export interface BackupError {
  kind: BackupErrorKind;
  /** Technical detail for the log and the CLI; the UI words the kind itself. */
  detail: string;
}

export type BackupReadResult =
  { ok: true; data: ProjectData; createdAt: string } | { ok: false; error: BackupError };

const fail = (kind: BackupErrorKind, detail: string): BackupReadResult => ({
  ok: false,
  error: { kind, detail },
});

export function parseBackup(bytes: Uint8Array): BackupReadResult {
  let body = bytes;
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (gzipped) {
    try {
      body = gunzipSync(bytes);
    } catch (e) {
      return fail('corrupt', `the compressed data is damaged (${(e as Error).message})`);
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return gzipped ? fail('corrupt', 'the content is not UTF-8 text') : fail('foreign', 'not a text file');
  }
  text = text.replace(/^\ufeff/, '');
  const looksOurs = /^\s*\{\s*"format"\s*:\s*"galley-backup"/.test(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return looksOurs
      ? fail('corrupt', `the file is cut short or damaged (${(e as Error).message})`)
      : fail('foreign', 'not a Galley backup');
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail('foreign', `not a Galley backup (no "format": "${BACKUP_FORMAT}")`);
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return fail(
      'newer-version',
      `written by a newer Galley (backup version ${version}, this one reads ${BACKUP_VERSION})`,
    );
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid', `${issue.path.join('.') || 'backup'}: ${issue.message}`);
  }
  const doc = parsed.data;
  const texts: PageText[] = [];
  for (const t of doc.texts) {
    if (t.bytes === undefined) {
      texts.push({ pageId: t.pageId, raw: t.raw });
      continue;
    }
    const original = fromBase64(t.bytes);
    if (!original) return fail('invalid', `texts: the original bytes of page ${t.pageId} are not Base64`);
    texts.push({ pageId: t.pageId, raw: t.raw, bytes: original });
  }
  const data: ProjectData = {
    pages: doc.pages,
    texts,
    articles: doc.articles,
    revisions: doc.revisions,
    rules: doc.rules,
    settings: doc.settings,
  };
  const problem = inconsistency(data);
  return problem ? fail('invalid', problem) : { ok: true, data, createdAt: doc.createdAt };
}

/** The first contradiction between records (duplicate ids, dangling references, spans off the text). */
function inconsistency(data: ProjectData): string | null {
  const pageIds = new Set<string>();
  for (const p of data.pages) {
    if (pageIds.has(p.id)) return `pages: page ${p.id} appears twice`;
    pageIds.add(p.id);
  }
  const raws = new Map<string, string>();
  for (const t of data.texts) {
    if (!pageIds.has(t.pageId)) return `texts: text of unknown page ${t.pageId}`;
    if (raws.has(t.pageId)) return `texts: page ${t.pageId} has two texts`;
    raws.set(t.pageId, t.raw);
  }
  for (const id of pageIds) if (!raws.has(id)) return `texts: page ${id} has no raw text`;
  const articleIds = new Set<string>();
  for (const a of data.articles) {
    if (articleIds.has(a.id)) return `articles: article ${a.id} appears twice`;
    articleIds.add(a.id);
    const raw = raws.get(a.pageId);
    if (raw === undefined) return `articles: article ${a.id} is on unknown page ${a.pageId}`;
    for (const [, f] of fieldsOf(a)) {
      for (const s of f.spans)
        if (s.start > s.end || s.end > raw.length)
          return `articles: article ${a.id} has a span outside its page's text`;
    }
  }
  const unique = (list: { id: string }[], table: string): string | null => {
    const seen = new Set<string>();
    for (const r of list) {
      if (seen.has(r.id)) return `${table}: ${r.id} appears twice`;
      seen.add(r.id);
    }
    return null;
  };
  return (
    unique(data.revisions, 'revisions') ??
    unique(data.rules, 'rules') ??
    unique(
      data.settings.map((s) => ({ id: s.key })),
      'settings',
    )
  );
}
