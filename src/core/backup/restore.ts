// Restoring a backup into a project that may already hold work: records are merged by id.
// For an article both sides have, the newer change (updatedAt) wins. It is a conflict when
// both sides changed it since the last revision they share (or they share none): the user
// is told, and the losing version is kept as a revision so nothing is lost. Pages are
// immutable raw text: a page id whose raw file differs (another SHA-256) is a conflict, the
// existing page stays and the backup's articles on it are left out. Rules and settings carry
// no time: a different value is a conflict and the existing one stays.
//
// Pure: the app applies `put` in one Dexie transaction.

import { coverage } from '../article/coverage';
import type { Article, ArticleContent } from '../model';
import type { ProjectData, Revision } from './types';

export type RestoreTable = 'pages' | 'articles' | 'revisions' | 'rules' | 'settings';

export interface RestoreConflict {
  table: 'pages' | 'articles' | 'rules' | 'settings';
  /** Record id (setting key for settings). */
  id: string;
  /** What the user knows the record by: a page name, an article title, a rule name, a key. */
  label: string;
  kept: 'existing' | 'incoming';
  reason: 'both-changed' | 'different-source' | 'different-value';
}

export interface RestoreCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Existing records kept over a different incoming one (see conflicts). */
  keptExisting: number;
}

export interface RestorePlan {
  /** Records to write, whole (bulkPut); everything else stays as it is. */
  put: ProjectData;
  conflicts: RestoreConflict[];
  counts: Record<RestoreTable, RestoreCounts>;
  /** Articles of the backup left out because their page conflicts. */
  skippedArticles: number;
}

const zero = (): RestoreCounts => ({ added: 0, updated: 0, unchanged: 0, keptExisting: 0 });

export function planRestore(existing: ProjectData, incoming: ProjectData): RestorePlan {
  const put: ProjectData = { pages: [], texts: [], articles: [], revisions: [], rules: [], settings: [] };
  const conflicts: RestoreConflict[] = [];
  const counts: Record<RestoreTable, RestoreCounts> = {
    pages: zero(),
    articles: zero(),
    revisions: zero(),
    rules: zero(),
    settings: zero(),
  };

  // Pages and their raw texts.
  const pages = new Map(existing.pages.map((p) => [p.id, p]));
  const incomingTexts = new Map(incoming.texts.map((t) => [t.pageId, t]));
  const refused = new Set<string>();
  for (const page of incoming.pages) {
    const have = pages.get(page.id);
    if (!have) {
      put.pages.push(page);
      const text = incomingTexts.get(page.id);
      if (text) put.texts.push(text);
      counts.pages.added++;
    } else if (have.sha256 !== page.sha256) {
      refused.add(page.id);
      counts.pages.keptExisting++;
      conflicts.push({
        table: 'pages',
        id: page.id,
        label: have.name,
        kept: 'existing',
        reason: 'different-source',
      });
    } else counts.pages.unchanged++;
  }

  // Revisions: immutable, so the union.
  const revisionIds = new Set(existing.revisions.map((r) => r.id));
  for (const r of incoming.revisions) {
    if (revisionIds.has(r.id)) counts.revisions.unchanged++;
    else if (refused.has(r.pageId)) continue;
    else {
      put.revisions.push(r);
      counts.revisions.added++;
    }
  }

  // Articles.
  const articles = new Map(existing.articles.map((a) => [a.id, a]));
  const shared = sharedRevisionTimes(existing.revisions, incoming.revisions);
  let skipped = 0;
  for (const theirs of incoming.articles) {
    if (refused.has(theirs.pageId)) {
      skipped++;
      continue;
    }
    const ours = articles.get(theirs.id);
    if (!ours) {
      put.articles.push(theirs);
      counts.articles.added++;
      continue;
    }
    if (sameValue(ours, theirs)) {
      counts.articles.unchanged++;
      continue;
    }
    const incomingWins = theirs.updatedAt > ours.updatedAt;
    const base = shared.get(theirs.id);
    const bothChanged = base === undefined || (ours.updatedAt > base && theirs.updatedAt > base);
    if (incomingWins) {
      put.articles.push(theirs);
      counts.articles.updated++;
    } else counts.articles.keptExisting++;
    if (bothChanged) {
      const loser = incomingWins ? ours : theirs;
      const keep = revisionOf(loser, incomingWins ? 'existing' : 'incoming');
      if (!revisionIds.has(keep.id)) {
        put.revisions.push(keep);
        revisionIds.add(keep.id);
        counts.revisions.added++;
      }
      conflicts.push({
        table: 'articles',
        id: theirs.id,
        label: (incomingWins ? theirs : ours).title.text,
        kept: incomingWins ? 'incoming' : 'existing',
        reason: 'both-changed',
      });
    }
  }

  // Rules and settings: added when new, kept when different.
  const rules = new Map(existing.rules.map((r) => [r.id, r]));
  for (const r of incoming.rules) {
    const have = rules.get(r.id);
    if (!have) {
      put.rules.push(r);
      counts.rules.added++;
    } else if (sameValue(have, r)) counts.rules.unchanged++;
    else {
      counts.rules.keptExisting++;
      conflicts.push({
        table: 'rules',
        id: r.id,
        label: have.name,
        kept: 'existing',
        reason: 'different-value',
      });
    }
  }
  const settings = new Map(existing.settings.map((s) => [s.key, s]));
  for (const s of incoming.settings) {
    const have = settings.get(s.key);
    if (!have) {
      put.settings.push(s);
      counts.settings.added++;
    } else if (sameValue(have.value, s.value)) counts.settings.unchanged++;
    else {
      counts.settings.keptExisting++;
      conflicts.push({
        table: 'settings',
        id: s.key,
        label: s.key,
        kept: 'existing',
        reason: 'different-value',
      });
    }
  }
  settle(existing, put);
  return { put, conflicts, counts, skippedArticles: skipped };
}

