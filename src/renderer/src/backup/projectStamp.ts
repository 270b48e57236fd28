// A stamp of the project's records, so a restore can tell whether anything changed since its
// plan was shown: unchanged, the plan the archivist looked at is written as it is, instead of
// planning a large backup a second time; changed (an edit meanwhile), it is planned again.

import type { ProjectData } from '../../../core/backup';
import { isDeskState } from '../../../core/backup/merge';

/** Two FNV-1a hashes over every record's JSON (a text by its page and length: raw text never changes; no desk state). */
export function projectStamp(data: ProjectData): string {
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
  };
  for (const t of data.texts) mix(`${t.pageId}:${t.raw.length}`);
  for (const table of ['pages', 'articles', 'revisions', 'rules'] as const) {
    mix(table);
    for (const record of data[table]) mix(JSON.stringify(record));
  }
  // The desk's own state (open page, panes) is no part of a plan: moving about the desk
  // while the plan is shown must not make a restore read the whole file again to plan.
  mix('settings');
  for (const s of data.settings) if (!isDeskState(s.key)) mix(JSON.stringify(s));
  return `${(a >>> 0).toString(16)}.${(b >>> 0).toString(16)}`;
}
