// The CLI's English words for the core's problem codes: the one place the command line
// turns a code and its data into a sentence (the app does the same through i18n).

import { ENCODING_LABEL, type DecodedPage, type RejectReason } from '../core/decode';
import type { BackupError, BackupErrorKind } from '../core/backup';
import type { Owner } from '../core/article/state';
import type { Problem, RuleLocation, TextPosition } from '../core/problems';

type Of<C extends Problem['code']> = Extract<Problem, { code: C }>;
type Wording = { [C in Problem['code']]: (p: Of<C>) => string };

const WORDS: Wording = {
  'pattern.empty': () => 'nothing to find',
  'pattern.matches-empty': () => 'the pattern matches empty text',
  'pattern.invalid': (p) => `invalid regular expression: ${p.detail}`,
  'pattern.exponential': (p) =>
    `the pattern can take exponential time${p.attack !== undefined ? ` (for example on “${p.attack}”)` : ''}; rewrite it without nested repeats`,
  'rule.timed-out': (p) =>
    `stopped after ${p.budgetMs} ms (its pattern backtracks too long); the other rules were applied`,
  'ruleset.not-json': (p) => `not valid JSON: ${p.detail}`,
  'ruleset.not-utf8': () => 'not UTF-8 text',
  'ruleset.wrong-format': () => 'not a Galley rule set (expected "format": "galley-rules")',
  'ruleset.wrong-version': (p) => `unsupported rule set version (this Galley reads version ${p.version})`,
  'ruleset.invalid': (p) => p.detail,
  'rule.needs-name': () => 'a rule needs a name',
  'rule.needs-find': () => 'a rule needs something to find',
  'rule.invalid-field': (p) => p.detail,
  'backup.bad-compression': (p) => `the compressed data is damaged (${p.detail})`,
  'backup.not-utf8': () => 'the content is not UTF-8 text',
  'backup.not-text': () => 'not a text file',
  'backup.truncated': (p) => `the file is cut short or damaged (${p.detail})`,
  'backup.not-backup': () => 'not a Galley backup',
  'backup.newer-version': (p) =>
    `written by a newer Galley (backup version ${p.version}, this one reads ${p.reads})`,
  'backup.schema': (p) => `${p.path || 'backup'}: ${p.detail}`,
  'backup.bytes-not-base64': (p) => `texts: the original bytes of page ${p.page} are not Base64`,
  'backup.duplicate': (p) => `${p.table}: ${p.id} appears twice`,
  'backup.text-of-unknown-page': (p) => `texts: text of unknown page ${p.page}`,
  'backup.two-texts': (p) => `texts: page ${p.page} has two texts`,
  'backup.no-text': (p) => `texts: page ${p.page} has no raw text`,
  'backup.article-on-unknown-page': (p) => `articles: article ${p.article} is on unknown page ${p.page}`,
  'backup.span-outside': (p) => `articles: article ${p.article} has a span outside its page's text`,
  'backup.too-large': (p) =>
    `it would unpack to more than ${Math.round(p.limit / 1024 / 1024)} MiB (damaged, a compression bomb, or too large to restore)`,
  'backup.corrupt': (p) =>
    p.check === 'sha256'
      ? 'its content does not match the SHA-256 written with it'
      : `its content does not match the gzip ${p.check === 'crc32' ? 'CRC32 checksum' : 'length'} written with it`,
  'file.not-found': () => 'no such file',
  'file.permission': () => 'permission denied',
  'file.read-only': () => 'the disk is read-only',
  'file.disk-full': () => 'the disk is full',
  'file.quota': () => 'the disk quota is used up',
  'file.name-too-long': () => 'the file name is too long',
  'file.file-in-the-way': () => 'a file is in the way of a folder',
  'file.folder-in-the-way': () => 'a folder is in the way of a file',
  'file.not-regular': () => 'not a regular file (a device, pipe or socket)',
  'file.too-large': (p) => `too large${p.detail ? ` (${p.detail})` : ''}`,
  'file.io': (p) => p.detail ?? 'input/output error',
  'decode.replacement-characters': (p) =>
    `${p.count} replacement character${p.count === 1 ? '' : 's'} (U+FFFD, bytes not valid in its encoding) at ${positionsWords(p.count, p.at)}`,
  'decode.lone-surrogates': (p) =>
    `${p.count} lone surrogate${p.count === 1 ? '' : 's'} (half a UTF-16 pair, read as U+FFFD) at ${positionsWords(p.count, p.at)}`,
  'decode.encoding-guessed': (p) => `encoding guessed as ${ENCODING_LABEL[p.encoding]}`,
  'decode.mostly-undecodable': (p) =>
    `${p.replaced} of ${p.characters} characters cannot be read as ${ENCODING_LABEL[p.encoding]}`,
  'span.out-of-range': (p) =>
    `${ownerWords(p.owner)}: span ${p.span.start}–${p.span.end} lies outside the raw text (${p.length} characters)`,
  'span.unsorted': (p) => `${ownerWords(p.owner)}: spans not sorted or overlapping`,
  'span.shared': (p) =>
    `raw text ${spansWords(p.spans)} belongs to both ${ownerWords(p.owner)} and ${ownerWords(p.other)}`,
  'text.orphan': (p) =>
    `${ownerWords({ kind: 'field', articleId: p.articleId, field: p.field })}: its text repeats raw text ${spansWords([p.raw])} that nobody holds`,
  'text.duplicate': (p) =>
    `${ownerWords({ kind: 'field', articleId: p.articleId, field: p.field })}: its text repeats raw text ${spansWords([p.raw])} that ${ownerWords(p.other)} holds`,
  'article.order': (p) => `article ${p.articleId} is numbered ${p.order} in place ${p.index}`,
};

