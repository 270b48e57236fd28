// Every dialog of the app is the shared Modal (common/Modal.tsx), so each one traps the keys,
// closes on Escape and gives the focus back to its opener (tests/renderer/common/modal.test.tsx,
// tests/e2e/modal.e2e.ts): no component draws a <dialog> or a role="dialog" of its own.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '../../../src/renderer/src');

function sources(): { file: string; text: string }[] {
  return readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => ({ file: f.split(path.sep).join('/'), text: readFileSync(path.join(ROOT, f), 'utf8') }));
}

describe('dialogs', () => {
  it('are all the shared Modal: no other <dialog> or dialog role', () => {
    const own = sources().filter(
      ({ file, text }) => file !== 'common/Modal.tsx' && /<dialog\b|role=["'](alert)?dialog["']/.test(text),
    );
    expect(own.map((s) => s.file)).toEqual([]);
  });

  it('are the ones the keyboard checks know of', () => {
    const modals = sources()
      .filter(({ text }) => /<Modal\b/.test(text))
      .map((s) => s.file)
      .sort();
    // A new dialog lands here: check it closes on Escape in tests/e2e/modal.e2e.ts too.
    expect(modals).toEqual([
      'articles/ChoiceDialog.tsx',
      'articles/MoveDialog.tsx',
      'articles/ShortcutHelp.tsx',
      'backup/BackupDialog.tsx',
      'carryover/CarryOverDialog.tsx',
      'export/ExportDialog.tsx',
      'palette/CommandPalette.tsx',
      'sync/TeamDialog.tsx',
    ]);
  });
});
