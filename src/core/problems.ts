// What the core reports when it refuses something: a code and the data to word it, never a
// sentence. The CLI words codes in English (src/cli/messages.ts); the app words them in the
// archivist's language through i18n (src/renderer/src/problems). Both look codes up in a
// Record over the code union, so a new code does not compile until each has its words.

import type { PageProblem } from './article/check';

/** Why a find pattern (a user rule's or a corpus search's) cannot be used. */
export type PatternProblem =
  | { code: 'pattern.empty' }
  | { code: 'pattern.matches-empty' }
  /** `detail` is the regular expression engine's own (English) reason. */
  | { code: 'pattern.invalid'; detail: string };

/**
 * Why a rule's pattern is refused when it is saved: a checker proved it takes exponential
 * time in JavaScript's engine on some text; `attack` is such a text (shortened).
 */
export type PatternSafetyProblem = { code: 'pattern.exponential'; attack?: string };

/** Where in a rule set file a problem is: the rule's number (from 1) and its name or field. */
export interface RuleLocation {
  rule?: number;
  name?: string;
  field?: string;
}

/** Why a rule set file (or one of its rules) is refused. */
export type RuleSetProblem = (
  | { code: 'ruleset.not-json'; detail: string }
  | { code: 'ruleset.not-utf8' }
  | { code: 'ruleset.wrong-format' }
  | { code: 'ruleset.wrong-version'; version: number }
  /** Any other shape the schema refuses; `detail` is the validator's (English) reason. */
  | { code: 'ruleset.invalid'; detail: string }
  | { code: 'rule.needs-name' }
  | { code: 'rule.needs-find' }
  | { code: 'rule.invalid-field'; detail: string }
  | PatternProblem
) &
  RuleLocation;

/**
 * A rule that ran out of time on a text and was stopped (its change to that text is left
 * out; the other rules were applied). `budgetMs` is the time it had.
 */
export type RuleRunProblem = { code: 'rule.timed-out'; budgetMs: number } & RuleLocation;

/**
 * Why a backup is refused: which table or record is wrong and how. The kind of refusal
 * (foreign, corrupt, newer, invalid) travels beside it in BackupError.
 */
export type BackupProblem =
  | { code: 'backup.bad-compression'; detail: string }
  | { code: 'backup.not-utf8' }
  | { code: 'backup.not-text' }
  | { code: 'backup.truncated'; detail: string }
  | { code: 'backup.not-backup' }
  | { code: 'backup.newer-version'; version: number; reads: number }
  /** A record the schema refuses: `path` is where (e.g. `articles.0.status`). */
  | { code: 'backup.schema'; path: string; detail: string }
  | { code: 'backup.bytes-not-base64'; page: string }
  | { code: 'backup.duplicate'; table: string; id: string }
  | { code: 'backup.text-of-unknown-page'; page: string }
  | { code: 'backup.two-texts'; page: string }
  | { code: 'backup.no-text'; page: string }
  | { code: 'backup.article-on-unknown-page'; article: string; page: string }
  | { code: 'backup.span-outside'; article: string };

/** What an operating system error code means to the person who asked for the read or write. */
export type FileProblemCode =
  | 'file.not-found'
  | 'file.permission'
  | 'file.read-only'
  | 'file.disk-full'
  | 'file.quota'
  | 'file.name-too-long'
  | 'file.file-in-the-way'
  | 'file.folder-in-the-way'
  | 'file.io';

/** `detail` is the system's own message, for the log (and for `file.io`, which has no words of its own). */
export type FileProblem = { [C in FileProblemCode]: { code: C; detail?: string } }[FileProblemCode];

/**
 * What checkPage (src/core/article/check.ts) finds wrong with a page's articles: the
 * one-owner rule for raw text and for the text read from it, and the reading order.
 */
export type { PageProblem };

export type Problem =
  | PatternProblem
  | PatternSafetyProblem
  | RuleSetProblem
  | RuleRunProblem
  | BackupProblem
  | FileProblem
  | PageProblem;
export type ProblemCode = Problem['code'];

/** Every code, once (the Record makes the compiler check that none is missing). */
const ALL: Record<ProblemCode, true> = {
  'pattern.empty': true,
  'pattern.matches-empty': true,
  'pattern.invalid': true,
  'pattern.exponential': true,
  'rule.timed-out': true,
  'ruleset.not-json': true,
  'ruleset.not-utf8': true,
  'ruleset.wrong-format': true,
  'ruleset.wrong-version': true,
  'ruleset.invalid': true,
  'rule.needs-name': true,
  'rule.needs-find': true,
  'rule.invalid-field': true,
  'backup.bad-compression': true,
  'backup.not-utf8': true,
  'backup.not-text': true,
  'backup.truncated': true,
  'backup.not-backup': true,
  'backup.newer-version': true,
  'backup.schema': true,
  'backup.bytes-not-base64': true,
  'backup.duplicate': true,
  'backup.text-of-unknown-page': true,
  'backup.two-texts': true,
  'backup.no-text': true,
  'backup.article-on-unknown-page': true,
  'backup.span-outside': true,
  'file.not-found': true,
  'file.permission': true,
  'file.read-only': true,
  'file.disk-full': true,
  'file.quota': true,
  'file.name-too-long': true,
  'file.file-in-the-way': true,
  'file.folder-in-the-way': true,
  'file.io': true,
  'span.out-of-range': true,
  'span.unsorted': true,
  'span.shared': true,
  'text.orphan': true,
  'text.duplicate': true,
  'article.order': true,
};

export const PROBLEM_CODES = Object.keys(ALL) as ProblemCode[];
