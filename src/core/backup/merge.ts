// The pieces a restore's merge compares records with: who holds which raw text on a page,
// the parts two versions of an article disagree on, a losing version kept as a revision,
// desk-state settings, and structural equality. Pure.

import type { Article, ArticleContent, FieldRef, Span } from '../model';
import { fieldsOf, LIST_FIELDS, listOf, SINGLE_FIELDS } from '../model';
import type { ProjectData, Revision } from './types';

/** A part of an article a conflict names: one of its fields, or its status. */
export type ArticlePart = FieldRef | { kind: 'status' };

/** Who holds which raw text on each page: the articles and the furniture, as the merge goes. */
export class Owners {
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
export function differingParts(a: Article, b: Article): ArticlePart[] {
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

export function revisionOf(article: Article, side: 'existing' | 'incoming'): Revision {
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
export const isDeskState = (key: string): boolean => DESK_STATE.some((prefix) => key.startsWith(prefix));

/** A setting's conflict words: its key (the renderer names it), a per-page key's page by name. */
export function settingLabel(key: string, existing: ProjectData): { label: string; page?: string } {
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
