// A small project with the content that breaks naive writers: markup characters, quotes,
// commas, line breaks, a character outside the BMP, long and duplicate titles, empty fields.
import type { Article, Page, Span } from '../../../src/core/model';
import { emptyContent } from '../../../src/core/model';
import type { ProjectSnapshot } from '../../../src/core/export/snapshot';

export const RAW_A = [
  '城区要闻',
  '区财政局',
  'R&D <投入> "创新"',
  '本报讯(通讯员 张冲)',
  '𠀀 工作己完成, 共计1831.6万元。',
  '记者 王赛华',
  '图为培训现场',
  'A "quoted", comma title',
  '第二段,含 & 与 <tag>。',
].join('\n');

export const RAW_B = ['同一标题', '正文一。', '同一标题', '正文二。', '无标题的正文。'].join('\n');

export function spanOf(raw: string, text: string, from = 0): Span {
  const start = raw.indexOf(text, from);
  if (start < 0) throw new Error(`not in raw: ${text}`);
  return { start, end: start + text.length };
}

export function page(id: string, relativePath: string, raw: string): Page {
  return {
    id,
    name: relativePath.split('/').pop()!,
    relativePath,
    sha256: id
      .padEnd(64, '0')
      .replace(/[^0-9a-f]/g, 'a')
      .slice(0, 64),
    encoding: 'gb18030',
    bom: false,
    lineEndings: 'crlf',
    byteLength: raw.length * 2,
    charLength: raw.length,
    importedAt: 1_700_000_000_000,
    empty: false,
    furniture: [],
    articleCount: 0,
    coverage: 0,
  };
}

export function article(pageId: string, order: number, fields: Partial<Article>): Article {
  return {
    ...emptyContent(),
    id: `${pageId}-a${order}`,
    pageId,
    order,
    status: 'corrected',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_100_000,
    ...fields,
  };
}

export function project(): ProjectSnapshot {
  const a = page('pa', 'issue-1/page-000.txt', RAW_A);
  const b = page('pb', 'page-001.txt', RAW_B);
  const longTitle = '创新政府采购新模式打造高效廉洁交易平台'.repeat(12);
  return {
    pages: [
      {
        page: b,
        raw: RAW_B,
        articles: [
          article('pb', 2, {
            paragraphs: [{ text: '无标题的正文。', spans: [spanOf(RAW_B, '无标题的正文。')] }],
          }),
          article('pb', 0, {
            title: { text: '同一标题', spans: [spanOf(RAW_B, '同一标题')] },
            paragraphs: [{ text: '正文一。', spans: [spanOf(RAW_B, '正文一。')] }],
            status: 'reviewed',
            reviewer: '李淑婷',
            reviewedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
          }),
          article('pb', 1, {
            title: { text: '同一标题', spans: [spanOf(RAW_B, '同一标题', 8)] },
            paragraphs: [{ text: '正文二。', spans: [spanOf(RAW_B, '正文二。')] }],
          }),
        ],
      },
      {
        page: a,
        raw: RAW_A,
        articles: [
          article('pa', 0, {
            section: { text: '城区要闻', spans: [spanOf(RAW_A, '城区要闻')] },
            kicker: { text: '区财政局', spans: [spanOf(RAW_A, '区财政局')] },
            title: { text: 'R&D <投入> "创新"', spans: [spanOf(RAW_A, 'R&D <投入> "创新"')] },
            subtitle: { text: '', spans: [] },
            dateline: { text: '本报讯(通讯员 张冲)', spans: [spanOf(RAW_A, '本报讯(通讯员 张冲)')] },
            paragraphs: [
              {
                text: '𠀀工作已完成，共计1831.6万元。',
                spans: [spanOf(RAW_A, '𠀀 工作己完成, 共计1831.6万元。')],
              },
              { text: '第一行\n第二行 # not a heading', spans: [] },
            ],
            byline: { text: '记者 王赛华', spans: [spanOf(RAW_A, '记者 王赛华')] },
            captions: [{ text: '图为培训现场', spans: [spanOf(RAW_A, '图为培训现场')] }],
            notes: [{ text: '①5 转第二版', spans: [] }],
            status: 'reviewed',
            reviewer: 'Wang, "Sai" Hua',
            reviewedAt: Date.UTC(2026, 0, 1),
          }),
          article('pa', 1, {
            title: {
              text: 'A "quoted", comma title\nwith a line break',
              spans: [spanOf(RAW_A, 'A "quoted", comma title')],
            },
            paragraphs: [
              { text: '第二段，含 & 与 <tag>。', spans: [spanOf(RAW_A, '第二段,含 & 与 <tag>。')] },
            ],
          }),
          article('pa', 2, {
            title: { text: longTitle, spans: [] },
            paragraphs: [{ text: '=SUM(A1)', spans: [] }],
          }),
          article('pa', 3, { title: { text: 'CON: a/b\\c*?<>|\u0007.', spans: [] } }),
        ],
      },
    ],
  };
}
