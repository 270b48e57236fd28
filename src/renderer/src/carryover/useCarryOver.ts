// What the carry-over dialog is doing: offering the changed versions whose previous
// version holds work, carrying them over, then showing what came through (and undoing it
// on request). Nothing happens to any page until the archivist says so.

import { useCallback, useEffect, useState } from 'react';
import type { GalleyDb } from '../db/db';
import {
  carryOverCandidates,
  carryOverPages,
  type CarriedPage,
  type CarryOverOffer,
} from '../import/carryOverPages';

export type CarryPhase =
  | { kind: 'idle' }
  | { kind: 'offer'; offers: CarryOverOffer[]; failed?: string }
  | { kind: 'working'; offers: CarryOverOffer[] }
  | { kind: 'done'; offers: CarryOverOffer[]; pages: CarriedPage[]; undo: () => Promise<void> }
  | { kind: 'undone'; offers: CarryOverOffer[] }
  | { kind: 'closed' };

export function useCarryOver(db: GalleyDb, changed: readonly { pageId: string; previousId: string }[]) {
  const [phase, setPhase] = useState<CarryPhase>({ kind: 'idle' });

  useEffect(() => {
    if (changed.length === 0) return;
    let live = true;
    carryOverCandidates(db, changed).then(
      (offers) => {
        if (live && offers.length > 0) setPhase({ kind: 'offer', offers });
      },
      (e: unknown) => console.error('Reading the changed pages failed', e),
    );
    return () => {
      live = false;
    };
  }, [db, changed]);

  const carry = useCallback(
    async (offers: CarryOverOffer[], picked: readonly string[]) => {
      setPhase({ kind: 'working', offers });
      try {
        const chosen = offers.filter((o) => picked.includes(o.pageId));
        const { pages, undo } = await carryOverPages(db, chosen);
        setPhase({ kind: 'done', offers, pages, undo });
      } catch (e) {
        console.error('Carrying the work over failed', e);
        setPhase({
          kind: 'offer',
          offers,
          failed: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
        });
      }
    },
    [db],
  );

  const undo = useCallback(async (done: Extract<CarryPhase, { kind: 'done' }>) => {
    setPhase({ kind: 'working', offers: done.offers });
    try {
      await done.undo();
      setPhase({ kind: 'undone', offers: done.offers });
    } catch (e) {
      // The pages' own Undo still takes the step back; the results stay on screen.
      console.error('Undoing the carry-over failed', e);
      setPhase(done);
    }
  }, []);

  const close = useCallback(() => setPhase({ kind: 'closed' }), []);
  return { phase, carry, undo, close };
}
