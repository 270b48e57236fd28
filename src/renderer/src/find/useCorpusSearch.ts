// A corpus search as it streams in: the hits found so far, how many pages are searched, and
// which hits are chosen for replacement. Choosing is kept as "all but" or "none but" a set
// of hits, so a search of 100,000 hits chooses them all without a 100,000-key set and the
// hits still coming in are chosen too.

import { useCallback, useRef, useState } from 'react';
import type { GalleyDb } from '../db/db';
import { searchCorpus } from './corpus';
import type { FindQuery, Hit } from './search';

interface Found {
  query: FindQuery;
  hits: Hit[];
  pageNames: Map<string, string>;
  pagesDone: number;
  pagesTotal: number;
  /** Still searching. */
  running: boolean;
  truncated: boolean;
  /** Stopped by the archivist before every page was searched. */
  cancelled: boolean;
}

interface Choice {
  all: boolean;
  /** The hits toggled against `all`. */
  except: Set<string>;
}

export function useCorpusSearch(db: GalleyDb) {
  const [found, setFound] = useState<Found | null>(null);
  const [choice, setChoice] = useState<Choice>({ all: true, except: new Set() });
  const abort = useRef<AbortController | null>(null);

  /** Searches every page; resolves with the whole result once done (null when cancelled). */
  const run = useCallback(
    async (query: FindQuery): Promise<Found | null> => {
      abort.current?.abort('superseded');
      const controller = new AbortController();
      abort.current = controller;
      let state: Found = {
        query,
        hits: [],
        pageNames: new Map(),
        pagesDone: 0,
        pagesTotal: 0,
        running: true,
        truncated: false,
        cancelled: false,
      };
      setFound(state);
      setChoice({ all: true, except: new Set() });
      const finished = await searchCorpus(
        db,
        query,
        (b) => {
          const pageNames =
            b.pageNames.length > 0 ? new Map([...state.pageNames, ...b.pageNames]) : state.pageNames;
          state = {
            ...state,
            hits: b.hits.length > 0 ? state.hits.concat(b.hits) : state.hits,
            pageNames,
            pagesDone: b.pagesDone,
            pagesTotal: b.pagesTotal,
            truncated: b.truncated,
          };
          setFound(state);
        },
        controller.signal,
      );
      if (abort.current === controller) abort.current = null;
      if (!finished) {
        // A newer search took over: it owns what is shown.
        if (controller.signal.reason === 'superseded') return null;
        setFound({ ...state, running: false, cancelled: true });
        return null;
      }
      state = { ...state, running: false };
      setFound(state);
      return state;
    },
    [db],
  );

  const cancel = useCallback(() => abort.current?.abort('cancelled'), []);

  const isChosen = useCallback((key: string) => choice.all !== choice.except.has(key), [choice]);
  const toggle = useCallback(
    (key: string) =>
      setChoice((c) => {
        const except = new Set(c.except);
        if (except.has(key)) except.delete(key);
        else except.add(key);
        return { all: c.all, except };
      }),
    [],
  );
  const chooseAll = useCallback((all: boolean) => setChoice({ all, except: new Set() }), []);
  // Only hits already found can be toggled, so `except` holds hits of this search only.
  const chosenCount = found ? (choice.all ? found.hits.length - choice.except.size : choice.except.size) : 0;
  return { found, run, cancel, isChosen, toggle, chooseAll, chosenCount };
}
