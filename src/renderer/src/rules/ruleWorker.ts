// The app's side of the rule workers: the save-time check of a pattern (ruleCheck.worker.ts),
// and a runner for applyRulesGuarded that stops a backtracking rule after its budget by
// terminating its worker (rules.worker.ts; JavaScript's engine cannot be interrupted from inside).

import type { BacktrackingRunner, UserRule } from '../../../core/clean/rules';
import type { PatternSafetyProblem } from '../../../core/problems';
import type { CheckJob } from './ruleCheck.worker';
import type { RuleJob } from './rules.worker';

type Job = Omit<RuleJob, 'id'> | Omit<CheckJob, 'id'>;
interface Reply {
  id: number;
  text?: string;
  problem?: PatternSafetyProblem | null;
  error?: string;
}

interface Spawned {
  worker: Worker;
  /** Resolves when the worker has loaded and says so (its first message, id 0). */
  ready: Promise<void>;
}

// Each worker's URL written out in full: the bundler finds workers by this very expression.
const WORKERS = {
  rules: () => new Worker(new URL('./rules.worker.ts', import.meta.url), { type: 'module' }),
  check: () => new Worker(new URL('./ruleCheck.worker.ts', import.meta.url), { type: 'module' }),
};

function spawn(kind: keyof typeof WORKERS): Spawned {
  const worker = WORKERS[kind]();
  const ready = new Promise<void>((resolve) => {
    const onReady = (e: MessageEvent<Reply>) => {
      if (e.data.id !== 0) return;
      worker.removeEventListener('message', onReady);
      resolve();
    };
    worker.addEventListener('message', onReady);
  });
  return { worker, ready };
}

let next = 0;

/** Posts one job and waits `budgetMs` (if given) for its reply; undefined when it ran out and the worker was ended. */
function ask(worker: Worker, job: Job, budgetMs?: number, onStop?: () => void): Promise<Reply | undefined> {
  return new Promise((resolve, reject) => {
    const id = ++next;
    const done = () => {
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const onMessage = (e: MessageEvent<Reply>) => {
      if (e.data.id !== id) return;
      done();
      if (e.data.error !== undefined) reject(new Error(e.data.error));
      else resolve(e.data);
    };
    const onError = (e: ErrorEvent) => {
      done();
      onStop?.();
      reject(new Error(e.message));
    };
    const timer =
      budgetMs === undefined
        ? undefined
        : setTimeout(() => {
            done();
            worker.terminate();
            onStop?.();
            resolve(undefined);
          }, budgetMs);
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ ...job, id });
  });
}

let checker: Spawned | undefined;

/**
 * `pattern.exponential` when recheck proves the rule's pattern exponential (refuse to save
 * it), else undefined. Runs in the worker; where there are no workers (tests), in this thread.
 */
export async function checkPattern(
  rule: Pick<UserRule, 'find' | 'regex' | 'caseSensitive'>,
): Promise<PatternSafetyProblem | undefined> {
  if (!rule.regex) return undefined;
  if (typeof Worker === 'undefined') {
    const { exponentialProblem } = await import('../../../core/clean/ruleCheck');
    return exponentialProblem(rule);
  }
  checker ??= spawn('check');
  await checker.ready;
  const reply = await ask(checker.worker, {
    rule: { find: rule.find, regex: rule.regex, caseSensitive: rule.caseSensitive },
  });
  return reply?.problem ?? undefined;
}

/**
 * A runner for applyRulesGuarded and the cleanup's guarded rules (cleanup/guardedRules.ts):
 * one worker, replaced whenever a rule has to be stopped.
 */
export function browserRunner(): { run: BacktrackingRunner; warm: () => void; close: () => void } {
  let current: Spawned | undefined;
  const run: BacktrackingRunner = async (text, rule, budgetMs) => {
    const mine = (current ??= spawn('rules'));
    await mine.ready;
    const reply = await ask(
      mine.worker,
      {
        text,
        rule: {
          find: rule.find,
          replace: rule.replace,
          regex: rule.regex,
          caseSensitive: rule.caseSensitive,
        },
      },
      budgetMs,
      () => {
        if (current === mine) current = undefined;
      },
    );
    return reply?.text;
  };
  return {
    run,
    // Started ahead of the first rule, so its budget is not spent waiting for the worker.
    warm: () => {
      current ??= spawn('rules');
    },
    close: () => {
      current?.worker.terminate();
      current = undefined;
    },
  };
}

let shared: ReturnType<typeof browserRunner> | undefined;

/**
 * The app's runner for rules RE2 cannot run, its worker started ahead (at the first call,
 * and again whenever one had to be stopped), so that a rule's budget is spent running it.
 */
export function ruleRunner(): { run: BacktrackingRunner } {
  shared ??= browserRunner();
  shared.warm();
  const { run, warm } = shared;
  return {
    run: async (text, rule, budgetMs) => {
      const out = await run(text, rule, budgetMs);
      if (out === undefined) warm();
      return out;
    },
  };
}
