// Where the command line runs a rule RE2 cannot (a backreference, a lookahead): in a worker
// thread it can stop. JavaScript's engine cannot be interrupted from inside, so a rule that
// runs past its budget is stopped by terminating its worker; the next rule gets a new one.

import { Worker } from 'node:worker_threads';
import type { BacktrackingRunner } from '../core/clean/rules';

// The worker's whole program: one String.prototype.replace per message. Kept as source
// text (an `eval` worker) so the one-file CLI bundle needs no second entry.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  try {
    const re = new RegExp(job.source, job.flags);
    const text = job.literal ? job.text.replace(re, () => job.replace) : job.text.replace(re, job.replace);
    parentPort.postMessage({ id: job.id, text });
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: String(e) });
  }
});
`;

interface Reply {
  id: number;
  text?: string;
  error?: string;
}

/** A runner for applyRulesGuarded: one worker, reused until a rule has to be stopped. `close` ends it. */
export function workerRunner(): { run: BacktrackingRunner; close: () => Promise<void> } {
  let current: { worker: Worker; online: Promise<void> } | undefined;
  let next = 0;
  const start = () => {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    // The budget is the rule's: it starts once the worker runs, not while Node starts it.
    const online = new Promise<void>((resolve) => worker.once('online', () => resolve()));
    return { worker, online };
  };
  const run: BacktrackingRunner = async (text, rule, budgetMs) => {
    const mine = (current ??= start());
    await mine.online;
    const w = mine.worker;
    return new Promise((resolve, reject) => {
      const id = ++next;
      const done = () => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
      };
      const forget = () => {
        if (current === mine) current = undefined;
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        done();
        if (reply.error !== undefined) reject(new Error(reply.error));
        else resolve(reply.text);
      };
      const onError = (e: Error) => {
        done();
        forget();
        reject(e);
      };
      const timer = setTimeout(() => {
        done();
        forget();
        void w.terminate();
        resolve(undefined);
      }, budgetMs);
      w.on('message', onMessage);
      w.on('error', onError);
      const source = rule.regex ? rule.find : rule.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      w.postMessage({
        id,
        text,
        source,
        flags: rule.caseSensitive ? 'gu' : 'giu',
        replace: rule.replace,
        literal: !rule.regex,
      });
    });
  };
  const close = async () => {
    const mine = current;
    current = undefined;
    if (mine) await mine.worker.terminate();
  };
  return { run, close };
}
