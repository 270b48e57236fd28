// Which rows of a table a Dexie change names (its `storagemutated` parts): the primary keys
// put or deleted, so a list of 10,000 pages reads only those again while an import adds a
// hundred at a time, instead of every row every time. A range (a clear, a deleteRange) or a
// change named only by an index means: read everything.

import { RangeSet, type ObservabilitySet } from 'dexie';

/** Keys of `table` changed, 'all' when they cannot be told, null when the table did not change. */
export function changedKeys(
  parts: ObservabilitySet,
  dbName: string,
  table: string,
): Set<string> | 'all' | null {
  const prefix = `idb://${dbName}/${table}/`;
  const touched = Object.keys(parts).filter((part) => part.startsWith(prefix));
  if (touched.length === 0) return null;
  const primary = parts[prefix];
  if (!primary) return 'all';
  const keys = new Set<string>();
  // A part that crossed from another window is a plain tree: RangeSet() gives it back its iterator.
  for (const node of RangeSet(primary) as Iterable<{ from: unknown; to: unknown }>) {
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    keys.add(node.from);
  }
  return keys;
}
