// Continuation marks as other papers print them, and as OCR spaces them: `（下转第 2 版）`,
// `(转 3 版)`, `① 5`, `（紧转第3版）`. Each ends its paragraph (the next story's kicker and title,
// set right under it with no blank line, start a new article) and becomes a note in the form the
// corrected text prints; `clean` removes it, says so, and parts the paragraphs the same way.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);

/** A column story closed by `mark`, with the next story's kicker and title right under it. */
const storiesAround = (mark: string) =>
  page(
    '石桥镇',
    '冬修水利正当时',
    '本报讯 入冬以来，石桥镇组织群众清淤疏渠，修复',
    `灌溉渠道 12 公里。${mark}`,
    '区卫健委',
    '流感疫苗接种点增至18个',
    '本报讯 记者从区卫健委获悉，全区流感疫苗接种点',
    '已增至 18 个，市民可就近预约接种。',
  );

describe.each([
  ['（下转第 2 版）', '（下转第2版）'],
  ['(转 3 版)', '（转3版）'],
  ['① 5', '①5'],
  ['（紧转第3版）', '（紧转第3版）'],
  ['（转A3版）', '（转A3版）'],
])('a story closed by %s', (mark, note) => {
  const raw = storiesAround(mark);

  it('ends there: the next kicker and title open the next article', () => {
    const [first, second] = suggestArticles(raw);
    expect(texts(first.paragraphs)).toEqual(['入冬以来，石桥镇组织群众清淤疏渠，修复灌溉渠道 12 公里。']);
    expect(second.kicker.text).toBe('区卫健委');
    expect(second.title.text).toBe('流感疫苗接种点增至18个');
  });

  it(`keeps the mark as the note ${note}`, () => {
    expect(texts(suggestArticles(raw)[0].notes)).toEqual([note]);
  });

  it('is removed by clean, which says so and parts the paragraphs there', () => {
    const { text, reports } = cleanText(raw);
    expect(text).not.toContain(mark.trim());
    expect(text.split(/\n\s*\n/)).toContain('区卫健委');
    expect(reports?.filter((r) => r.kind === 'continuation-mark').map((r) => r.text)).toEqual([mark]);
  });
});

describe('a jump line that opens a story continued from another page', () => {
  it.each(['（上接第 1 版）', '(接上 1 版)', '（紧接第1版）'])('%s is a note, not text', (mark) => {
    const raw = page('# 全区秋粮收储进度过半', mark, '截至目前，全区已收储秋粮 3.2 万吨，进度过半。');
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('全区秋粮收储进度过半');
    expect(texts(a.paragraphs)).toEqual(['截至目前，全区已收储秋粮 3.2 万吨，进度过半。']);
    expect(texts(a.notes)).toHaveLength(1);
    expect(cleanText(raw).text).not.toContain(mark);
  });
});

describe('text that only looks like a mark', () => {
  it('a numbered item and a page spoken of in a sentence stay text', () => {
    const raw = page('# 读报有奖', '', '① 5 位读者获奖，名单见本报第 2 版（周五）。');
    const [a] = suggestArticles(raw);
    expect(texts(a.paragraphs)).toEqual(['① 5 位读者获奖，名单见本报第 2 版（周五）。']);
    expect(a.notes).toEqual([]);
  });
});
