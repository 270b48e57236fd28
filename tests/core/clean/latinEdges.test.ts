// Chinese punctuation and spaces where Latin text, numbers and addresses meet Chinese text
// across a column line or at an address's ends, each on a small invented text.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';

const clean = (...lines: string[]) => cleanText(lines.join('\n')).text;

describe('an address between Chinese words', () => {
  it('leaves the colon before it and the comma after it to the sentence: both full width', () => {
    expect(clean('投稿邮箱:wenyuan@example.cn')).toBe('投稿邮箱：wenyuan@example.cn');
    expect(clean('报名表发送至 tjy@example.cn,咨询电话 0371-6612566。')).toBe(
      '报名表发送至 tjy@example.cn，咨询电话 0371-6612566。',
    );
  });

  it('ending a paragraph, does not join the next one: its dots are no clause marks', () => {
    // A paragraph with no closing mark is joined across a blank line only when it reads as
    // prose (it has clause marks); `x.cn` made a short line ending in an address read so.
    expect(clean('详情请登录 https://x.cn/a?b=1', '', '活动现场设有咨询台。')).toBe(
      '详情请登录 https://x.cn/a?b=1\n\n活动现场设有咨询台。',
    );
  });

  it('ending a paragraph after a comma, does not join the next one, cleaned once or twice', () => {
    // Papers print no full stop after an address; a property test found the comma before it
    // decided differently half width (first clean) and full width (second clean).
    for (const comma of [',', '，']) {
      const once = clean(`详情请登录官方网站${comma}https://x.cn/a?b=1`, '', '活动现场设有咨询台。');
      expect(once).toBe('详情请登录官方网站，https://x.cn/a?b=1\n\n活动现场设有咨询台。');
      expect(cleanText(once).text).toBe(once);
    }
    expect(clean('投稿请发送电子邮件至编辑部邮箱，tougao@example.cn', '', '来稿请注明姓名。')).toBe(
      '投稿请发送电子邮件至编辑部邮箱，tougao@example.cn\n\n来稿请注明姓名。',
    );
  });

  it('keeps the marks inside it half width', () => {
    expect(clean('登录 https://x.cn/a?b=1,c 查看。')).toBe('登录 https://x.cn/a?b=1,c 查看。');
  });
});

describe('a half-width comma before Latin text', () => {
  it('is a clause mark as its widened form is: cleaning twice joins as cleaning once did', () => {
    // `,` before a letter is a number's or an address's when Latin text is on both sides;
    // after Chinese text the cleanup widens it, so the join across a blank line reads it so.
    const once = clean('他说工作人员在现场测试了两个识别方案的效果,OCR', '', '识别率都很高。');
    expect(once).toBe('他说工作人员在现场测试了两个识别方案的效果，OCR识别率都很高。');
    expect(cleanText(once).text).toBe(once);
  });
});

describe('a Latin term in brackets after Chinese text', () => {
  it('is glossed in full-width brackets, with no space the column break put inside them', () => {
    expect(clean('上半年全区实现地区生产总值(', 'GDP)186.4 亿元。')).toBe(
      '上半年全区实现地区生产总值（GDP）186.4 亿元。',
    );
  });
});

describe('a number after a space that ended the line above', () => {
  it('keeps one space before it, as the raw had one on that side', () => {
    expect(clean('其中，规模以上工业增加值增长 ', '7.1%，社会消费品零售总额增长4.9%。')).toBe(
      '其中，规模以上工业增加值增长 7.1%，社会消费品零售总额增长4.9%。',
    );
  });
});

describe('a bracket left alone by a continuation mark', () => {
  it('is no sentence the next paragraph goes on with, cleaned once or twice', () => {
    const once = clean('(①5', '', '中');
    expect(cleanText(once).text).toBe(once);
  });
});
