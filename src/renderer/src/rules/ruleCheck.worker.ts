// The save-time check of a rule's pattern, off the page's thread: recheck (about 3 MB of code,
// loaded here, not in the page's bundle) says whether the pattern is exponential.

import type { UserRule } from '../../../core/clean/rules';
import { exponentialProblem } from '../../../core/clean/ruleCheck';

export interface CheckJob {
  id: number;
  rule: Pick<UserRule, 'find' | 'regex' | 'caseSensitive'>;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CheckJob>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  const job = e.data;
  try {
    scope.postMessage({ id: job.id, problem: exponentialProblem(job.rule) ?? null });
  } catch (error) {
    scope.postMessage({ id: job.id, error: String(error) });
  }
};

scope.postMessage({ id: 0 });
