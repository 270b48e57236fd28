// Every action of the app in one place, for the command palette: each part of the window
// (the shell's tools, the article form, the review) registers what it can do right now,
// with the words it shows for it and its shortcut. The palette asks when it opens, so a
// command always acts on the current page, article and raw selection.

import { useEffect } from 'react';
import type { Key } from '../i18n/keys';
import { useLatest } from './useLatest';

export interface DeskCommand {
  /** Stable, for tests and for telling commands apart. */
  id: string;
  /** Its words (the palette searches them in every language). */
  label: Key;
  /** Values for the label's placeholders (which correction, how many places). */
  params?: Record<string, string | number>;
  /** Shown beside it; the same label the tooltips and the `?` overlay show. */
  shortcut?: string | undefined;
  /** False when it cannot run now (no article chosen, nothing to undo). */
  enabled?: boolean;
  run: () => void;
}

type Source = () => DeskCommand[];

const sources = new Set<{ current: Source }>();

/** What can be done now, in registration order (the shell's tools first). */
export function deskCommands(): DeskCommand[] {
  return [...sources].flatMap((s) => s.current());
}

/** Registers `source` while the component is mounted; it is read afresh each time. */
export function useDeskCommands(source: Source): void {
  const latest = useLatest(source);
  useEffect(() => {
    sources.add(latest);
    return () => void sources.delete(latest);
  }, [latest]);
}
