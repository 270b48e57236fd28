// The core reports rule and pattern problems in English words (the CLI prints them as
// they are); the app shows them in the archivist's language. Unknown messages pass through.

import type { TFunction } from 'i18next';

const EXACT: Record<string, string> = {
  'nothing to find': 'rules.problem.nothingToFind',
  'the pattern matches empty text': 'rules.problem.matchesEmpty',
  'a rule needs a name': 'rules.problem.needsName',
  'a rule needs something to find': 'rules.problem.needsFind',
  'not UTF-8 text': 'rules.problem.notUtf8',
};

export function problemText(t: TFunction, message: string): string {
  const exact = EXACT[message];
  if (exact) return t(exact);
  let m = /^rule (\d+) “(.*)”: (.*)$/su.exec(message);
  if (m) return t('rules.problem.ruleNamed', { n: m[1], name: m[2], problem: problemText(t, m[3]) });
  m = /^rule (\d+)(?: \(([^)]*)\))?: (.*)$/su.exec(message);
  if (m) return t('rules.problem.ruleN', { n: m[1], field: m[2] ?? '', problem: problemText(t, m[3]) });
  m = /^invalid regular expression: (.*)$/su.exec(message);
  if (m) return t('rules.problem.invalidRegex', { reason: m[1] });
  m = /^not valid JSON: (.*)$/su.exec(message);
  if (m) return t('rules.problem.notJson', { reason: m[1] });
  if (message.startsWith('not a Galley rule set')) return t('rules.problem.notRuleSet');
  if (message.startsWith('unsupported rule set version')) return t('rules.problem.version');
  return message;
}
