// Restoring a backup into a project that may already hold work: records are merged by id.
// For an article both sides have, the newer change (updatedAt) wins. It is a conflict when
// both sides changed it since the last revision they share (or they share none): the user
// is told, and the losing version is kept as a revision so nothing is lost. Pages are
// immutable raw text: a page id whose raw file differs (another SHA-256) is a conflict, the
// existing page stays and the backup's articles on it are left out. Rules and settings carry
// no time: a different value is a conflict and the existing one stays.
//
// The one-owner rule holds across the merge: an article of the backup whose raw text the
// project has since given to another article or to the furniture (it was deleted here and
// its text assigned again) is not brought back; it is a conflict and kept as a revision.
// The same raw file imported on two machines has two page ids: pages are matched by their
// SHA-256 and raw text too, and the backup's articles land on the project's page.
//
// Pure: the app applies `put` in one Dexie transaction.

import { coverage } from '../article/coverage';
import type { Article, ArticleContent, FieldRef, Span } from '../model';
import { fieldsOf, LIST_FIELDS, listOf, SINGLE_FIELDS } from '../model';
import type { ProjectData, Revision } from './types';

export type RestoreTable = 'pages' | 'articles' | 'revisions' | 'rules' | 'settings';

export interface RestoreConflict {
  table: 'pages' | 'articles' | 'rules' | 'settings';
  /** Record id (setting key for settings). */
  id: string;
  /** What the user knows the record by: a page name, an article title, a rule name, a key. */
  label: string;
  /** The name of the page an article (or a page's setting) belongs to. */
  page?: string;
  kept: 'existing' | 'incoming';
  reason: 'both-changed' | 'different-source' | 'different-value' | 'owned-elsewhere';
  /**
   * For an article: the parts the two versions disagree on (both-changed), or the parts
   * whose raw text is held by another owner here (owned-elsewhere), in reading order.
   */
  parts?: ArticlePart[];
}