function ownerWords(owner: Owner): string {
  if (owner.kind === 'furniture') return 'the furniture';
  const f = owner.field;
  return `article ${owner.articleId} ${f.kind}${'index' in f ? ` ${f.index + 1}` : ''}`;
}

/** Line:column of the first positions, and how many more there are. */
function positionsWords(count: number, at: readonly TextPosition[]): string {
  const list = at.map((p) => `${p.line}:${p.column}`).join(', ');
  return count > at.length ? `${list} and ${count - at.length} more` : list;
}

function spansWords(spans: readonly { start: number; end: number }[]): string {
  return spans.map((s) => `${s.start}–${s.end}`).join(', ');
}

/** A problem in English, prefixed with the rule it is about when it has one. */
export function problemMessage(problem: Problem): string {
  const word = WORDS[problem.code] as (p: Problem) => string;
  const text = word(problem);
  const at = problem as RuleLocation;
  if (at.rule === undefined) return text;
  if (at.name !== undefined) return `rule ${at.rule} “${at.name}”: ${text}`;
  return `rule ${at.rule}${at.field !== undefined ? ` (${at.field})` : ''}: ${text}`;
}

/**
 * One line for standard error about a page that was read with warnings (a guessed
 * encoding, replacement characters at line:column), or null when there were none.
 */
export function decodeWarningLine(command: string, file: string, page: DecodedPage): string | null {
  if (!page.warnings?.length) return null;
  return `galley ${command}: ${file}: warning: ${page.warnings.map(problemMessage).join('; ')}\n`;
}

export const REJECT_WORDS: Record<RejectReason, string> = {
  binary: 'not a text file',
  'too-large': 'too large for a newspaper page',
  unreadable: 'cannot be read',
  undecodable: 'not in an encoding Galley reads',
};

const BACKUP_KIND: Record<BackupErrorKind, string> = {
  foreign: 'not a Galley backup',
  corrupt: 'the backup is damaged',
  'newer-version': 'the backup is from a newer Galley',
  invalid: 'the backup is incomplete',
};

/** A refused backup: what kind of refusal, then exactly what is wrong. */
export function backupMessage(error: BackupError): string {
  return `${BACKUP_KIND[error.kind]} (${problemMessage(error)})`;
}
