// Briefs signed by their writers' names with no role word, on pages printed without blank lines:
// a name on its own line between the text and the next brief's title signs the text above (it is
// no section label over the next brief), and names in brackets after the last sentence are the byline.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);

const nextBrief = ['家庭医生签约服务扩面', '本报讯 今年以来，全区家庭医生签', '约服务覆盖 12 万人。'];

describe('a name alone between a brief and the next one', () => {
  const raw = page(
    '老旧小区改造全面开工',
    '本报讯 3月12日，全区 42 个老旧小',
    '区改造项目全面开工，惠及居民',
    '8,600 余户。',
    '温可欣',
    ...nextBrief,
  );

  it('signs the brief above', () => {
    const [a, b] = suggestArticles(raw);
    expect(a.byline.text).toBe('温可欣');
    expect(b.title.text).toBe('家庭医生签约服务扩面');
    expect(b.section.text).toBe('');
  });

  it('is a paragraph of its own in clean', () => {
    expect(cleanText(raw).text.split(/\n\s*\n/)).toContain('温可欣');
  });

  it('a label over the next brief is still its section', () => {
    const [, b] = suggestArticles(
      page(
        '老旧小区改造全面开工',
        '本报讯 3月12日，全区老旧小区改造',
        '项目全面开工。',
        '社会民生',
        ...nextBrief,
      ),
    );
    expect(b.section.text).toBe('社会民生');
  });
});

describe('names in brackets after the last sentence', () => {
  it.each([
    ['（温可欣）', '温可欣'],
    ['(庞雨 王力)', '庞雨 王力'],
  ])('%s is the byline', (bracket, byline) => {
    const [a] = suggestArticles(page(...nextBrief.slice(0, 2), `约服务覆盖 12 万人。${bracket}`));
    expect(a.byline.text).toBe(byline);
    expect(texts(a.paragraphs)).toEqual(['今年以来，全区家庭医生签约服务覆盖 12 万人。']);
  });

  it('a word in brackets stays in the text', () => {
    const [a] = suggestArticles(page('# 条例施行', '', '本条例自2025年1月1日起施行。（试行）'));
    expect(a.byline.text).toBe('');
    expect(texts(a.paragraphs)).toEqual(['本条例自2025年1月1日起施行。（试行）']);
  });
});