/** A part of an article a conflict names: one of its fields, or its status. */
export type ArticlePart = FieldRef | { kind: 'status' };

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
  const incomingPages = new Map(incoming.pages.map((p) => [p.id, p]));
  const pageName = (id: string): string => (pages.get(id) ?? incomingPages.get(id))?.name ?? '';
  const incomingTexts = new Map(incoming.texts.map((t) => [t.pageId, t]));
  const existingTexts = new Map(existing.texts.map((t) => [t.pageId, t.raw]));
  const byHash = new Map<string, string[]>();
  for (const p of existing.pages) byHash.set(p.sha256, [...(byHash.get(p.sha256) ?? []), p.id]);
  /** Backup page id → the project's page with the same raw file under another id. */
  const alias = new Map<string, string>();
  const refused = new Set<string>();
  for (const page of incoming.pages) {
    const have = pages.get(page.id);
    const raw = incomingTexts.get(page.id)?.raw;
    const same = have ? undefined : byHash.get(page.sha256)?.find((id) => existingTexts.get(id) === raw);
    if (same !== undefined) {
      alias.set(page.id, same);
      counts.pages.unchanged++;
    } else if (!have) {
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

  // Revisions: the union. One revision per editing burst is updated in place while the
  // burst lasts, so the same id on both sides with other content is two states: both kept.
  const onPageOf = <T extends { pageId: string }>(r: T): T => {
    const to = alias.get(r.pageId);
    return to === undefined ? r : { ...r, pageId: to };
  };
  const revisionById = new Map(existing.revisions.map((r) => [r.id, r]));
  const revisionIds = new Set(revisionById.keys());
  for (const theirs of incoming.revisions) {
    if (refused.has(theirs.pageId)) continue;
    const r = onPageOf(theirs);
    const ours = revisionById.get(r.id);
    if (ours && sameValue(ours, r)) {
      counts.revisions.unchanged++;
      continue;
    }
    const kept = ours ? { ...r, id: `${r.id}@${r.createdAt}` } : r;
    if (revisionIds.has(kept.id)) {
      counts.revisions.unchanged++;
      continue;
    }
    revisionIds.add(kept.id);
    put.revisions.push(kept);
    counts.revisions.added++;
  }

  // Articles.
  const articles = new Map(existing.articles.map((a) => [a.id, a]));
  const shared = sharedRevisionTimes(existing.revisions, incoming.revisions);
  const owners = new Owners(existing);
  let skipped = 0;
  const keepAsRevision = (loser: Article, side: 'existing' | 'incoming') => {
    const keep = revisionOf(loser, side);
    if (revisionIds.has(keep.id)) return;
    put.revisions.push(keep);
    revisionIds.add(keep.id);
    counts.revisions.added++;
  };
  for (const incomingArticle of incoming.articles) {
    if (refused.has(incomingArticle.pageId)) {
      skipped++;
      continue;
    }
    const theirs = onPageOf(incomingArticle);
    const ours = articles.get(theirs.id);
    if ((!ours || theirs.updatedAt > ours.updatedAt) && !sameValue(ours, theirs) && owners.clash(theirs)) {
      // Its text belongs to another article (or the furniture) here now: it stays out.
      keepAsRevision(theirs, 'incoming');
      if (ours) counts.articles.keptExisting++;
      conflicts.push({
        table: 'articles',
        id: theirs.id,
        label: theirs.title.text,
        page: pageName(theirs.pageId),
        kept: 'existing',
        reason: 'owned-elsewhere',
        parts: owners.clashingFields(theirs),
      });
      continue;
    }
    if (!ours) {
      put.articles.push(theirs);
      owners.set(theirs);
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
      owners.set(theirs);
      counts.articles.updated++;
    } else counts.articles.keptExisting++;
    if (bothChanged) {
      keepAsRevision(incomingWins ? ours : theirs, incomingWins ? 'existing' : 'incoming');
      conflicts.push({
        table: 'articles',
        id: theirs.id,
        label: (incomingWins ? theirs : ours).title.text,
        page: pageName(theirs.pageId),
        kept: incomingWins ? 'incoming' : 'existing',
        reason: 'both-changed',
        parts: differingParts(ours, theirs),
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
    if (isDeskState(s.key)) continue;
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
        ...settingLabel(s.key, existing),
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
  // Where each record already is in `put`: searching the list for each renumbered article
  // or page was quadratic in a backup of 100,000 articles.
  const articleAt = new Map(put.articles.map((a, i) => [a.id, i]));
  const pageAt = new Map(put.pages.map((p, i) => [p.id, i]));
  const before = new Set(existing.pages.map((p) => p.id));
  for (const [pageId, list] of onPage) {
    list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const settled = list.map((a, order) => (a.order === order ? a : { ...a, order }));
    for (const [i, a] of settled.entries()) {
      if (a === list[i]) continue;
      const at = articleAt.get(a.id);
      if (at !== undefined) put.articles[at] = a;
      else articleAt.set(a.id, put.articles.push(a) - 1);
    }
    const page = pages.get(pageId);
    const raw = texts.get(pageId);
    if (!page || raw === undefined) continue;
    // A page the backup brings whole, its articles as they were there: its figures came
    // with it (counted by the Galley that wrote the backup), not counted again.
    if (!before.has(pageId) && page.articleCount === settled.length && settled.every((a, i) => a === list[i]))
      continue;
    const updated = {
      ...page,
      articleCount: settled.length,
      coverage: coverage(raw, settled, page.furniture),
    };
    if (sameValue(updated, page)) continue;
    const at = pageAt.get(pageId);
    if (at !== undefined) put.pages[at] = updated;
    else pageAt.set(pageId, put.pages.push(updated) - 1);
  }
}

/**
 * For each article, the time of the latest revision both sides hold alike: their last
 * common state. A revision updated in place (an editing burst) after the two parted has
 * the same id and other content on each side, so it is no common state.
 */
function sharedRevisionTimes(ours: Revision[], theirs: Revision[]): Map<string, number> {
  const theirById = new Map(theirs.map((r) => [r.id, r]));
  const out = new Map<string, number>();
  for (const r of ours) {
    const other = theirById.get(r.id);
    if (!other || !sameValue(r, other)) continue;
    const known = out.get(r.articleId);
    if (known === undefined || r.createdAt > known) out.set(r.articleId, r.createdAt);
  }
  return out;
}

/** Who holds which raw text on each page: the articles and the furniture, as the merge goes. */
class Owners {
  private readonly byPage = new Map<string, Map<string, Span[]>>();

  constructor(existing: ProjectData) {
    for (const p of existing.pages) this.page(p.id).set('\u0000furniture', [...p.furniture]);
    for (const a of existing.articles) this.set(a);
  }

  private page(pageId: string): Map<string, Span[]> {
    let m = this.byPage.get(pageId);
    if (!m) this.byPage.set(pageId, (m = new Map<string, Span[]>()));
    return m;
  }

  set(a: Article): void {
    this.page(a.pageId).set(
      a.id,
      [...fieldsOf(a)].flatMap(([, f]) => f.spans),
    );
  }

  /** Whether any of the article's raw text is held by another article or the furniture. */
  clash(a: Article): boolean {
    const spans = [...fieldsOf(a)].flatMap(([, f]) => f.spans).filter((s) => s.end > s.start);
    if (spans.length === 0) return false;
    for (const [owner, held] of this.page(a.pageId)) {
      if (owner === a.id) continue;
      for (const h of held) if (spans.some((s) => s.start < h.end && h.start < s.end)) return true;
    }
    return false;
  }

  /** The article's fields whose raw text another article or the furniture holds. */
  clashingFields(a: Article): FieldRef[] {
    const others = [...this.page(a.pageId)].filter(([owner]) => owner !== a.id).flatMap(([, held]) => held);
    return [...fieldsOf(a)]
      .filter(([, f]) =>
        f.spans.some((s) => s.end > s.start && others.some((h) => s.start < h.end && h.start < s.end)),
      )
      .map(([ref]) => ref);
  }
}

/** The parts two versions of an article disagree on (text or raw spans), then its status. */
function differingParts(a: Article, b: Article): ArticlePart[] {
  const parts: ArticlePart[] = [];
  for (const kind of SINGLE_FIELDS) if (!sameValue(a[kind], b[kind])) parts.push({ kind });
  for (const kind of LIST_FIELDS) {
    const [x, y] = [listOf(a, kind), listOf(b, kind)];
    for (let index = 0; index < Math.max(x.length, y.length); index++) {
      if (!sameValue(x[index], y[index])) parts.push({ kind, index });
    }
  }
  if (a.status !== b.status) parts.push({ kind: 'status' });
  return parts;
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
/**
 * Settings that describe this desk rather than the project's work: the open page, the
 * selection on each page, pane sizes, theme, language, soft wrap. A restore leaves them
 * alone (neither restored nor a conflict): bringing in another session's view would move
 * the page and selection under the archivist, and a different theme is no disagreement
 * about the corpus.
 */
const DESK_STATE = ['ui.', 'articles.selection.', 'rawView.'];
const isDeskState = (key: string): boolean => DESK_STATE.some((prefix) => key.startsWith(prefix));

/** A setting's conflict words: its key (the renderer names it), a per-page key's page by name. */
function settingLabel(key: string, existing: ProjectData): Pick<RestoreConflict, 'label' | 'page'> {
  const perPage = /^(suggest\.rejected)\.(.+)$/.exec(key);
  const page = perPage ? existing.pages.find((p) => p.id === perPage[2]) : undefined;
  return page && perPage ? { label: perPage[1], page: page.name } : { label: key };
}

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
