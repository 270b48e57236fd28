// @vitest-environment happy-dom
// The import summary counts pages kept with warnings, and the list under it words each
// one (a guessed encoding, replacement characters at line:column) in English and 简体中文,
// and a refusal's detail (how much could not be read).
import i18next from 'i18next';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../src/renderer/src/i18n';
import type { ImportReport } from '../../../src/renderer/src/import/types';
import { deskCommands } from '../../../src/renderer/src/common/commands';
import { ImportErrors, ImportProgressBar, ImportSummary } from '../../../src/renderer/src/ui/ImportStatus';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(async () => {
  await initI18n('en');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const at = (line: number, column: number) => ({ offset: 0, line, column });
const report: ImportReport = {
  total: 3,
  done: 3,
  imported: 2,
  duplicates: 0,
  changed: 0,
  sameTextCount: 0,
  sameText: [],
  changedPages: [],
  failed: 1,
  failures: [
    {
      name: 'noise.txt',
      relativePath: 'noise.txt',
      reason: 'undecodable',
      problem: { code: 'decode.mostly-undecodable', encoding: 'utf-8', replaced: 900, characters: 1000 },
    },
  ],
  warnings: [
    {
      name: 'big5.txt',
      relativePath: 'a/big5.txt',
      warnings: [{ code: 'decode.encoding-guessed', encoding: 'big5' }],
    },
    {
      name: 'damaged.txt',
      relativePath: 'a/damaged.txt',
      warnings: [
        {
          code: 'decode.replacement-characters',
          count: 7,
          at: [at(1, 1), at(2, 5), at(3, 1), at(3, 2), at(9, 12)],
        },
        { code: 'decode.lone-surrogates', count: 1, at: [at(4, 2)] },
      ],
    },
  ],
  cancelled: false,
  pageIds: ['p1', 'p2'],
  startedAt: 0,
  elapsedMs: 1,
  storeMs: 1,
};

describe('import status', () => {
  it('counts and lists pages imported with warnings, and words a refusal in detail', () => {
    act(() =>
      root.render(
        <>
          <ImportSummary report={report} />
          <ImportErrors report={report} onDismiss={() => {}} />
        </>,
      ),
    );
    const text = container.textContent ?? '';
    expect(text).toContain('Imported 2 of 3 · 1 refused · 2 with warnings');
    expect(text).toContain('900 of its 1000 characters cannot be read as UTF-8');
    expect(text).toContain('2 pages imported with warnings');
    const items = [...container.querySelectorAll('.import-warnings li')].map((li) => li.textContent);
    expect(items).toEqual([
      'a/big5.txtencoding guessed as Big5; if the text looks wrong, re-open the page in another encoding',
      'a/damaged.txt7 replacement characters (�) where bytes are not valid in the encoding, at line:column 1:1, 2:5, 3:1, 3:2, 9:12 and 2 more; 1 lone surrogate (half a UTF-16 pair, shown as �) at line:column 4:2',
    ]);
  });

  it('speaks 简体中文 too', async () => {
    await act(() => i18next.changeLanguage('zh'));
    act(() => root.render(<ImportErrors report={report} onDismiss={() => {}} />));
    const text = container.textContent ?? '';
    expect(text).toContain('2 个版面导入时有警告');
    expect(text).toContain('编码推测为 Big5');
    expect(text).toContain(
      '7 个替换字符（�）：字节在该编码中无效，位于（行:列）1:1, 2:5, 3:1, 3:2, 9:12 等，另有 2 处',
    );
    await act(() => i18next.changeLanguage('en'));
  });
});

describe('an import under way', () => {
  it('can be stopped from the palette while its bar is shown, and no longer once it is gone', () => {
    let stopped = 0;
    act(() =>
      root.render(
        <ImportProgressBar
          progress={{
            total: 10,
            done: 3,
            imported: 3,
            duplicates: 0,
            changed: 0,
            sameTextCount: 0,
            failed: 0,
          }}
          onCancel={() => stopped++}
        />,
      ),
    );
    const stop = deskCommands().find((c) => c.id === 'import-cancel');
    expect(stop && i18next.t(stop.label)).toBe('Stop the import');
    act(() => stop!.run());
    expect(stopped).toBe(1);
    act(() => root.render(<p />));
    expect(deskCommands().some((c) => c.id === 'import-cancel')).toBe(false);
  });
});
