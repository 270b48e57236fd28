import { useCallback, useState } from 'react';
import type { GalleyDb } from '../db/db';
import { SETTING, writeSetting } from '../db/settings';
import { applyTheme, type ThemeChoice } from './theme';

/** The theme chosen in the top bar, applied to the window and kept for the next start. */
export function useTheme(db: GalleyDb, initial: ThemeChoice): [ThemeChoice, (theme: ThemeChoice) => void] {
  const [theme, setTheme] = useState(initial);
  const change = useCallback(
    (next: ThemeChoice) => {
      setTheme(next);
      applyTheme(next);
      void writeSetting(db, SETTING.theme, next);
    },
    [db],
  );
  return [theme, change];
}
