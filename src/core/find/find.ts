// Find and replace across a corpus (a concordance): every hit in context, then replace all
// or the chosen ones. Pure: takes the texts, returns hits or new texts; the caller stores
// them in one undoable action. Generic over how a text is addressed (page, article, field).

import type { PatternProblem } from '../problems';
import { compileQuery, expandReplacement, type FindQuery } from './query';

/** One searchable text and where it lives. */
export interface FindTarget<A> {
  address: A;
  /** A stable string key for the address (e.g. `pageId/articleId/paragraph/3`). */
  key: string;
  text: string;
}

export interface Hit<A> {
  address: A;
  key: string;
  /** UTF-16 offsets of the match in the target's text. */
  start: number;
  end: number;
  match: string;
  /** Up to `context` characters before and after the match, for the concordance list. */
  before: string;
  after: string;
  /** What replacing this hit would write (given a replacement). */
  replacement?: string;
}

export interface FindOptions {
  /** Characters of context each side of a hit; 20 by default. */
  context?: number;
  /** Stop after this many hits (the UI says "first N shown"); unlimited by default. */
  limit?: number;
  /** Fill in each hit's `replacement` for a preview. */
  replacement?: string;
}

export interface FindResult<A> {
  hits: Hit<A>[];
  /** True when `limit` cut the list short. */
  truncated: boolean;
  error?: PatternProblem;
}

/** A hit's identity, to choose it for replacement. */
export function hitId(hit: Pick<Hit<unknown>, 'key' | 'start'>): string {
  return `${hit.key}@${hit.start}`;
}

export function findAll<A>(
  targets: Iterable<FindTarget<A>>,
  query: FindQuery,
  options: FindOptions = {},
): FindResult<A> {
  const compiled = compileQuery(query);
  if (!compiled.ok) return { hits: [], truncated: false, error: compiled.error };
  const { re } = compiled;
  const context = options.context ?? 20;
  const limit = options.limit ?? Infinity;
  const hits: Hit<A>[] = [];
  for (const target of targets) {
    for (const m of re.matchAll(target.text)) {
      if (hits.length >= limit) return { hits, truncated: true };
      const start = m.index;
      const end = start + m[0].length;
      const hit: Hit<A> = {
        address: target.address,
        key: target.key,
        start,
        end,
        match: m[0],
        before: target.text.slice(Math.max(0, start - context), start),
        after: target.text.slice(end, end + context),
      };
      if (options.replacement !== undefined)
        hit.replacement = expandReplacement(options.replacement, m, query.regex);
      hits.push(hit);
    }
  }
  return { hits, truncated: false };
}

export interface Replaced<A> {
  address: A;
  key: string;
  before: string;
  after: string;
  /** Hits replaced in this text. */
  count: number;
}

/**
 * Replaces every hit of `query`, or only those whose hitId is in `chosen`, and returns the
 * texts that changed. Hits are found again on the current texts, so a stale choice (the
 * text changed since the search) replaces nothing rather than the wrong characters.
 */
export function replaceHits<A>(
  targets: Iterable<FindTarget<A>>,
  query: FindQuery,
  replacement: string,
  chosen?: ReadonlySet<string>,
): { changes: Replaced<A>[]; count: number; error?: PatternProblem } {
  const compiled = compileQuery(query);
  if (!compiled.ok) return { changes: [], count: 0, error: compiled.error };
  const { re } = compiled;
  const changes: Replaced<A>[] = [];
  let total = 0;
  for (const target of targets) {
    const parts: string[] = [];
    let copied = 0;
    let count = 0;
    for (const m of re.matchAll(target.text)) {
      if (chosen && !chosen.has(hitId({ key: target.key, start: m.index }))) continue;
      parts.push(target.text.slice(copied, m.index), expandReplacement(replacement, m, query.regex));
      copied = m.index + m[0].length;
      count++;
    }
    if (count === 0) continue;
    parts.push(target.text.slice(copied));
    const after = parts.join('');
    total += count;
    if (after !== target.text)
      changes.push({ address: target.address, key: target.key, before: target.text, after, count });
  }
  return { changes, count: total };
}
