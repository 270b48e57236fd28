// The app's rule worker: runs one rule JavaScript's engine must run (one RE2 cannot), off the
// page's thread, under a budget the caller enforces by terminating this worker. It loads the
// rule engine only: the save-time check (recheck, about 3 MB) has its own worker
// (ruleCheck.worker.ts), so a worker that runs rules is ready at once.

import { applyRule, type UserRule } from '../../../core/clean/rules';

export interface RuleJob {
  id: number;
  text: string;
  rule: Pick<UserRule, 'find' | 'replace' | 'regex' | 'caseSensitive'>;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<RuleJob>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  const job = e.data;
  try {
    scope.postMessage({ id: job.id, text: applyRule(job.text, job.rule) });
  } catch (error) {
    scope.postMessage({ id: job.id, error: String(error) });
  }
};

// Ready: the caller's time budget starts now, not while the browser loads this file.
scope.postMessage({ id: 0 });
