// @vitest-environment happy-dom
// An import's counts reach the progress bar as it goes, and draw nothing else: the desk
// that runs the import is drawn when it starts and when it ends, not once per file.
import 'fake-indexeddb/auto';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { initI18n } from '../../../src/renderer/src/i18n';
import type { SourceFile } from '../../../src/renderer/src/host/Host';
import { LiveImportProgress } from '../../../src/renderer/src/ui/ImportStatus';
import { useImport } from '../../../src/renderer/src/ui/useImport';
import { sourceOf } from '../sourceFiles';

// The import runs outside act, so React draws its updates as the window would, frame by frame.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

let db: GalleyDb;
let container: HTMLDivElement;
let root: Root;
beforeEach(async () => {
  await initI18n('en');
  db = createDb(`galley-use-import-${crypto.randomUUID()}`);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  root.unmount();
  container.remove();
  await db.delete();
});

it('shows the counts in the bar while the desk running the import is drawn only as it starts and ends', async () => {
  let desk = 0;
  let start: ((files: SourceFile[]) => Promise<void>) | undefined;
  const seen = new Set<string>();
  function Desk() {
    desk++;
    const imports = useImport(db, () => {});
    start = imports.start;
    return (
      <div>
        {imports.progress && <LiveImportProgress source={imports.live} onCancel={imports.cancel} />}
        {imports.report && <p className="done">{imports.report.imported}</p>}
      </div>
    );
  }
  root.render(<Desk />);
  await vi.waitFor(() => expect(desk).toBeGreaterThan(0));
  const drawnBefore = desk;
  // Each file is read a frame apart, so the bar has frames to show the counts in.
  const files = Array.from({ length: 40 }, (_, i) => {
    const file = sourceOf(`page-${i}.txt`, new TextEncoder().encode(`第${i}版 本报讯`));
    return {
      ...file,
      decode: async () => {
        await new Promise((r) => requestAnimationFrame(r));
        seen.add(container.querySelector('.import-progress-text')?.textContent ?? '');
        return file.decode();
      },
    };
  });
  await start!(files);
  await vi.waitFor(() => expect(container.querySelector('.done')?.textContent).toBe('40'));
  expect(container.querySelector('.import-progress')).toBeNull();
  // The bar followed the files as they were read…
  expect([...seen].filter((s) => /^Importing \d+ of 40$/.test(s)).length).toBeGreaterThan(1);
  // …while the desk was drawn for the start and the end alone.
  expect(desk - drawnBefore).toBeLessThanOrEqual(3);
});