/**
 * Keeps every page that gains or changes articles consistent after the merge: reading order
 * dense again (two sides may have used the same place), and the page's article count and
 * coverage recomputed. Existing records this touches are added to `put`.
 */
function settle(existing: ProjectData, put: ProjectData): void {
  const touched = new Set(put.articles.map((a) => a.pageId));
  if (touched.size === 0) return;
  const written = new Map(put.articles.map((a) => [a.id, a]));
  const onPage = new Map<string, Article[]>();
  for (const a of [...existing.articles.filter((a) => !written.has(a.id)), ...put.articles]) {
    if (!touched.has(a.pageId)) continue;
    const list = onPage.get(a.pageId);
    if (list) list.push(a);
    else onPage.set(a.pageId, [a]);
  }
  const texts = new Map([...existing.texts, ...put.texts].map((t) => [t.pageId, t.raw]));
  const pages = new Map([...existing.pages, ...put.pages].map((p) => [p.id, p]));
  for (const [pageId, list] of onPage) {
    list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const settled = list.map((a, order) => (a.order === order ? a : { ...a, order }));
    for (const [i, a] of settled.entries()) {
      if (a === list[i]) continue;
      const at = put.articles.findIndex((p) => p.id === a.id);
      if (at >= 0) put.articles[at] = a;
      else put.articles.push(a);
    }
    const page = pages.get(pageId);
    const raw = texts.get(pageId);
    if (!page || raw === undefined) continue;
    const updated = {
      ...page,
      articleCount: settled.length,
      coverage: coverage(raw, settled, page.furniture),
    };
    if (sameValue(updated, page)) continue;
    const at = put.pages.findIndex((p) => p.id === pageId);
    if (at >= 0) put.pages[at] = updated;
    else put.pages.push(updated);
  }
}

/** For each article, the time of the latest revision both sides hold: their last common state. */
function sharedRevisionTimes(ours: Revision[], theirs: Revision[]): Map<string, number> {
  const theirIds = new Set(theirs.map((r) => r.id));
  const out = new Map<string, number>();
  for (const r of ours) {
    if (!theirIds.has(r.id)) continue;
    const known = out.get(r.articleId);
    if (known === undefined || r.createdAt > known) out.set(r.articleId, r.createdAt);
  }
  return out;
}

function revisionOf(article: Article, side: 'existing' | 'incoming'): Revision {
  const content: ArticleContent = {
    section: article.section,
    kicker: article.kicker,
    title: article.title,
    subtitle: article.subtitle,
    dateline: article.dateline,
    byline: article.byline,
    paragraphs: article.paragraphs,
    captions: article.captions,
    notes: article.notes,
  };
  return {
    id: `restore-${side}-${article.id}-${article.updatedAt}`,
    articleId: article.id,
    pageId: article.pageId,
    createdAt: article.updatedAt,
    content,
    status: article.status,
  };
}

/** Structural equality of plain data (JSON values, typed arrays), key order ignored. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return (
      a instanceof Uint8Array &&
      b instanceof Uint8Array &&
      a.length === b.length &&
      a.every((x, i) => x === b[i])
    );
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
