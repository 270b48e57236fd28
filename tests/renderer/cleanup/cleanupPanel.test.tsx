// @vitest-environment happy-dom
// The cleanup panel draws the archivist's own switches, never the defaults first: a switch
// turned off that shows on while its setting loads, then flips, gets clicked into the wrong
// state (a preview then finds nothing to change).
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CleanupPanel } from '../../../src/renderer/src/cleanup/CleanupPanel';
import { setEnabled } from '../../../src/renderer/src/cleanup/transformSettings';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { initI18n } from '../../../src/renderer/src/i18n';
import { mountPerTest } from '../support/mount';

// The panel starts the rules' worker as it opens; no rule runs in these tests.
vi.mock('../../../src/renderer/src/rules/ruleWorker', () => ({ ruleRunner: () => ({ run: vi.fn() }) }));

let db: GalleyDb;
beforeAll(async () => {
  await initI18n('en');
});
beforeEach(async () => {
  db = createDb(`galley-cleanup-panel-${crypto.randomUUID()}`);
  await setEnabled(db, 'cjk-punctuation', false);
});
afterEach(async () => {
  await db.delete();
});
const mounted = mountPerTest();

const punctuationSwitch = () =>
  [...mounted.container.querySelectorAll('label')]
    .find((l) => l.textContent?.includes('Full-width punctuation'))
    ?.querySelector('input');

describe('cleanup panel switches', () => {
  it('shows a transform turned off as off from its first drawing', async () => {
    mounted.render(<CleanupPanel db={db} pageId={null} />);
    // Drawn before the setting has loaded: no switch yet, rather than one at its default.
    expect(punctuationSwitch()?.checked).not.toBe(true);
    const preview = [...mounted.container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Preview',
    );
    expect(preview?.disabled).toBe(true);
    await vi.waitFor(() => expect(punctuationSwitch()).toBeDefined());
    expect(punctuationSwitch()!.checked).toBe(false);
    expect(preview?.disabled).toBe(false);
  });
});
