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
// The plan is made as the backup's records stream past (RestorePlanner, in the order a
// backup holds its tables), keeping of the backup's own articles, texts and revisions only
// which to write and where: the app reads the file a second time to write them, so a
// backup of 100,000 articles is never held whole. planRestore is the same plan over
// records in hand, with every record to write in `put`. Pure.

import { checkPage } from '../article';
import { coverage } from '../article/coverage';
import type { Article, Page, PageText } from '../model';
import {
  differingParts,
  isDeskState,
  Owners,
  revisionOf,
  sameValue,
  settingLabel,
  type ArticlePart,
} from './merge';
import { BACKUP_TABLES, type BackupTable, type TableRecords } from './stream';
import { emptyProjectData, type CleanupRule, type ProjectData, type Revision, type Setting } from './types';

export type { ArticlePart } from './merge';

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

export interface RestoreCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Existing records kept over a different incoming one (see conflicts). */
  keptExisting: number;
}

/** Which of the backup's own records a streamed plan writes, read again from the file. */
export interface BackupWrites {
  /** Pages whose raw text the backup brings. */
  texts: Set<string>;
  /** Backup article id → the page and place it is written with (a page found under another id, a place renumbered). */
  articles: Map<string, { pageId: string; order: number }>;
  /** Backup revision id → the id and page it is written under. */
  revisions: Map<string, { id: string; pageId: string }>;
}

export interface RestorePlan {
  /**
   * Records to write, whole (bulkPut); everything else stays as it is. In a streamed plan,
   * all but the backup's texts, articles and revisions named in `fromBackup`.
   */
  put: ProjectData;
  /** Empty in planRestore's plan (its `put` holds them). */
  fromBackup: BackupWrites;
  /**
   * Pages whose article count, coverage and problem count are counted once their articles
   * are written (a streamed plan holds no article text); empty in planRestore's plan.
   */
  recount: string[];
  conflicts: RestoreConflict[];
  counts: Record<RestoreTable, RestoreCounts>;
  /** Articles of the backup left out because their page conflicts. */
  skippedArticles: number;
}

const zero = (): RestoreCounts => ({ added: 0, updated: 0, unchanged: 0, keptExisting: 0 });
const byPlace = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** An article decision that waits for the backup's revisions (their last shared state). */
interface Pending {
  ours: Article;
  theirs: Article;
  incomingWins: boolean;
  /** Its conflict's and kept revision's places in their lists, so both stay in the backup's order. */
  slot: number;
  keptSlot: number;
}

/**
 * Plans a restore from the backup's records as they come, tables in backup order (pages,
 * texts, articles, revisions, rules, settings), against the project held whole.
 */
export class RestorePlanner {
  private readonly put: ProjectData = emptyProjectData();
  private readonly fromBackup: BackupWrites = { texts: new Set(), articles: new Map(), revisions: new Map() };
  private readonly conflicts: (RestoreConflict | null)[] = [];
  private readonly counts: Record<RestoreTable, RestoreCounts> = {
    pages: zero(),
    articles: zero(),
    revisions: zero(),
    rules: zero(),
    settings: zero(),
  };
  private skipped = 0;
  private readonly pages: Map<string, Page>;
  private readonly incomingPages = new Map<string, Page>();
  private readonly existingTexts: Map<string, string>;
  private readonly byHash = new Map<string, string[]>();
  /** Backup page id → the project's page with the same raw file under another id. */
  private readonly alias = new Map<string, string>();
  /** Backup page id → the project's page holding the same raw text (found as its text streams past). */
  private readonly sameRaw = new Map<string, string>();
  private readonly refused = new Set<string>();
  private pagesDecided = false;
  private readonly articles: Map<string, Article>;
  private readonly revisionById: Map<string, Revision>;
  private readonly revisionIds: Set<string>;
  /** The latest revision time both sides hold alike, per article. */
  private readonly shared = new Map<string, number>();
  private readonly owners: Owners;
  private readonly pending: Pending[] = [];
  /** Losing versions kept as revisions, added once the backup's own revisions are in. */
  private readonly kept: ({ article: Article; side: 'existing' | 'incoming' } | null)[] = [];
  private readonly rules: Map<string, CleanupRule>;
  private readonly settings: Map<string, Setting>;

