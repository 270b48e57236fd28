// On any page made of the parts a newspaper prints (headlines with or without `#`, kickers,
// datelines, bylines, names alone, captions and credits, marks, lists, verse, furniture, blank
// lines or none), segmentation loses no raw text and gives none twice: every span lies inside
// the page, no raw character is in two fields, and every character but whitespace, `#` marks
// and furniture belongs to some article.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUnits } from '../../../src/core/clean/structure';
import { suggestArticles } from '../../../src/core/segment';
import { allSpans, expectDisjoint } from './checks';

const PARTS = [
  '# 全区召开安全生产工作会议',
  '## 城北公园改造完工',
  '区教育局',
  '社会民生',
  '稳字当头 进中求好',
  '规上工业增加值增长 8.1%，消费稳步回升',
  '——石桥镇发展茶产业纪实',
  '区人大常委会开展食品安全',
  '法执法检查',
  '郑言',
  '□ 林默',
  '文/宋小禾',
  '本报讯（融媒体记者 张晓 通讯员 李明）6月3日，城北公园改造完工。',
  '本报讯 近日，我区开展了活动，',
  '6月2日讯（记者 赵一）全市消防演练今日举行。',
  '会议要求，各单位要压实责任，加强隐患排查，',
  '确保安全生产形势稳定。',
  '今年全区改造老旧小区30个。记者 王赛华',
  '图为活动现场。',
  '通讯员 刘俊凯 摄',
  '工人们正在加紧赶制订单。（记者 罗文 摄）',
  '（通讯员 韦佳 摄）',
  '记者 鲁慧 通讯员 李淑婷',
  '(上接第1版)',
  '会议要求各部门①5',
  '一、提高认识，压实责任；',
  '二、加强巡查，排除隐患。',
  '风从南边吹来',
  '一垄一垄的麦苗',
  '就抬起头',
  '县司法局',
  '2025年3月1日',
  '（作者系县文化馆退休干部）',
  '普法问答',
  '老人买保健品被骗怎么办？',
  '导  读',
  '东岭日报 2025年3月3日 星期一 第1版',
  '中共东岭县委主办  第2031期',
  '本版编辑 许朵  校对 陈默',
  '',
];

const pageOf = fc
  .array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 30 })
  .map((ls) => ls.join('\n'));

describe('suggestArticles on any page of newspaper parts', () => {
  it('keeps every span inside the page and gives no raw character to two fields', () => {
    fc.assert(
      fc.property(pageOf, (raw) => {
        const spans = allSpans(suggestArticles(raw));
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(raw.length);
        }
        expectDisjoint(spans);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out nothing but whitespace, heading marks and furniture', () => {
    fc.assert(
      fc.property(pageOf, (raw) => {
        const owned = new Uint8Array(raw.length);
        for (const s of allSpans(suggestArticles(raw))) owned.fill(1, s.start, s.end);
        for (const u of readUnits(raw))
          if (u.kind === 'furniture') for (const s of u.spans) owned.fill(1, s.start, s.end);
        for (const m of raw.matchAll(/^#{1,6}(?=[ \t])/gmu)) owned.fill(1, m.index, m.index + m[0].length);
        const left = [...raw].filter((c, i) => !owned[i] && !/\s/u.test(c)).join('');
        expect(left).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
