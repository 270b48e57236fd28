// Learning from the archivist's own edits. Every step of every page's history is heard
// (session/history.ts listenToHistory): a hand edit (label `edit`) of a field is compared
// with the field as it was before the first hand edit, and the corrections in between
// replace what that field taught before. Undoing or redoing the edit compares again, so
// an undone correction is forgotten. Other steps (cleanup, accepted proposals, find and
// replace) teach nothing: a field they change starts afresh from there. Each such start
// (and each window) is a source of its own, so what a field taught before is kept.
// Typing tells of every keystroke: each source's latest text waits until typing has paused
// for LEARN_DELAY_MS and then for the window's next idle moment, and is learned once (one
// transaction, one re-read of the proposals), not every few keys: what a source learned is
// replaced as a whole by its next text, so learning in mid-burst was work thrown away, and
// its transaction and the proposals' re-read fell between keystrokes.

import type { PageArticles } from '../../../core/article';
import { extractCorrections } from '../../../core/learn/extract';
import { fieldKey } from '../../../core/learn/types';
import { fieldsOf, getField, type FieldRef, type TextField } from '../../../core/model';
import { listenToHistory, type HistoryEntry } from '../articles/session/history';
import { whenIdleAfter } from '../articles/session/idle';
import type { GalleyDb } from '../db/db';
import { replaceSourceCorrections } from './learnStore';

interface ChangedField {
  articleId: string;
  field: FieldRef;
  before: TextField;
  after: TextField;
}

/** Fields whose text differs between two states of a page (articles present in both). */
function changedFields(before: PageArticles, after: PageArticles): ChangedField[] {
  const old = new Map(before.articles.map((a) => [a.id, a]));
  const out: ChangedField[] = [];
  for (const a of after.articles) {
    const b = old.get(a.id);
    if (!b || b === a) continue;
    for (const [field, f] of fieldsOf(a)) {
      const was = getField(b, field);
      if (was && was.text !== f.text) out.push({ articleId: a.id, field, before: was, after: f });
    }
  }
  return out;
}

/** How long typing pauses before the sources' latest texts are learned; a keystroke starts the wait again. */
export const LEARN_DELAY_MS = 300;
/** How long learning due waits at most for the window to be idle. */
const IDLE_WAIT_MS = 200;

interface Waiting {
  pageId: string;
  c: ChangedField;
  base: { field: TextField; source: string };
  text: string;
}

/**
 * Starts learning; the returned function stops it, learning first what still waits, and
 * resolves when that is written.
 */
export function startLearning(db: GalleyDb, now: () => number = Date.now): () => Promise<void> {
  /** Each hand-edited field as it was before its first hand edit, and its source key. */
  const bases = new Map<string, { field: TextField; source: string }>();
  const run = crypto.randomUUID();
  let started = 0;
  const raws = new Map<string, Promise<string>>();
  let writes = Promise.resolve();
  /** The latest text of each source not yet learned, by source key. */
  const waiting = new Map<string, Waiting>();
  /** Cancels the learning waiting (for a pause, then for an idle moment). */
  let cancel: (() => void) | undefined;

  const rawOf = (pageId: string): Promise<string> => {
    let r = raws.get(pageId);
    if (!r) raws.set(pageId, (r = db.texts.get(pageId).then((t) => t?.raw ?? '')));
    return r;
  };

  const learn = ({ pageId, c, base, text }: Waiting): void => {
    const address = { pageId, articleId: c.articleId, field: c.field };
    writes = writes
      .then(async () => {
        const edits = extractCorrections(await rawOf(pageId), base.field, text);
        await replaceSourceCorrections(db, { ...address, key: base.source }, edits, now());
      })
      .catch((e: unknown) => console.error('Learning from an edit failed', e));
  };

  const learnWaiting = (): void => {
    cancel?.();
    cancel = undefined;
    const all = [...waiting.values()];
    waiting.clear();
    all.forEach(learn);
  };

  const later = (w: Waiting): void => {
    waiting.set(w.base.source, w);
    cancel?.();
    cancel = whenIdleAfter(learnWaiting, LEARN_DELAY_MS, IDLE_WAIT_MS);
  };

  const heard = (entry: HistoryEntry, how: 'do' | 'undo' | 'redo'): void => {
    const pageId = entry.after.pageId;
    for (const c of changedFields(entry.before, entry.after)) {
      const key = fieldKey({ pageId, articleId: c.articleId, field: c.field });
      if (entry.label !== 'edit') {
        if (how === 'do') bases.delete(key);
        continue;
      }
      let base = bases.get(key);
      if (!base) {
        if (how !== 'do') continue;
        bases.set(key, (base = { field: c.before, source: `${key}#${run}.${++started}` }));
      }
      later({ pageId, c, base, text: how === 'undo' ? c.before.text : c.after.text });
    }
  };
  const unlisten = listenToHistory(heard);
  // Closing the window: what waits is handed to IndexedDB now, not after the delay.
  const hide = typeof window === 'undefined' ? undefined : window;
  hide?.addEventListener('pagehide', learnWaiting);
  return () => {
    unlisten();
    hide?.removeEventListener('pagehide', learnWaiting);
    learnWaiting();
    return writes;
  };
}