  constructor(private readonly existing: ProjectData) {
    this.pages = new Map(existing.pages.map((p) => [p.id, p]));
    this.existingTexts = new Map(existing.texts.map((t) => [t.pageId, t.raw]));
    for (const p of existing.pages) this.byHash.set(p.sha256, [...(this.byHash.get(p.sha256) ?? []), p.id]);
    this.articles = new Map(existing.articles.map((a) => [a.id, a]));
    this.revisionById = new Map(existing.revisions.map((r) => [r.id, r]));
    this.revisionIds = new Set(this.revisionById.keys());
    this.owners = new Owners(existing);
    this.rules = new Map(existing.rules.map((r) => [r.id, r]));
    this.settings = new Map(existing.settings.map((s) => [s.key, s]));
  }

  private pageName(id: string): string {
    return (this.pages.get(id) ?? this.incomingPages.get(id))?.name ?? '';
  }

  /** One record of the backup, whatever its table (a RecordSink's half). */
  record<T extends BackupTable>(table: T, record: TableRecords[T]): void {
    const r: unknown = record;
    switch (table) {
      case 'pages':
        return this.page(r as Page);
      case 'texts':
        return this.text(r as PageText);
      case 'articles':
        return this.article(r as Article);
      case 'revisions':
        return this.revision(r as Revision);
      case 'rules':
        return this.rule(r as CleanupRule);
      case 'settings':
        return this.setting(r as Setting);
    }
  }

  page(page: Page): void {
    this.incomingPages.set(page.id, page);
  }

  text(text: PageText): void {
    const page = this.incomingPages.get(text.pageId);
    if (!page || this.pages.has(page.id)) return;
    const same = this.byHash.get(page.sha256)?.find((id) => this.existingTexts.get(id) === text.raw);
    if (same !== undefined) this.sameRaw.set(page.id, same);
    else this.fromBackup.texts.add(page.id);
  }

  /** Pages and their raw texts, once every text has streamed past. */
  private decidePages(): void {
    if (this.pagesDecided) return;
    this.pagesDecided = true;
    const { counts } = this;
    for (const page of this.incomingPages.values()) {
      const have = this.pages.get(page.id);
      const same = have ? undefined : this.sameRaw.get(page.id);
      if (same !== undefined) {
        this.alias.set(page.id, same);
        counts.pages.unchanged++;
      } else if (!have) {
        this.put.pages.push(page);
        counts.pages.added++;
      } else if (have.sha256 !== page.sha256) {
        this.refused.add(page.id);
        counts.pages.keptExisting++;
        this.conflicts.push({
          table: 'pages',
          id: page.id,
          label: have.name,
          kept: 'existing',
          reason: 'different-source',
        });
      } else counts.pages.unchanged++;
    }
  }

  private onPageOf<T extends { pageId: string }>(r: T): T {
    const to = this.alias.get(r.pageId);
    return to === undefined ? r : { ...r, pageId: to };
  }

  private write(a: Article): void {
    this.fromBackup.articles.set(a.id, { pageId: a.pageId, order: a.order });
    this.owners.set(a);
  }

  article(incomingArticle: Article): void {
    this.decidePages();
    const { counts } = this;
    if (this.refused.has(incomingArticle.pageId)) {
      this.skipped++;
      return;
    }
    const theirs = this.onPageOf(incomingArticle);
    const ours = this.articles.get(theirs.id);
    if (
      (!ours || theirs.updatedAt > ours.updatedAt) &&
      !sameValue(ours, theirs) &&
      this.owners.clash(theirs)
    ) {
      // Its text belongs to another article (or the furniture) here now: it stays out.
      this.kept.push({ article: theirs, side: 'incoming' });
      if (ours) counts.articles.keptExisting++;
      this.conflicts.push({
        table: 'articles',
        id: theirs.id,
        label: theirs.title.text,
        page: this.pageName(theirs.pageId),
        kept: 'existing',
        reason: 'owned-elsewhere',
        parts: this.owners.clashingFields(theirs),
      });
      return;
    }
    if (!ours) {
      this.write(theirs);
      counts.articles.added++;
      return;
    }
    if (sameValue(ours, theirs)) {
      counts.articles.unchanged++;
      return;
    }
    const incomingWins = theirs.updatedAt > ours.updatedAt;
    if (incomingWins) {
      this.write(theirs);
      counts.articles.updated++;
    } else counts.articles.keptExisting++;
    // Whether both sides changed it waits for the backup's revisions (after its articles).
    this.pending.push({
      ours,
      theirs,
      incomingWins,
      slot: this.conflicts.push(null) - 1,
      keptSlot: this.kept.push(null) - 1,
    });
  }

