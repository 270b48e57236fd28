// suggestArticles on the real archive pages: the articles an archivist reads on them.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../../../src/core/model';
import { suggestArticles } from '../../../../src/core/segment';
import { checkProvenance, expectDisjoint } from '../../../core/segment/checks';
import { corpusPage } from '../corpus';
import { PAGE_000, PAGE_002, type Expected } from './expectations';

function checkPage(name: string, expected: Expected[]) {
  const raw = corpusPage(name);
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

describe('suggestArticles on page-000', () => checkPage('page-000.txt', PAGE_000));
describe('suggestArticles on page-002', () => checkPage('page-002.txt', PAGE_002));

describe('suggestArticles on page-001 (columns, scrambled order)', () => {
  const raw = corpusPage('page-001.txt');
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
    // 有关会 | column jump | 议 joined with nothing between; a number spaced on one side in the
    // raw gets one space on each side touching Han (the spacing rule of tests/fixtures/README.md).
    expect(first).toContain('会前共牵头征集对区党工委的意见建议 673 条。');
    expect(first).toContain('共参与特大暴雨灾害以案促改、问题整改、灾后重建工作推进会等有关会议 13 场次，');
  });

  it('keeps provenance exact and disjoint', () => {
    for (const a of articles) checkProvenance(a, raw);
    expectDisjoint(articles.flatMap((a) => [...fieldsOf(a)].flatMap(([, f]) => f.spans)));
  });
});
