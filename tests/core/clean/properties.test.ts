// Property tests: every transform is idempotent, and applying transforms or extractions to
// an article keeps its provenance (spans) intact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TRANSFORMS,
  applyTransform,
  cleanContent,
  cleanText,
  extractParts,
  joinBrokenLines,
} from '../../../src/core/clean';
import { emptyContent, fieldsOf, type ArticleContent } from '../../../src/core/model';
import { suggestArticles } from '../../../src/core/segment';
import { fixturePages } from '../../fixtures';

// Text built from the pieces the transforms react to, so the properties meet real cases.
const piece = fc.constantFrom(
  '中',
  // Page furniture, other papers' marks, credits, list markers and datelines (issue 12's
  // rules): soaking with these found ten inputs that cleaned differently the second time.
  '责编',
  '第3版',
  '- 3 -',
  '（下转第 2 版）',
  '(转 3 版)',
  '① 5',
  '1月8日',
  '融媒体中心 宋佳',
  '供稿',
  '（温可欣）',
  '一、',
  '（1）',
  '1.',
  '12345',
  '——',
  '本报1月8日讯（记者 温可欣）',
  '## ',
  '# ',
  '文',
  '经开区',
  '本报讯',
  '记者 鲁慧',
  '通讯员',
  '文/图',
  '图为',
  '①5',
  '（下转第2版）',
  ' ',
  '  ',
  '\n',
  '\n\n',
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '"',
  "'",
  '“',
  '”',
  '。',
  '，',
  'a',
  'Word',
  '-',
  '1',
  '8.2',
  '1,234',
  'https://x.cn/a?b=1',
  '#',
  '## ',
  '\t',
  '\u3000',
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
// A continuation mark (`①5`) or jump line (`（下转第2版）`) after a sentence left unfinished:
// after anything but a mark that closes a sentence (a clause left open by a comma, colon,
// bracket or quote, or prose that stops on a word, `…b=1.中（下转第2版）`).
const MARK_AFTER_UNFINISHED =
  /[^。！？!?…；;”’」』）)》.\s\u3000][\s\u3000]*(?:[①-⑳]|[（(](?:下转|上接|转|紧转|紧接|接上))/;

describe('idempotence', () => {
  it.each(TRANSFORMS.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    fc.assert(
      fc.property(text, (s) => {
        const once = t.apply(s).text;
        expect(t.apply(once).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('the default pipeline', () => {
    fc.assert(
      fc.property(
        text.filter((s) => !MARK_AFTER_UNFINISHED.test(s)),
        (s) => {
          const once = cleanText(s).text;
          expect(cleanText(once).text).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a continuation mark after an unfinished sentence ends its paragraph, and a second clean may join it', () => {
    // The mark says the story goes on elsewhere, so the text after it is another story (issue
    // 12). Once the mark is removed, nothing is left to tell `逐户走访，` (or prose stopping on
    // a word) from a column that broke mid-sentence, which cleaning joins across a blank line:
    // the one input on which cleaning twice is not cleaning once, and the reason the property
    // above leaves it out.
    const once = cleanText('逐户走访，①5\n限时整改到位，确保安全。').text;
    expect(once).toBe('逐户走访，\n\n限时整改到位，确保安全。');
    expect(cleanText(once).text).toBe('逐户走访，限时整改到位，确保安全。');
    const word = cleanText('登录网站https://x.cn/a?b=1.查看通知，了解详情（下转第2版）\n中').text;
    expect(word).toMatch(/了解详情\n\n中$/);
    expect(cleanText(word).text).toMatch(/了解详情中$/);
  });

  it('an indent parts paragraphs as the blank line cleanup writes for it does', () => {
    // Found by the property above: the indent parted `中(` from the line under it, and a
    // second clean, reading a blank line instead, joined the open bracket to it.
    for (const raw of ['  中(\n　中', '　　在会上，\n　　他说：“好。”']) {
      const once = cleanText(raw).text;
      expect(once).not.toContain('\n');
      expect(cleanText(once).text).toBe(once);
    }
    // A finished sentence under an indent still opens a paragraph.
    expect(cleanText('　　会议结束。\n　　他说：“好。”').text).toBe('会议结束。\n\n他说：“好。”');
  });

  it('a stop after a closing quote reads as the full stop cleanup makes it, headline or not', () => {
    // Found by the property above: `”.` read as a headline (no sentence mark yet) kept the open
    // quote's paragraph apart; cleaned, `”。` read as prose and joined it.
    for (const raw of ['中“\n\n”.', '中“\n\n中”.', '中“\n\n中".']) {
      const once = cleanText(raw).text;
      expect(once).not.toContain('\n');
      expect(cleanText(once).text).toBe(once);
    }
  });

  it('a quoted slogan is judged with the space a link gets after it', () => {
    // Found by the property above: the space put after the link lengthened the quotation past
    // the slogan's limit, and a second clean dropped the space the first had kept.
    const once = cleanText('"https://x.cn/a?b=1中\u3000”').text;
    expect(once).toBe('“https://x.cn/a?b=1 中”');
    expect(cleanText(once).text).toBe(once);
  });

  it('a list number is widened as the space before punctuation will be taken', () => {
    // Found by the property above: `(1) 。` lost its space in one clean and was widened in the next.
    const once = cleanText('(1) 。').text;
    expect(once).toBe('（1）。');
    expect(cleanText(once).text).toBe(once);
  });

  it('a stop after a closing quote and spaces reads as the full stop it becomes once they are taken', () => {
    // Found by soaking the property above: `”\u3000. 1` lost its space in one clean and widened
    // its stop in the next; `## 中.` read as a headline beside `中“` until the stop was `。`.
    for (const raw of ['”\u3000. 1，', '”\u3000.中', '中“\n\n## 中.']) {
      const once = cleanText(raw).text;
      expect(once).toContain('。');
      expect(cleanText(once).text).toBe(once);
    }
  });

  it('a lone heading mark over a line is read as the marked line cleanup writes', () => {
    // Found by soaking: `#` over a link was joined to `# https://…`, which a second clean read
    // as a marked line and joined to the open bracket above it. A marked line across a blank
    // line is not the rest of a sentence: it stays a paragraph of its own.
    const once = cleanText('中(\n\n#\nhttps://x.cn/a?b=1').text;
    expect(once).toBe('中(\n\n# https://x.cn/a?b=1');
    expect(cleanText(once).text).toBe(once);
  });

  it('a byline joined from two lines has its spaces read as one, as on its own line', () => {
    // Found by soaking: the joined byline kept its ideographic space, a second clean made it one.
    const once = cleanText('记者 鲁慧\u3000中\n中').text;
    expect(once).toBe('记者 鲁慧 中中');
    expect(cleanText(once).text).toBe(once);
  });

  it('a list item heading stays parted from the text under it across the blank line cleanup writes', () => {
    // Found by soaking: `1.中` ended its paragraph inside the block and was joined across it.
    const once = cleanText('1.中\n文https://x.cn/a?b=1').text;
    expect(once).toBe('1.中\n\n文https://x.cn/a?b=1');
    expect(cleanText(once).text).toBe(once);
  });

  it('a comma between digits, and a mark read past a comma, are read as the same clean leaves the marks beside them', () => {
    // Found by soaking: `1,1,中` kept its first comma until a second clean saw `，` after `1`.
    for (const [raw, want] of [
      ['1,1,中', '1，1，中'],
      ['①5,1!中', '①5，1！中'],
      ['1,200,中', '1,200，中'],
      // Past the spaces cjk-spaces takes, and the quote nextCode looks past.
      ['1,2341 ，', '1，2341，'],
      ['8.2,  “1,234', '8.2,“1,234'],
      // A mark read past a comma the same pass widens.
      ['8.2,;1中', '8.2，；1中'],
      // The structure reads such a comma as the clause mark it becomes (`1,2341——` is prose).
      ['1,2341——\n\n中', '1，2341——中'],
    ]) {
      const once = cleanText(raw).text;
      expect(once).toBe(want);
      expect(cleanText(once).text).toBe(once);
    }
  });

  it('a line marked as a heading that a continuation mark parted from the line above stays parted', () => {
    // Found by soaking: `## 中.（下转第2版）` ended its paragraph under `中,`; once the mark was
    // out and a blank line stood between, a second clean joined `中，## 中。`, marks and all.
    const once = cleanText('中,\n## 中.（下转第2版）').text;
    expect(once).toBe('中，\n\n## 中。');
    expect(cleanText(once).text).toBe(once);
    // Across a blank line a marked line is never the rest of the sentence above it.
    expect(cleanText('他们表示，\n\n## 将继续推进老旧小区改造').text).toBe(
      '他们表示，\n\n## 将继续推进老旧小区改造',
    );
  });

  it('a line a continuation mark closes is read as it reads once the mark is out', () => {
    // Found by soaking: `（温可欣）(转 3 版)` read as a headline for the mark after its brackets,
    // so it stayed apart from the open sentence above; alone, `（温可欣）` is a note and was joined.
    const once = cleanText('中，\n\n（温可欣）(转 3 版)').text;
    expect(once).toBe('中，（温可欣）');
    expect(cleanText(once).text).toBe(once);
  });

  it('a line of headline length is read so whatever spaces it loses', () => {
    // Found by soaking: 49 characters with a stray space were prose, whose byline keeps its
    // space; 48 once the space was dropped, a headline, whose two-character half loses it.
    const raw = '（下转第 2 版）8.2Word1月8日（1）（温可欣） 本报1月8日讯（记者 温可欣）记者 鲁慧';
    const once = cleanText(raw).text;
    expect(cleanText(once).text).toBe(once);
  });

  it('a list marker joined to the line above heads nothing: the text under it is not parted', () => {
    // Found by soaking: `一、` joined `中`, yet parted `记者 鲁慧(` as a heading would, and a
    // second clean, seeing `中一、`, joined them.
    const once = cleanText('中\n一、\n记者 鲁慧(').text;
    expect(once).toBe('中一、记者鲁慧(');
    expect(cleanText(once).text).toBe(once);
  });

  it('brackets are widened in one clean when a mark or an inner pair widened beside them makes them Chinese', () => {
    // Found by soaking: `(1);中` and `(中(a))` were widened a pair at a time, a clean each.
    for (const [raw, want] of [
      ['(1);中', '（1）；中'],
      ['(1) ,中', '（1），中'],
      ['(中(a))', '（中（a））'],
    ]) {
      expect(cleanText(raw).text).toBe(want);
      expect(cleanText(want).text).toBe(want);
    }
  });

  it('a short line with a stop in it, parted from the text below as a headline, stays parted', () => {
    // Found by the property above (seed 291917316): the block reading parts `.中` as a
    // headline; once a blank line stood between, the stop read as a clause mark and joined.
    for (const raw of ['.中\n文/图中?', 'a.中\n文/图中?']) {
      const once = cleanText(raw).text;
      expect(once).toContain('中\n\n文');
      expect(cleanText(once).text).toBe(once);
    }
  });

  it('joining lines keeps every character but whitespace, in order, and leaves only paragraph breaks', () => {
    // The join follows the page's structure reading (clean/structure.ts), shared with
    // segmentation. It used to be joinColumnJumps(joinLines(s)), which the issue found wrong:
    // it glued a byline, a caption or the next article's headline onto the paragraph before it.
    // A headline's `#` marks are structure, not text: a headline over two marked lines is one
    // line with one mark once joined (`## 1,234` / `## 第3版` read as one headline). So marks may
    // go, never come.
    const ink = (t: string) => t.replace(/[\s#]+/g, '');
    const marks = (t: string) => t.split('#').length - 1;
    fc.assert(
      fc.property(text, (s) => {
        const joined = joinBrokenLines.apply(s).text;
        expect(ink(joined)).toBe(ink(s));
        expect(marks(joined)).toBeLessThanOrEqual(marks(s));
        expect(joined).not.toMatch(/[^\n]\n[^\n]/);
      }),
      { numRuns: 1000, examples: [['## 1,234\n## 第3版']] },
    );
  });

  it.each(fixturePages().map((p) => [p.name, p.raw]))('the default pipeline on %s', (_name, raw) => {
    const once = cleanText(raw).text;
    expect(cleanText(once).text).toBe(once);
  });
});

/** An article whose body paragraphs are consecutive raw blocks of `raw`. */
const article = fc
  .array(
    text.filter((s) => s.trim() !== ''),
    { minLength: 1, maxLength: 6 },
  )
  .map((blocks) => {
    const raw = blocks.join('\n\n');
    const content: ArticleContent = emptyContent();
    let at = 0;
    for (const b of blocks) {
      content.paragraphs.push({ text: b, spans: [{ start: at, end: at + b.length }] });
      at += b.length + 2;
    }
    return { raw, content };
  });

const allSpans = (c: ArticleContent) => [...fieldsOf(c)].flatMap(([, f]) => f.spans);
const covered = (c: ArticleContent) =>
  allSpans(c)
    .flatMap((s) => Array.from({ length: s.end - s.start }, (_, i) => s.start + i))
    .sort((a, b) => a - b);

describe('span integrity', () => {
  it('transforms change text, never spans', () => {
    fc.assert(
      fc.property(article, ({ content }) => {
        for (const t of TRANSFORMS) {
          const { content: next } = applyTransform(t, content);
          const before = [...fieldsOf(content)].map(([, f]) => f.spans);
          const after = [...fieldsOf(next)].map(([, f]) => f.spans);
          expect(after).toEqual(before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('extraction moves spans between fields without losing, duplicating or overlapping any', () => {
    fc.assert(
      fc.property(article, ({ raw, content }) => {
        const next = extractParts(content, raw);
        const isInk = (i: number) => !/\s/.test(raw[i]);
        // Every non-space raw character owned before is owned after, once.
        expect(covered(next).filter(isInk)).toEqual(covered(content).filter(isInk));
        for (const s of allSpans(next)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(raw.length);
          expect(s.end).toBeGreaterThan(s.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(fixturePages().map((p) => [p.name, p.raw]))(
    'cleanContent on the suggested articles of %s keeps every span pointing at the same raw text',
    (_name, raw) => {
      for (const a of suggestArticles(raw, {
        enabled: {
          'join-lines': false,
          'cjk-spaces': false,
          'cjk-punctuation': false,
          'continuation-marks': false,
        },
      })) {
        const { content } = cleanContent(a, raw);
        expect(allSpans(content).sort((x, y) => x.start - y.start)).toEqual(
          allSpans(a).sort((x, y) => x.start - y.start),
        );
      }
    },
  );
});
