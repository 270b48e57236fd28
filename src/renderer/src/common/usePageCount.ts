// The number of pages in the project, counted again when pages are written. While an import
// writes, the count waits for it to end: the top bar shows the import's progress instead,
// and a live count ran again after each chunk, a walk over every kept page in IndexedDB
// (100 walks over up to 10,000 pages for a 10,000-page import). An empty project counts at
// once, so the first-run screen gives way to the first pages.

import { Dexie, type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import type { GalleyDb } from '../db/db';
import { afterImports } from '../db/importLock';

export function usePageCount(db: GalleyDb): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const pages = `idb://${db.name}/pages/`;
    let live = true;
    let known: number | null = null;
    let queued = false;
    const recount = async () => {
      queued = false;
      const n = await db.pages.count();
      if (!live) return;
      known = n;
      setCount(n);
    };
    const onChange = (parts: ObservabilitySet) => {
      if (queued || !Object.keys(parts).some((part) => part.startsWith(pages))) return;
      queued = true;
      void (known === 0 ? recount() : afterImports().then(recount));
    };
    Dexie.on('storagemutated', onChange);
    void recount();
    return () => {
      live = false;
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
  }, [db]);
  return count;
}