  revision(theirs: Revision): void {
    this.decidePages();
    const { counts } = this;
    // Their last common state: a revision updated in place (an editing burst) after the two
    // parted has the same id and other content on each side, so it is no common state.
    const same = this.revisionById.get(theirs.id);
    if (same && sameValue(same, theirs)) {
      const known = this.shared.get(same.articleId);
      if (known === undefined || same.createdAt > known) this.shared.set(same.articleId, same.createdAt);
    }
    // The union. One revision per editing burst is updated in place while the burst lasts,
    // so the same id on both sides with other content is two states: both kept.
    if (this.refused.has(theirs.pageId)) return;
    const r = this.onPageOf(theirs);
    const ours = this.revisionById.get(r.id);
    if (ours && sameValue(ours, r)) {
      counts.revisions.unchanged++;
      return;
    }
    const id = ours ? `${r.id}@${r.createdAt}` : r.id;
    if (this.revisionIds.has(id)) {
      counts.revisions.unchanged++;
      return;
    }
    this.revisionIds.add(id);
    this.fromBackup.revisions.set(theirs.id, { id, pageId: r.pageId });
    counts.revisions.added++;
  }

  rule(r: CleanupRule): void {
    this.decidePages();
    const have = this.rules.get(r.id);
    if (!have) {
      this.put.rules.push(r);
      this.counts.rules.added++;
    } else if (sameValue(have, r)) this.counts.rules.unchanged++;
    else {
      this.counts.rules.keptExisting++;
      this.conflicts.push({
        table: 'rules',
        id: r.id,
        label: have.name,
        kept: 'existing',
        reason: 'different-value',
      });
    }
  }

  setting(s: Setting): void {
    this.decidePages();
    if (isDeskState(s.key)) return;
    const have = this.settings.get(s.key);
    if (!have) {
      this.put.settings.push(s);
      this.counts.settings.added++;
    } else if (sameValue(have.value, s.value)) this.counts.settings.unchanged++;
    else {
      this.counts.settings.keptExisting++;
      this.conflicts.push({
        table: 'settings',
        id: s.key,
        ...settingLabel(s.key, this.existing),
        kept: 'existing',
        reason: 'different-value',
      });
    }
  }

  /** The plan, once every record has streamed past. */
  finish(): RestorePlan {
    this.decidePages();
    for (const { ours, theirs, incomingWins, slot, keptSlot } of this.pending) {
      const base = this.shared.get(theirs.id);
      if (base !== undefined && !(ours.updatedAt > base && theirs.updatedAt > base)) continue;
      this.kept[keptSlot] = incomingWins
        ? { article: ours, side: 'existing' }
        : { article: theirs, side: 'incoming' };
      this.conflicts[slot] = {
        table: 'articles',
        id: theirs.id,
        label: (incomingWins ? theirs : ours).title.text,
        page: this.pageName(theirs.pageId),
        kept: incomingWins ? 'incoming' : 'existing',
        reason: 'both-changed',
        parts: differingParts(ours, theirs),
      };
    }
    for (const loser of this.kept) {
      if (!loser) continue;
      const { article, side } = loser;
      const keep = revisionOf(article, side);
      if (this.revisionIds.has(keep.id)) continue;
      this.put.revisions.push(keep);
      this.revisionIds.add(keep.id);
      this.counts.revisions.added++;
    }
    return {
      put: this.put,
      fromBackup: this.fromBackup,
      recount: this.settle(),
      conflicts: this.conflicts.filter((c) => c !== null),
      counts: this.counts,
      skippedArticles: this.skipped,
    };
  }

