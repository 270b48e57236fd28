// The app's side of the rule worker (rules.worker.ts): the save-time check of a pattern, and
// a runner for applyRulesGuarded that stops a backtracking rule after its budget by
// terminating the worker (JavaScript's engine cannot be interrupted from inside).

import type { BacktrackingRunner, UserRule } from '../../../core/clean/rules';
import type { PatternSafetyProblem } from '../../../core/problems';
import type { RuleJob } from './rules.worker';

type Job = RuleJob extends infer J ? (J extends RuleJob ? Omit<J, 'id'> : never) : never;
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

function spawn(): Spawned {
  const worker = new Worker(new URL('./rules.worker.ts', import.meta.url), { type: 'module' });
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
  checker ??= spawn();
  await checker.ready;
  const reply = await ask(checker.worker, {
    kind: 'check',
    rule: { find: rule.find, regex: rule.regex, caseSensitive: rule.caseSensitive },
  });
  return reply?.problem ?? undefined;
}

/**
 * A runner for applyRulesGuarded: one worker, replaced whenever a rule has to be stopped.
 * @public Not called yet: the renderer's cleanup is to run user rules through it (rules work).
 */
export function browserRunner(): { run: BacktrackingRunner; close: () => void } {
  let current: Spawned | undefined;
  const run: BacktrackingRunner = async (text, rule, budgetMs) => {
    const mine = (current ??= spawn());
    await mine.ready;
    const reply = await ask(
      mine.worker,
      {
        kind: 'apply',
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
    close: () => {
      current?.worker.terminate();
      current = undefined;
    },
  };
}
