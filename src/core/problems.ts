// What the core reports when it refuses something: a code and the data to word it, never a
// sentence. The CLI words codes in English (src/cli/messages.ts); the app words them in the
// archivist's language through i18n (src/renderer/src/problems). Both look codes up in a
// Record over the code union, so a new code does not compile until each has its words.

import type { PageProblem } from './article/check';
import type { EncodingName } from './model';

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
  | { code: 'backup.span-outside'; article: string }
  /**
   * Unpacked, the backup would pass `limit` bytes (a damaged file, a compression bomb or a
   * backup too large to hold in memory); nothing past the limit is unpacked.
   */
  | { code: 'backup.too-large'; limit: number }
  /** The content does not match the check written with it: gzip's CRC32 or length, or the document's SHA-256. */
  | { code: 'backup.corrupt'; check: 'crc32' | 'length' | 'sha256' };

/** Where in a page's raw text (LF line ends): offset in UTF-16 code units, line and column from 1. */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

/**
 * What decoding a page warns about (the page is imported) or refuses it for. `at` holds the
 * first few positions only; `count` is all of them.
 */
export type DecodeWarning =
  /** U+FFFD in the text: bytes that were not valid in the encoding (or were U+FFFD already). */
  | { code: 'decode.replacement-characters'; count: number; at: TextPosition[] }
  /** UTF-16 code units of half a surrogate pair, each read as U+FFFD. */
  | { code: 'decode.lone-surrogates'; count: number; at: TextPosition[] }
  /** No BOM or strict UTF-8 decided the encoding: it was chosen by what the text looks like. */
  | { code: 'decode.encoding-guessed'; encoding: EncodingName };

/** Refused: `replaced` of the `characters` read as `encoding` are U+FFFD, whatever the BOM said. */
export type DecodeProblem =
  | DecodeWarning
  | { code: 'decode.mostly-undecodable'; encoding: EncodingName; replaced: number; characters: number };

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
  /** A device, pipe, socket or anything else that is not a regular file, where a file was to be read. */
  | 'file.not-regular'
  /** Larger than the command reads (`detail` gives the size and the limit). */
  | 'file.too-large'
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
  | DecodeProblem
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
  'backup.too-large': true,
  'backup.corrupt': true,
  'file.not-found': true,
  'file.permission': true,
  'file.read-only': true,
  'file.disk-full': true,
  'file.quota': true,
  'file.name-too-long': true,
  'file.file-in-the-way': true,
  'file.folder-in-the-way': true,
  'file.not-regular': true,
  'file.too-large': true,
  'file.io': true,
  'decode.replacement-characters': true,
  'decode.lone-surrogates': true,
  'decode.encoding-guessed': true,
  'decode.mostly-undecodable': true,
  'span.out-of-range': true,
  'span.unsorted': true,
  'span.shared': true,
  'text.orphan': true,
  'text.duplicate': true,
  'article.order': true,
};

export const PROBLEM_CODES = Object.keys(ALL) as ProblemCode[];
