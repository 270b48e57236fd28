// The pane layout the archivist left, kept in the settings table. Dragging a splitter
// changes it many times a second: the screen follows each change, the table only the last.

import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { GalleyDb } from '../db/db';
import { SETTING, writeSetting, type PaneLayout } from '../db/settings';
import { DEFAULT_PANES, resizePane, togglePane, type PaneId } from './panes';

export interface Panes {
  layout: PaneLayout;
  resize: (pane: 'list' | 'articles', width: number) => void;
  toggle: (pane: PaneId) => void;
}

export const PanesContext = createContext<Panes>({
  layout: DEFAULT_PANES,
  resize: () => {},
  toggle: () => {},
});

export const usePanesContext = () => useContext(PanesContext);

const SAVE_AFTER_MS = 300;

export function usePanes(db: GalleyDb, initial: PaneLayout | null): Panes {
  const [layout, setLayout] = useState(initial ?? DEFAULT_PANES);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void writeSetting(db, SETTING.panes, layout), SAVE_AFTER_MS);
  }, [db, layout]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const resize = useCallback(
    (pane: 'list' | 'articles', width: number) => setLayout((l) => resizePane(l, pane, width)),
    [],
  );
  const toggle = useCallback((pane: PaneId) => setLayout((l) => togglePane(l, pane)), []);
  return { layout, resize, toggle };
}