  /**
   * Every page that gains or changes articles keeps its reading order dense (two sides may
   * have used the same place): the project's articles renumbered go into `put`, the
   * backup's get their new place. The pages to count again are returned; a page the backup
   * brings whole (new here, its articles as they were there, its figures counted) is not.
   */
  private settle(): string[] {
    const written = this.fromBackup.articles;
    const touched = new Set([...written.values()].map((w) => w.pageId));
    type Placed = { id: string; order: number; ours?: Article };
    const onPage = new Map<string, Placed[]>();
    const add = (pageId: string, placed: Placed) => {
      if (!touched.has(pageId)) return;
      const list = onPage.get(pageId);
      if (list) list.push(placed);
      else onPage.set(pageId, [placed]);
    };
    for (const a of this.existing.articles)
      if (!written.has(a.id)) add(a.pageId, { id: a.id, order: a.order, ours: a });
    for (const [id, w] of written) add(w.pageId, { id, order: w.order });
    const recount: string[] = [];
    const added = new Set(this.put.pages.map((p) => p.id));
    for (const [pageId, list] of onPage) {
      list.sort(byPlace);
      let moved = false;
      for (const [order, placed] of list.entries()) {
        if (placed.order === order) continue;
        moved = true;
        if (placed.ours) this.put.articles.push({ ...placed.ours, order });
        else written.get(placed.id)!.order = order;
      }
      const page = this.incomingPages.get(pageId);
      const whole =
        added.has(pageId) &&
        !moved &&
        page !== undefined &&
        typeof page.problemCount === 'number' &&
        page.articleCount === list.length &&
        list.every((p) => !p.ours);
      if (!whole) recount.push(pageId);
    }
    return recount;
  }
}

/** A page's article count, coverage and problem count as its articles (in any order) leave it. */
export function recountPage(page: Page, raw: string, articles: Article[]): Page {
  const inOrder = [...articles].sort(byPlace);
  return {
    ...page,
    articleCount: inOrder.length,
    coverage: coverage(raw, inOrder, page.furniture),
    problemCount: checkPage(raw, { pageId: page.id, articles: inOrder, furniture: page.furniture }).length,
  };
}

/** The backup's records, each table in the order a backup holds them, handed to `planner`. */
function feedPlanner(planner: RestorePlanner, incoming: ProjectData): void {
  for (const table of BACKUP_TABLES) for (const record of incoming[table]) planner.record(table, record);
}

/** A backup article as the plan writes it (on the project's page, in its new place), or null. */
export function plannedArticle(writes: BackupWrites, a: Article): Article | null {
  const w = writes.articles.get(a.id);
  if (!w) return null;
  return w.pageId === a.pageId && w.order === a.order ? a : { ...a, pageId: w.pageId, order: w.order };
}

/** A backup revision as the plan writes it (under its new id, on the project's page), or null. */
export function plannedRevision(writes: BackupWrites, r: Revision): Revision | null {
  const w = writes.revisions.get(r.id);
  if (!w) return null;
  return w.id === r.id && w.pageId === r.pageId ? r : { ...r, id: w.id, pageId: w.pageId };
}

/** The whole plan over records in hand: every record to write in `put`, every page counted. */
export function planRestore(existing: ProjectData, incoming: ProjectData): RestorePlan {
  const planner = new RestorePlanner(existing);
  feedPlanner(planner, incoming);
  const plan = planner.finish();
  const { put, fromBackup } = plan;
  const texts = incoming.texts.filter((t) => fromBackup.texts.has(t.pageId));
  const articles = incoming.articles.flatMap((a) => plannedArticle(fromBackup, a) ?? []);
  const revisions = incoming.revisions.flatMap((r) => plannedRevision(fromBackup, r) ?? []);
  put.texts = texts.concat(put.texts);
  put.articles = articles.concat(put.articles);
  put.revisions = revisions.concat(put.revisions);
  const raws = new Map([...existing.texts, ...put.texts].map((t) => [t.pageId, t.raw]));
  const written = new Set(put.articles.map((a) => a.id));
  const onPage = new Map<string, Article[]>();
  for (const a of [...existing.articles.filter((a) => !written.has(a.id)), ...put.articles]) {
    const list = onPage.get(a.pageId);
    if (list) list.push(a);
    else onPage.set(a.pageId, [a]);
  }
  const pageAt = new Map(put.pages.map((p, i) => [p.id, i]));
  const earlier = new Map(existing.pages.map((p) => [p.id, p]));
  for (const pageId of plan.recount) {
    const at = pageAt.get(pageId);
    const page = at === undefined ? earlier.get(pageId) : put.pages[at];
    const raw = raws.get(pageId);
    if (!page || raw === undefined) continue;
    const counted = recountPage(page, raw, onPage.get(pageId) ?? []);
    if (at !== undefined) put.pages[at] = counted;
    else if (!sameValue(counted, page)) put.pages.push(counted);
  }
  return {
    ...plan,
    fromBackup: { texts: new Set(), articles: new Map(), revisions: new Map() },
    recount: [],
  };
}
