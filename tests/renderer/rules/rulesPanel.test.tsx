// @vitest-environment happy-dom
// The rule editor refuses to save a pattern the checker proves exponential: the row says why
// in the UI's language, the stored rule keeps its last safe pattern, and a safe pattern typed
// after it is saved. (Here there are no Web Workers, so the check runs in this thread.)
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import type { Host } from '../../../src/renderer/src/host/Host';
import { initI18n } from '../../../src/renderer/src/i18n';
import { RulesPanel } from '../../../src/renderer/src/rules/RulesPanel';
import { addRule, listRules } from '../../../src/renderer/src/rules/ruleStore';
import { mountPerTest } from '../support/mount';

let db: GalleyDb;

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  db = createDb(`galley-rules-panel-${crypto.randomUUID()}`);
});
afterEach(() => {
  db.close();
});
const view = mountPerTest();

/** Types `value` into a controlled input as a user would (React listens for `input`). */
function type(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 800; i++) {
    if (await check()) return;
    await act(() => new Promise((r) => setTimeout(r, 25)));
  }
  throw new Error('timed out');
}

describe('the rule editor', () => {
  it('does not save (a+)+$, says why, and saves the safe pattern typed next', async () => {
    await addRule(db, { name: 'runs of a', find: 'a+', replace: 'A', regex: true });
    view.render(<RulesPanel db={db} host={{} as Host} />);
    await until(() => view.container.querySelector('.rule-row') !== null);
    const find = () => view.container.querySelector<HTMLInputElement>('.rule-field input')!;

    await act(async () => type(find(), '(a+)+$'));
    await until(() => view.container.querySelector('.rule-error') !== null);
    expect(view.container.querySelector('.rule-error')!.textContent).toMatch(/exponential time.*not saved/);
    expect((await listRules(db))[0].find).toBe('a+');

    await act(async () => type(find(), '(ab)+$'));
    await until(async () => (await listRules(db))[0].find === '(ab)+$');
    expect(view.container.querySelector('.rule-error')).toBeNull();
    // recheck (~3 MB) is loaded and run in this thread: seconds on a busy machine.
  }, 30_000);
});
