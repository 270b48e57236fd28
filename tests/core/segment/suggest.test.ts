import { describe, expect, it } from 'vitest';
import { fieldsOf, type ArticleContent, type Span } from '../../../src/core/model';
import { suggestArticles } from '../../../src/core/segment';
import { PAGE_000, PAGE_002, type Expected } from './expectations';
import { sample } from './samples';

function checkPage(name: string, expected: Expected[]) {
  const raw = sample(name);
  const articles = suggestArticles(raw);

  it(`finds the ${expected.length} articles in reading order`, () => {
    expect(articles.map((a) => a.title.text)).toEqual(expected.map((e) => e.title));
    expect(articles.map((a) => a.order)).toEqual(expected.map((_, i) => i));
  });

  describe.each(expected.map((e, i) => [i, e] as const))('article %i', (i, e) => {
    const a = articles[i];
    it('has the headline parts', () => {
      expect(a.section.text).toBe(e.section ?? '');
      expect(a.kicker.text).toBe(e.kicker ?? '');
      expect(a.title.text).toBe(e.title);
      expect(a.subtitle.text).toBe(e.subtitle ?? '');
    });
    it('has its dateline and byline in their fields, not in the body', () => {
      expect(a.dateline.text).toBe(e.dateline);
      expect(a.byline.text).toBe(e.byline);
      for (const p of a.paragraphs) {
        expect(p.text).not.toMatch(/^本报讯/);
        expect(p.text).not.toContain(e.byline);
      }
    });
    it('has a body from its first to its last sentence', () => {
      expect(a.paragraphs.length).toBeGreaterThan(0);
      expect(a.paragraphs[0].text.startsWith(e.firstSentence)).toBe(true);
      expect(a.paragraphs.at(-1)!.text.endsWith(e.lastSentence)).toBe(true);
    });
  });

  it('joins the paragraphs a column jump split in mid-sentence', () => {
    for (const a of articles) {
      for (const p of a.paragraphs) expect(p.text).toMatch(/[。！？”）]$/);
    }
  });

  it('gives every field spans whose raw text is what the field was read from', () => {
    for (const [i, a] of articles.entries())
      checkProvenance(a, raw, i > 0 && a.section.text === articles[i - 1].section.text);
  });

  it('gives no raw character to two fields', () => {
    const spans = articles.flatMap((a) => [...fieldsOf(a)].flatMap(([, f]) => f.spans));
    expectDisjoint(spans);
  });
}

// Normalised so that cleanup (widened punctuation, joined lines, paired quotes) compares equal.
export function fold(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/。/g, '.')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");
}

/** `sharedSection`: the section label is the one before it, whose raw text the first article owns. */
export function checkProvenance(a: ArticleContent, raw: string, sharedSection = false) {
  for (const [ref, f] of fieldsOf(a)) {
    if (f.text === '' || (sharedSection && ref.kind === 'section')) continue;
    expect(f.spans.length, `${ref.kind} has spans`).toBeGreaterThan(0);
    const fromRaw = f.spans.map((s) => raw.slice(s.start, s.end)).join('');
    expect(fold(fromRaw), `${ref.kind}: ${f.text}`).toBe(fold(f.text));
  }
}

export function expectDisjoint(spans: Span[]) {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end);
}

describe('suggestArticles on page-000', () => checkPage('page-000.txt', PAGE_000));
describe('suggestArticles on page-002', () => checkPage('page-002.txt', PAGE_002));

