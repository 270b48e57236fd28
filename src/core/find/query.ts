// A corpus-wide search: plain text or a regular expression, as the archivist typed it.

import { compileSafe, escapeRegExp, type SafeRegex } from '../clean/regexEngine';
import type { PatternProblem } from '../problems';

export interface FindQuery {
  pattern: string;
  regex: boolean;
  caseSensitive: boolean;
}

export type CompiledQuery = { ok: true; re: SafeRegex } | { ok: false; error: PatternProblem };

/**
 * The regex a query searches with, or why it cannot be used (shown next to the search box).
 * It runs in RE2 (linear time) unless the pattern needs JavaScript's engine (a
 * backreference, a lookahead): see clean/regexEngine.
 */
export function compileQuery(query: FindQuery): CompiledQuery {
  if (query.pattern === '') return { ok: false, error: { code: 'pattern.empty' } };
  const source = query.regex ? query.pattern : escapeRegExp(query.pattern);
  let re: SafeRegex;
  try {
    re = compileSafe(source, !query.caseSensitive);
  } catch (e) {
    return { ok: false, error: { code: 'pattern.invalid', detail: (e as Error).message } };
  }
  // An empty match would be a hit at every position: refuse it rather than flood the list.
  if (new RegExp(source, re.flags).test('')) return { ok: false, error: { code: 'pattern.matches-empty' } };
  return { ok: true, re };
}

/**
 * The replacement text for one match, as String.prototype.replace would build it:
 * `$&`, `$1`…`$99`, `$<name>`, `` $` ``, `$'` and `$$`. Plain queries insert `replacement` literally.
 */
export function expandReplacement(replacement: string, match: RegExpExecArray, regex: boolean): string {
  if (!regex || replacement.indexOf('$') === -1) return replacement;
  const input = match.input;
  const end = match.index + match[0].length;
  return replacement.replace(
    /\$(\$|&|`|'|<([^>]*)>|(\d{1,2}))/g,
    (all, what: string, name?: string, digits?: string) => {
      if (what === '$') return '$';
      if (what === '&') return match[0];
      if (what === '`') return input.slice(0, match.index);
      if (what === "'") return input.slice(end);
      if (name !== undefined) return match.groups?.[name] ?? '';
      if (digits !== undefined) {
        // `$12` means group 12 when it exists, else group 1 followed by "2".
        const two = Number(digits);
        if (two > 0 && two < match.length) return match[two] ?? '';
        const one = Number(digits[0]);
        if (digits.length === 2 && one > 0 && one < match.length) return (match[one] ?? '') + digits[1];
      }
      return all;
    },
  );
}
