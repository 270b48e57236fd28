import { useCallback, useRef, useState } from 'react';
import type { GalleyDb } from '../db/db';
import type { SourceFile } from '../host/Host';
import { importFiles } from '../import/importFiles';
import { progressStore } from '../import/progressStore';
import { progressAtStart, type ImportProgress, type ImportReport } from '../import/types';
import { instruments } from '../instruments';
import { useLatest } from '../common/useLatest';

export interface ImportState {
  /** Counts at the start of the import under way, or null when none runs (live counts: `live`). */
  progress: ImportProgress | null;
  /** The last finished import, until dismissed. */
  report: ImportReport | null;
}

/** Runs one import at a time, with progress painted at most once a frame, by the progress bar alone. */
export function useImport(db: GalleyDb, onImported: (report: ImportReport) => void) {
  const [state, setState] = useState<ImportState>({ progress: null, report: null });
  const [live] = useState(progressStore);
  const controller = useRef<AbortController | null>(null);
  const onImportedRef = useLatest(onImported);

  const start = useCallback(
    async (files: SourceFile[]) => {
      if (files.length === 0 || controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      let frame = 0;
      let pending: ImportProgress | null = null;
      const onProgress = (progress: ImportProgress) => {
        pending = progress;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          const latest = pending;
          if (latest) live.set(latest);
        });
      };
      const first = progressAtStart(files.length);
      live.set(first);
      setState({ progress: first, report: null });
      try {
        const report = await importFiles(db, files, { onProgress, signal: abort.signal });
        cancelAnimationFrame(frame);
        instruments.importDone?.(report);
        live.set(null);
        setState({ progress: null, report });
        onImportedRef.current(report);
      } finally {
        controller.current = null;
      }
    },
    [db, onImportedRef, live],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setState((s) => ({ ...s, report: null })), []);
  return { ...state, live, start, cancel, dismiss };
}