describe('suggestArticles on page-001 (columns, scrambled order)', () => {
  const raw = sample('page-001.txt');
  const articles = suggestArticles(raw);

  it('finds the department-kicker articles with their titles', () => {
    const byKicker = new Map(articles.map((a) => [a.kicker.text, a.title.text]));
    expect(byKicker.get('经开区党政办公室')).toBe('牵总抓细强责任 成果转化筑担当');
    expect(byKicker.get('经开区宣传部（文明办）')).toBe('弘扬廉洁文化 涵养清风正气');
    expect(byKicker.get('经开区纪检监察工委')).toBe('用好专项监督检查“组合拳” 当好优化营商环境“护航员”');
  });

  it('joins a kicker and title printed after their body to that body', () => {
    const procurement = articles.find((a) => a.title.text === '创新政府采购新模式 打造高效廉洁交易平台')!;
    expect(procurement.kicker.text).toBe('经开区财政局（审计局）');
    expect(procurement.paragraphs[0].text).toMatch(/^今年以来，经开区财政局（审计局）紧扣/);
    const greening = articles.find((a) => a.title.text === '加强雨后绿化养护 促进苗木生长')!;
    expect(greening.kicker.text).toBe('经开区综合行政执法局');
    expect(greening.paragraphs[0].text).toMatch(/^“夜来秋雨后，秋气飒然新”/);
    expect(greening.byline.text).toBe('记者 王赛华 经开时报 李洪永 通讯员 李磊 文/图');
  });

  it('keeps intertitles inside their article', () => {
    const audit = articles.find((a) => a.kicker.text === '经开区纪检监察工委')!;
    const texts = audit.paragraphs.map((p) => p.text);
    expect(texts).toContain('持续跟进监督 以硬作风优化营商环境');
    expect(texts).toContain('护航企业安全生产 以严要求压实安全职责');
    expect(articles.filter((a) => a.title.text === '持续跟进监督 以硬作风优化营商环境')).toEqual([]);
  });

  it('joins lines broken at column width without spaces and across column jumps', () => {
    const first = articles[0].paragraphs[0].text;
    expect(first).toContain('会前共牵头征集对区党工委的意见建议673条。');
    expect(first).toContain('共参与特大暴雨灾害以案促改、问题整改、灾后重建工作推进会等有关会议13场次，');
  });

  it('keeps provenance exact and disjoint', () => {
    for (const a of articles) checkProvenance(a, raw);
    expectDisjoint(articles.flatMap((a) => [...fieldsOf(a)].flatMap(([, f]) => f.spans)));
  });
});

describe('suggestArticles on pages without datelines', () => {
  // Two commentaries marked with headings, the first with intertitles set smaller than its
  // title and a byline closing its last paragraph; no 本报讯 anywhere.
  const raw = [
    '## 让数据多跑路',
    '近年来,各地推进政务服务改革,群众办事更方便。',
    '### 强党建,筑牢思想根基',
    '坚持把党的建设贯穿始终,压实责任。',
    '### “虚心”引能力提升',
    '通过以案促改,推动工作提质增效。记者 鲁慧',
    '## 守护好一方净土',
    '生态环境保护是功在当代、利在千秋的事业。',
    '图为培训现场。',
    '通讯员 刘俊凯 摄',
    '只有久久为功,才能让天更蓝、水更清。',
  ].join('\n\n');
  const articles = suggestArticles(raw);

  it('starts an article at each headline as large as a title, not at intertitles', () => {
    expect(articles.map((a) => a.title.text)).toEqual(['让数据多跑路', '守护好一方净土']);
    expect(articles[0].paragraphs.map((p) => p.text)).toEqual([
      '近年来，各地推进政务服务改革，群众办事更方便。',
      '强党建，筑牢思想根基',
      '坚持把党的建设贯穿始终，压实责任。',
      '“虚心”引能力提升',
      '通过以案促改，推动工作提质增效。',
    ]);
    expect(articles[0].byline.text).toBe('记者 鲁慧');
  });

  it('gathers a photo caption with its credit', () => {
    expect(articles[1].captions.map((c) => c.text)).toEqual(['图为培训现场。通讯员 刘俊凯 摄']);
    expect(articles[1].paragraphs.map((p) => p.text)).toEqual([
      '生态环境保护是功在当代、利在千秋的事业。',
      '只有久久为功，才能让天更蓝、水更清。',
    ]);
    checkProvenance(articles[1], raw);
  });
});

describe('suggestArticles with a kicker printed after its title', () => {
  const raw =
    '# 创新政府采购新模式 打造高效廉洁交易平台\n\n区财政局\n\n本报讯 今年以来,区财政局紧扣“能力作风建设年”活动。\n\n记者 王赛华\n\n# 加强雨后绿化养护\n\n本报讯 近日,区综合行政执法局开展绿化养护工作。';
  const articles = suggestArticles(raw);

  it('joins the kicker to the article of the title above it', () => {
    expect(articles.map((a) => [a.kicker.text, a.title.text])).toEqual([
      ['区财政局', '创新政府采购新模式 打造高效廉洁交易平台'],
      ['', '加强雨后绿化养护'],
    ]);
    expect(articles[0].paragraphs.map((p) => p.text)).toEqual([
      '今年以来，区财政局紧扣“能力作风建设年”活动。',
    ]);
    for (const a of articles) checkProvenance(a, raw);
  });
});
