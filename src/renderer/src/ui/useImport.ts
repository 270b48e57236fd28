import { useCallback, useRef, useState } from 'react';
import type { GalleyDb } from '../db/db';
import type { SourceFile } from '../host/Host';
import { importFiles } from '../import/importFiles';
import type { ImportProgress, ImportReport } from '../import/types';
import { instruments } from '../instruments';
import { useLatest } from '../common/useLatest';

export interface ImportState {
  /** Counts of the import under way, or null when none runs. */
  progress: ImportProgress | null;
  /** The last finished import, until dismissed. */
  report: ImportReport | null;
}

/** Runs one import at a time, with progress painted at most once a frame. */
export function useImport(db: GalleyDb, onImported: (report: ImportReport) => void) {
  const [state, setState] = useState<ImportState>({ progress: null, report: null });
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
          if (latest) setState((s) => ({ ...s, progress: latest }));
        });
      };
      setState({
        progress: {
          total: files.length,
          done: 0,
          imported: 0,
          duplicates: 0,
          changed: 0,
          sameTextCount: 0,
          failed: 0,
        },
        report: null,
      });
      try {
        const report = await importFiles(db, files, { onProgress, signal: abort.signal });
        cancelAnimationFrame(frame);
        instruments.importDone?.(report);
        setState({ progress: null, report });
        onImportedRef.current(report);
      } finally {
        controller.current = null;
      }
    },
    [db, onImportedRef],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setState((s) => ({ ...s, report: null })), []);
  return { ...state, start, cancel, dismiss };
}
