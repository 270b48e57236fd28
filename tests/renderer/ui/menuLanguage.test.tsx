// @vitest-environment happy-dom
// The native menu follows the app's language: the host hears the language the app starts
// in and every language chosen after.
import i18next from 'i18next';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Host } from '../../../src/renderer/src/host/Host';
import { initI18n } from '../../../src/renderer/src/i18n';
import { useMenuLanguage } from '../../../src/renderer/src/ui/useMenuLanguage';
import { mountPerTest } from '../support/mount';

const view = mountPerTest();

function Shell({ host }: { host: Host }) {
  useMenuLanguage(host);
  return null;
}

describe('the menu language', () => {
  it('tells the host the language the app starts in, then each one chosen', async () => {
    await initI18n('zh');
    const setMenuLanguage = vi.fn();
    const host = { kind: 'electron', setMenuLanguage } as unknown as Host;
    view.render(<Shell host={host} />);
    expect(setMenuLanguage.mock.calls).toEqual([['zh']]);
    await act(async () => void (await i18next.changeLanguage('en')));
    await act(async () => void (await i18next.changeLanguage('zh')));
    expect(setMenuLanguage.mock.calls).toEqual([['zh'], ['en'], ['zh']]);
  });
});
