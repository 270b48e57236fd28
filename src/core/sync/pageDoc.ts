// A page as a Y.Doc and the page read back from one (the projection every view uses).

import * as Y from 'yjs';
import type { Article, ArticleStatus, Span } from '../model';
import { LIST_KEYS, SINGLE_FIELDS } from '../model';
import type { PageArticles } from '../article/state';
import { newFieldMap, readField } from './fields';
import type { ArticleMap, FieldMap } from './layout';
import { articlesMap, isTombstoned, pageMap, rawOf } from './layout';

/** What one page document holds: the raw text and the page's articles and furniture. */
export interface PageDoc {
  raw: string;
  state: PageArticles;
}

/** Writes a whole page into `doc` (a new one when not given): the first upload of a page. */
export function pageToDoc(page: PageDoc, doc: Y.Doc = new Y.Doc()): Y.Doc {
  doc.transact(() => {
    const meta = pageMap(doc);
    meta.set('pageId', page.state.pageId);
    // The raw text is the one thing written once: a second upload of the page leaves it.
    if (rawOf(doc) === undefined) meta.set('raw', page.raw);
    meta.set('furniture', copySpans(page.state.furniture));
    meta.set('handOrdered', page.state.handOrdered === true);
    const articles = articlesMap(doc);
    for (const article of page.state.articles) articles.set(article.id, newArticleMap(article));
  });
  return doc;
}

/** The page a document holds: live articles in reading order, renumbered densely. */
export function docToPage(doc: Y.Doc): PageDoc {
  const meta = pageMap(doc);
  const live: Article[] = [];
  const storedId = meta.get('pageId');
  const pageId = typeof storedId === 'string' ? storedId : '';
  articlesMap(doc).forEach((map) => {
    if (!isTombstoned(map)) live.push(readArticle(map, pageId));
  });
  // Two archivists placing articles at once can give two the same order: ties go by
  // creation and id, so every copy of the document reads the same reading order.
  live.sort((a, b) => a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const articles = live.map((a, order) => (a.order === order ? a : { ...a, order }));
  const furniture = meta.get('furniture');
  const state: PageArticles = {
    pageId,
    articles,
    furniture: Array.isArray(furniture) ? copySpans(furniture as Span[]) : [],
  };
  if (meta.get('handOrdered') === true) state.handOrdered = true;
  return { raw: rawOf(doc) ?? '', state };
}

export function newArticleMap(article: Article): ArticleMap {
  const map: ArticleMap = new Y.Map();
  map.set('id', article.id);
  map.set('order', article.order);
  map.set('createdAt', article.createdAt);
  map.set('rev', 0);
  // A map not yet in a document cannot be read, so its stamps are set, not compared.
  for (const [key, value] of metaEntries(article)) if (value !== undefined) map.set(key, value);
  for (const kind of SINGLE_FIELDS) map.set(kind, newFieldMap(article[kind]));
  for (const key of LIST_KEYS) map.set(key, Y.Array.from(article[key].map(newFieldMap)));
  return map;
}

/** The status, review and time stamps: plain values, last writer wins. */
export function writeMeta(map: ArticleMap, article: Article): void {
  for (const [key, value] of metaEntries(article)) setIfChanged(map, key, value);
}

function metaEntries(article: Article): [string, string | number | undefined][] {
  return [
    ['status', article.status],
    ['reviewer', article.reviewer],
    ['reviewedAt', article.reviewedAt],
    ['updatedAt', article.updatedAt],
  ];
}

function setIfChanged(map: ArticleMap, key: string, value: string | number | undefined): void {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
  } else if (map.get(key) !== value) map.set(key, value);
}

export function readArticle(map: ArticleMap, pageId: string): Article {
  const article: Article = {
    id: stringOr(map.get('id'), ''),
    pageId,
    order: numberOr(map.get('order'), 0),
    status: statusOf(map.get('status')),
    createdAt: numberOr(map.get('createdAt'), 0),
    updatedAt: numberOr(map.get('updatedAt'), 0),
    section: readField(map.get('section') as FieldMap | undefined),
    kicker: readField(map.get('kicker') as FieldMap | undefined),
    title: readField(map.get('title') as FieldMap | undefined),
    subtitle: readField(map.get('subtitle') as FieldMap | undefined),
    dateline: readField(map.get('dateline') as FieldMap | undefined),
    byline: readField(map.get('byline') as FieldMap | undefined),
    paragraphs: readList(map.get('paragraphs')),
    captions: readList(map.get('captions')),
    notes: readList(map.get('notes')),
  };
  const reviewer = map.get('reviewer');
  if (typeof reviewer === 'string') article.reviewer = reviewer;
  const reviewedAt = map.get('reviewedAt');
  if (typeof reviewedAt === 'number') article.reviewedAt = reviewedAt;
  return article;
}

function readList(value: unknown): Article['paragraphs'] {
  return value instanceof Y.Array ? (value.toArray() as FieldMap[]).map(readField) : [];
}

function statusOf(value: unknown): ArticleStatus {
  return value === 'corrected' || value === 'reviewed' ? value : 'draft';
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function copySpans(spans: readonly Span[]): Span[] {
  return spans.map(({ start, end }) => ({ start, end }));
}
