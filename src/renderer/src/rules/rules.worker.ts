// The app's rule worker: runs what must not run on the page's thread. `apply` runs one rule
// (one JavaScript RE2 cannot run, under a budget the caller enforces by terminating this
// worker); `check` asks recheck whether a pattern is exponential (about 3 MB of code, so it
// is loaded here, not in the page's bundle).

import { applyRule, type UserRule } from '../../../core/clean/rules';
import { exponentialProblem } from '../../../core/clean/ruleCheck';

export type RuleJob =
  | {
      id: number;
      kind: 'apply';
      text: string;
      rule: Pick<UserRule, 'find' | 'replace' | 'regex' | 'caseSensitive'>;
    }
  | { id: number; kind: 'check'; rule: Pick<UserRule, 'find' | 'regex' | 'caseSensitive'> };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<RuleJob>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  const job = e.data;
  try {
    if (job.kind === 'apply') scope.postMessage({ id: job.id, text: applyRule(job.text, job.rule) });
    else scope.postMessage({ id: job.id, problem: exponentialProblem(job.rule) ?? null });
  } catch (error) {
    scope.postMessage({ id: job.id, error: String(error) });
  }
};

// Ready: the caller's time budget starts now, not while the browser loads this file.
scope.postMessage({ id: 0 });
