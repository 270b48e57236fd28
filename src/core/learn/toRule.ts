// A learned correction kept as a cleanup rule: a plain find and replace of the raw
// context, which the rule set file carries to a colleague and `galley clean --rules`
// applies. A rule has no word check (match.ts), so it is the archivist's choice to make one.

import type { UserRule } from '../clean/rules';
import type { Correction } from './types';

export function toRule(c: Correction, id: string): UserRule {
  return {
    id,
    name: `${c.from} → ${c.to}`,
    find: c.from,
    replace: c.to,
    regex: false,
    caseSensitive: true,
    enabled: true,
  };
}
