// A generated project the size of a real archive (pages of 50 articles, text from the
// fixture pages' lines), for the export bench and the export worker's tests.
import { countedFigures } from '../../../src/core/backup/figures';
import type { ProjectSnapshot } from '../../../src/core/export/snapshot';
import type { Article, Page, TextField } from '../../../src/core/model';
import { emptyContent } from '../../../src/core/model';
import { FIRST_TRAIN_PAGES, fixtureText } from '../../fixtures';

let lines: string[] | undefined;
const fixtureLines = (): string[] =>
  (lines ??= FIRST_TRAIN_PAGES.map(fixtureText)
    .flatMap((raw) => raw.split('\n'))
    .map((l) => l.replace(/^#+\s*/, '').trim())
    .filter((l) => l.length > 4));

export const PER_PAGE = 50;

/**
 * `articles` articles (rounded up to whole pages), a third of them reviewed, with the review
 * figures a backup carries for each (as `galley export` reads them).
 */
export function generatedProject(articles: number): ProjectSnapshot {
  const pageCount = Math.ceil(articles / PER_PAGE);
  let cursor = 0;
  const source = fixtureLines();
  const next = (): string => source[cursor++ % source.length];
  const pages: ProjectSnapshot['pages'] = [];
  for (let p = 0; p < pageCount; p++) {
    let raw = '';
    const field = (text: string): TextField => {
      const start = raw.length;
      raw += text + '\n';
      // The correction: OCR spaces between CJK characters removed, a misread 己 fixed.
      return {
        text: text.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '').replace(/己/g, '已'),
        spans: [{ start, end: start + text.length }],
      };
    };
    const id = `page-${String(p).padStart(4, '0')}`;
    const articles: Article[] = [];
    for (let a = 0; a < PER_PAGE; a++) {
      const title = field(next().slice(0, 24));
      const paragraphs = [field(next()), field(next()), field(next())];
      articles.push({
        ...emptyContent(),
        title,
        dateline: field('本报讯'),
        paragraphs,
        byline: field('记者 王赛华 通讯员 李淑婷'),
        id: `${id}-${a}`,
        pageId: id,
        order: a,
        status: a % 3 === 0 ? 'reviewed' : 'corrected',
        ...(a % 3 === 0 && { reviewer: '李淑婷', reviewedAt: 1_763_700_000_000 }),
        createdAt: 1_763_600_000_000,
        updatedAt: 1_763_650_000_000,
      });
    }
    const page: Page = {
      id,
      name: `${id}.txt`,
      relativePath: `1999-05/${id}.txt`,
      sha256: 'ab'.repeat(32),
      encoding: 'gb18030',
      bom: false,
      lineEndings: 'crlf',
      byteLength: raw.length * 2,
      charLength: raw.length,
      importedAt: 1_763_500_000_000,
      empty: false,
      furniture: [],
      articleCount: PER_PAGE,
      coverage: 1,
    };
    pages.push({ page, raw, articles });
  }
  const figures = new Map(
    pages.flatMap(({ raw, articles }) => articles.map((a) => [a.id, countedFigures(a.id, a, raw)] as const)),
  );
  return { pages, figures };
}
