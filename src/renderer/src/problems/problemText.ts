// The core's problem codes in the archivist's language: one key per code (the Record makes
// the compiler ask for a key when a code is added), the code's data as the interpolation.

import type { TFunction } from 'i18next';
import type { Problem, ProblemCode, RuleLocation } from '../../../core/problems';
import { decodeProblemText, isDecodeProblem } from './decodeProblemText';
import { isPageProblem, pageProblemText } from './pageProblemText';
import type { Key } from '../i18n/keys';

export const PROBLEM_KEY = {
  'pattern.empty': 'problem.pattern.empty',
  'pattern.matches-empty': 'problem.pattern.matchesEmpty',
  'pattern.invalid': 'problem.pattern.invalid',
  'pattern.exponential': 'problem.pattern.exponential',
  'rule.timed-out': 'problem.rule.timedOut',
  'ruleset.not-json': 'problem.ruleset.notJson',
  'ruleset.not-utf8': 'problem.ruleset.notUtf8',
  'ruleset.wrong-format': 'problem.ruleset.wrongFormat',
  'ruleset.wrong-version': 'problem.ruleset.wrongVersion',
  'ruleset.invalid': 'problem.ruleset.invalid',
  'rule.needs-name': 'problem.rule.needsName',
  'rule.needs-find': 'problem.rule.needsFind',
  'rule.invalid-field': 'problem.rule.invalidField',
  'backup.bad-compression': 'problem.backup.badCompression',
  'backup.not-utf8': 'problem.backup.notUtf8',
  'backup.not-text': 'problem.backup.notText',
  'backup.truncated': 'problem.backup.truncated',
  'backup.not-backup': 'problem.backup.notBackup',
  'backup.newer-version': 'problem.backup.newerVersion',
  'backup.schema': 'problem.backup.schema',
  'backup.bytes-not-base64': 'problem.backup.bytesNotBase64',
  'backup.duplicate': 'problem.backup.duplicate',
  'backup.text-of-unknown-page': 'problem.backup.textOfUnknownPage',
  'backup.two-texts': 'problem.backup.twoTexts',
  'backup.no-text': 'problem.backup.noText',
  'backup.article-on-unknown-page': 'problem.backup.articleOnUnknownPage',
  'backup.span-outside': 'problem.backup.spanOutside',
  'backup.too-large': 'problem.backup.tooLarge',
  'backup.corrupt': 'problem.backup.corrupt',
  'file.not-found': 'problem.file.notFound',
  'file.permission': 'problem.file.permission',
  'file.read-only': 'problem.file.readOnly',
  'file.disk-full': 'problem.file.diskFull',
  'file.quota': 'problem.file.quota',
  'file.name-too-long': 'problem.file.nameTooLong',
  'file.file-in-the-way': 'problem.file.fileInTheWay',
  'file.folder-in-the-way': 'problem.file.folderInTheWay',
  'file.not-regular': 'problem.file.notRegular',
  'file.too-large': 'problem.file.tooLarge',
  'file.io': 'problem.file.io',
  'decode.replacement-characters': 'problem.decode.replacementCharacters',
  'decode.lone-surrogates': 'problem.decode.loneSurrogates',
  'decode.encoding-guessed': 'problem.decode.encodingGuessed',
  'decode.mostly-undecodable': 'problem.decode.mostlyUndecodable',
  'span.out-of-range': 'problem.page.outOfRange',
  'span.unsorted': 'problem.page.unsorted',
  'span.shared': 'problem.page.shared',
  'text.orphan': 'problem.page.orphan',
  'text.duplicate': 'problem.page.duplicate',
  'article.order': 'problem.page.order',
} as const satisfies Record<ProblemCode, Key>;

/** A problem in the current language, prefixed with the rule it is about when it has one. */
export function problemText(t: TFunction, problem: Problem): string {
  if (isPageProblem(problem)) return pageProblemText(t, problem, { raw: '', articles: [] });
  if (isDecodeProblem(problem)) return decodeProblemText(t, problem);
  const { code, ...data } = problem;
  const text = t(PROBLEM_KEY[code], data);
  const at = problem as RuleLocation;
  if (at.rule === undefined) return text;
  if (at.name !== undefined)
    return t('problem.at.ruleNamed', { rule: at.rule, name: at.name, problem: text });
  if (at.field !== undefined)
    return t('problem.at.ruleField', { rule: at.rule, field: at.field, problem: text });
  return t('problem.at.rule', { rule: at.rule, problem: text });
}
