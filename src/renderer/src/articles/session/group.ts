// One step over several pages (a corpus-wide find and replace, a cleanup of all pages):
// every page's session takes its part into memory and history, and all of them are
// written in one transaction. Undoing it on any page undoes it on all; an article edited
// since on some page keeps that edit (its part of the step is left as it is).

import type { PageArticles } from '../../../../core/article';
import type { Article } from '../../../../core/model';
import type { GalleyDb } from '../../db/db';
import type { ArticleSession } from './ArticleSession';
import type { SharedStep } from './history';
import { openSession } from './registry';
import { writePending } from './writer';

interface ArticlePatch {
  before: Article;
  after: Article;
}

interface PagePart {
  session: ArticleSession;
  patches: ArticlePatch[];
}

/** Articles that differ by identity; changes add or remove no article, so ids pair them. */
function patchesBetween(before: PageArticles, after: PageArticles): ArticlePatch[] {
  const old = new Map(before.articles.map((a) => [a.id, a]));
  const out: ArticlePatch[] = [];
  for (const a of after.articles) {
    const b = old.get(a.id);
    if (b && b !== a) out.push({ before: b, after: a });
  }
  return out;
}

/** Swaps `from` articles for `to` ones where the page still holds exactly `from`. */
function swap(state: PageArticles, patches: readonly ArticlePatch[], forward: boolean): PageArticles {
  const by = new Map(patches.map((p) => (forward ? [p.before.id, p] : [p.after.id, p])));
  let changed = false;
  const articles = state.articles.map((a) => {
    const p = by.get(a.id);
    if (!p || a !== (forward ? p.before : p.after)) return a;
    changed = true;
    return forward ? p.after : p.before;
  });
  return changed ? { ...state, articles } : state;
}

/** Writes what the sessions hold unwritten, all pages in one transaction. */
async function writeTogether(db: GalleyDb, sessions: readonly ArticleSession[]): Promise<void> {
  const batches = sessions.flatMap((s) => {
    const b = s.writer.takeWrite();
    return b ? [{ session: s, batch: b }] : [];
  });
  if (batches.length === 0) return;
  const commit = db.transaction('rw', db.articles, db.pages, db.revisions, async () => {
    for (const { batch } of batches) {
      await writePending(db, batch);
    }
  });
  await Promise.all(batches.map(({ session, batch }) => session.writer.awaitWrite(batch, commit)));
  await commit;
}

export class PageGroup implements SharedStep {
  applied = true;
  /** Resolves when the last undo or redo is written. */
  written: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: GalleyDb,
    readonly label: string,
    readonly parts: PagePart[],
  ) {}

  get pageIds(): string[] {
    return this.parts.map((p) => p.session.pageId);
  }

  undo(): void {
    if (!this.applied) return;
    this.applied = false;
    this.step('undo');
  }

  redo(): void {
    if (this.applied) return;
    this.applied = true;
    this.step('redo');
  }

  private step(direction: 'undo' | 'redo'): void {
    for (const { session, patches } of this.parts) {
      const next = swap(session.getSnapshot().state, patches, direction === 'redo');
      session.groupStep(this, direction, next);
    }
    this.written = writeTogether(
      this.db,
      this.parts.map((p) => p.session),
    ).catch((e: unknown) => console.error(`Writing “${this.label}” failed`, e));
  }
}

/**
 * Changes several pages in one undoable step and one transaction. `change` gets each
 * page's current articles and raw text and returns them changed (or the same object when
 * nothing changes there). Null when no page changed.
 */
export async function changePages(
  db: GalleyDb,
  label: string,
  pageIds: readonly string[],
  change: (state: PageArticles, raw: string) => PageArticles,
): Promise<PageGroup | null> {
  const sessions = await Promise.all(pageIds.map((id) => openSession(db, id)));
  // What each page held unwritten goes first, in its own write, so the step writes only itself.
  await Promise.all(sessions.map((s) => s.flush()));
  const group = new PageGroup(db, label, []);
  for (const session of sessions) {
    const before = session.getSnapshot().state;
    const changed = change(before, session.raw);
    if (changed === before) continue;
    const after = session.joinGroup(label, changed, group);
    group.parts.push({ session, patches: patchesBetween(before, after) });
  }
  if (group.parts.length === 0) return null;
  group.written = writeTogether(
    db,
    group.parts.map((p) => p.session),
  );
  await group.written;
  return group;
}
