// The raw view's context menu over a selection: where to show the assign actions.

import { useCallback, useEffect, useState } from 'react';
import type { RawViewControl } from '../rawview/control';

export function useRawContextMenu(
  control: RawViewControl | null,
): [{ x: number; y: number } | null, () => void] {
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  useEffect(() => control?.on('contextMenu', setMenu), [control]);
  const close = useCallback(() => setMenu(null), []);
  return [menu, close];
}
