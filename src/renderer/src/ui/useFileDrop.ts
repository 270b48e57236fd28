import { useEffect, useState } from 'react';
import type { Host, SourceFile } from '../host/Host';
import { useLatest } from '../common/useLatest';

/** Accepts files and folders dropped anywhere on the window; true while something is dragged over it. */
export function useFileDrop(host: Host, onFiles: (files: SourceFile[]) => void): boolean {
  const [over, setOver] = useState(false);
  const onFilesRef = useLatest(onFiles);

  useEffect(() => {
    let depth = 0;
    const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setOver(false);
      if (!e.dataTransfer || !carriesFiles(e)) return;
      e.preventDefault();
      // Read now: the browser empties the DataTransfer once the event returns.
      void host.filesFromDrop(e.dataTransfer).then((files) => onFilesRef.current(files));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, [host, onFilesRef]);
  return over;
}
