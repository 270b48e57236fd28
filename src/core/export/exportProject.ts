// One export, whatever writes it: the app (into a folder or a zip) and `galley export` both
// call exportProject on the same snapshot and get the same files, byte for byte. Nothing
// here reads a clock or the environment: pages are sorted by path, articles by order.
//
// Layout, per page folder P (the page's relative path without `.txt`):
//   P/NN-TITLE.txt          one article, plain text
//   P/P.txt                 the cleaned page in reading order
//   P/P.md                  Markdown
//   P/P.tei.xml             TEI P5
//   P/P.annotations.json    W3C Web Annotation page
//   corpus.jsonl            every article, export schema
//   manifest.csv            one row per article

import { carriedFor } from '../backup/figures';
import { articleFigures } from '../diff/article';
import type { Article } from '../model';
import type { ExportFile } from './files';
import { FileNamer, safeStem } from './filenames';
import { pageAnnotations } from './annotations';
import { manifestCsv, type ManifestRow } from './manifest';
import { pageMarkdown } from './markdown';
import { articlePlainText, pagePlainText } from './plainText';
import { toExportRecord } from './schema';
import { unmarkedText } from './unmarked';
import type { ExportOptions, PageSnapshot, ProjectSnapshot } from './snapshot';
import { supersededPages } from './superseded';
import { pageTei } from './tei';
import { displayTitle, orderNumber } from './text';

export const CORPUS_FILE = 'corpus.jsonl';
export const MANIFEST_FILE = 'manifest.csv';
const UNTITLED = 'untitled';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The pages and articles an export covers, in a fixed order; pages left without articles
 * and earlier versions of a page (./superseded.ts) are dropped.
 */
export function selectForExport<P extends Pick<PageSnapshot, 'page' | 'articles'>>(
  project: { pages: readonly P[] },
  scope: ExportOptions['scope'],
): P[] {
  const chosen = scope.pages === 'all' ? null : new Set(scope.pages);
  const superseded = supersededPages(project.pages.map((p) => p.page));
  return project.pages
    .filter((p) => (chosen === null || chosen.has(p.page.id)) && !superseded.has(p.page.id))
    .map((p) => ({
      ...p,
      articles: p.articles
        .filter((a) => !scope.reviewedOnly || a.status === 'reviewed')
        .sort((a, b) => a.order - b.order || byText(a.id, b.id)),
    }))
    .filter((p) => p.articles.length > 0)
    .sort(
      (a, b) =>
        byText(a.page.relativePath, b.page.relativePath) ||
        byText(a.page.name, b.page.name) ||
        byText(a.page.id, b.page.id),
    );
}

/** Folder of a page: its relative path without the extension, each segment made safe. */
function pageFolder(namer: FileNamer, relativePath: string): { dir: string; stem: string } {
  const segments = relativePath.split(/[\\/]+/).filter((s) => s !== '' && s !== '.' && s !== '..');
  const last = (segments.pop() ?? 'page').replace(/\.[^.]*$/, '');
  const parent = segments.map((s) => safeStem(s, '_')).join('/');
  const dir = namer.claim(parent, safeStem(last, 'page'), '');
  return { dir, stem: dir.slice(dir.lastIndexOf('/') + 1) };
}

/** The files of an export. */
export function exportProject(project: ProjectSnapshot, options: ExportOptions): ExportFile[] {
  return [...exportFiles(project, options)];
}

/**
 * The same files one by one, page after page, so a writer can write each while the next
 * is being made (the corpus and manifest, which need every page, come last).
 */
export function* exportFiles(project: ProjectSnapshot, options: ExportOptions): Generator<ExportFile> {
  const formats = new Set(options.formats);
  const pages = selectForExport(project, options.scope);
  if (pages.length === 0) return;
  // What is unmarked depends on every article of the page, not only those in the scope.
  const everyArticle = new Map(project.pages.map((p) => [p.page.id, p.articles]));
  const namer = new FileNamer();
  const corpus: string[] = [];
  const manifest: ManifestRow[] = [];
  if (formats.has('jsonl')) namer.claim('', 'corpus', '.jsonl');
  if (formats.has('csv')) namer.claim('', 'manifest', '.csv');

  for (const { page, raw, articles } of pages) {
    const { dir, stem } = pageFolder(namer, page.relativePath);
    const inFolder = (ext: string): string => namer.claim(dir, stem, ext);
    if (formats.has('txt')) {
      // Each article's text is made once, for its own file and the page's.
      const texts = articles.map(articlePlainText);
      for (const [i, a] of articles.entries())
        yield { path: articleFileName(namer, dir, a, articles.length), data: texts[i] };
      const unmarked = options.includeUnmarked
        ? unmarkedText(raw, everyArticle.get(page.id) ?? [], page.furniture)
        : [];
      yield { path: inFolder('.txt'), data: pagePlainText(articles, unmarked, texts) };
    }
    if (formats.has('md')) yield { path: inFolder('.md'), data: pageMarkdown(page, articles, UNTITLED) };
    if (formats.has('tei')) yield { path: inFolder('.tei.xml'), data: pageTei(page, articles) };
    if (formats.has('annotations'))
      yield { path: inFolder('.annotations.json'), data: pageAnnotations(page, raw, articles) };
    if (formats.has('jsonl'))
      for (const a of articles) corpus.push(JSON.stringify(toExportRecord(page, raw, a)) + '\n');
    if (formats.has('csv'))
      for (const a of articles) {
        const figures = (project.figures && carriedFor(project.figures, a.id, a)) ?? articleFigures(a, raw);
        manifest.push({ page, article: a, figures });
      }
  }
  if (formats.has('jsonl')) yield { path: CORPUS_FILE, data: corpus.join('') };
  if (formats.has('csv')) yield { path: MANIFEST_FILE, data: manifestCsv(manifest) };
}

/**
 * Relative paths of the pages in the scope an export leaves out because they have no
 * articles in it (none marked, or none reviewed when only reviewed ones are exported).
 * Earlier versions of a page are not among them: skippedVersions names those.
 */
export function pagesWithoutArticles<P extends Pick<PageSnapshot, 'page' | 'articles'>>(
  project: { pages: readonly P[] },
  scope: ExportOptions['scope'],
): string[] {
  const kept = new Set(selectForExport(project, scope).map((p) => p.page.id));
  const chosen = scope.pages === 'all' ? null : new Set(scope.pages);
  const superseded = supersededPages(project.pages.map((p) => p.page));
  return project.pages
    .filter(
      (p) => (chosen === null || chosen.has(p.page.id)) && !superseded.has(p.page.id) && !kept.has(p.page.id),
    )
    .map((p) => p.page.relativePath)
    .sort(byText);
}

function articleFileName(namer: FileNamer, dir: string, article: Article, count: number): string {
  const number = orderNumber(article.order, count);
  return namer.claim(dir, `${number}-${safeStem(displayTitle(article), UNTITLED)}`, '.txt');
}
