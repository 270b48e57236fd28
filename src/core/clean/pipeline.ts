// The default cleanup pipeline: the built-in transforms in the order they must run, then
// the archivist's own rules. Continuation marks go first, while they still end their raw
// line and are in their printed form (`（下转第2版）`); line joining next (the others work
// on whole paragraphs); punctuation before spaces (a widened `，` makes the space after it
// stray).

import { ruleTransform, type UserRule } from './rules';
import { cjkPunctuation } from './transforms/cjkPunctuation';
import { cjkSpaces } from './transforms/cjkSpaces';
import { continuationMarks } from './transforms/continuationMarks';
import { joinBrokenLines } from './transforms/joinBrokenLines';
import type { CleanReport, Transform, TransformId } from './types';

/** The built-in transforms, in pipeline order. */
export const TRANSFORMS: readonly Transform[] = [
  joinBrokenLines,
  continuationMarks,
  cjkPunctuation,
  cjkSpaces,
];

export interface CleanOptions {
  /** Turn built-in transforms on or off by id; those not named keep their `defaultOn`. */
  enabled?: Partial<Record<TransformId, boolean>>;
  /** User rules, applied in order after the built-in transforms (disabled ones skipped). */
  rules?: readonly UserRule[];
}

/** The transforms `options` selects, in the order they run. */
export function pipeline(options: CleanOptions = {}): Transform[] {
  const builtIn = TRANSFORMS.filter((t) => options.enabled?.[t.id] ?? t.defaultOn);
  const rules = (options.rules ?? []).filter((r) => r.enabled).map(ruleTransform);
  return [...builtIn, ...rules];
}

export interface CleanResult {
  text: string;
  reports: CleanReport[];
}

/** Runs transforms over plain text. */
export function runTransforms(text: string, transforms: readonly Transform[]): CleanResult {
  let out = text;
  const reports: CleanReport[] = [];
  for (const t of transforms) {
    const r = t.apply(out);
    out = r.text;
    if (r.reports) reports.push(...r.reports);
  }
  return { text: out, reports };
}

/** Cleans plain text (a page, a paragraph) with the default transforms, or those `options` picks. */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  return runTransforms(text, pipeline(options));
}
