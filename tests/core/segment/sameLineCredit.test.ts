// A photo's text signed on its own line (`…检查供热管道。 记者 温可欣 摄`) with no `图为` to
// open it: only a photo's text is signed `摄`, so the line is a caption with its credit, not
// prose of the story (where the credit's reporter, also the byline, stood in the body), and
// in a photo item with no other text it is the item's text and its byline.
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');

describe('a photo credit closing a sentence on its line', () => {
  it('makes that line a caption, credit and all, out of the body', () => {
    const [a] = suggestArticles(
      page(
        '全区启动冬季集中供暖',
        '',
        '本报讯（记者 温可欣）11月15日零时，我区集中供暖正式启动。',
        '记者 温可欣',
        '据了解，今年供热面积比去年增加十万平方米。',
        '',
        '工作人员正在检查供热管道。 记者 温可欣 摄',
        '',
        '相关负责人表示，群众如遇问题可拨打热线电话反映。',
      ),
    );
    expect(a.captions.map((c) => c.text)).toEqual(['工作人员正在检查供热管道。 记者 温可欣 摄']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '11月15日零时，我区集中供暖正式启动。',
      '据了解，今年供热面积比去年增加十万平方米。',
      '相关负责人表示，群众如遇问题可拨打热线电话反映。',
    ]);
    expect(a.byline.text).toBe('记者 温可欣');
  });

  it('in a photo item, parts its text from the credit, which signs it', () => {
    const [a] = suggestArticles(
      page(
        '湿地公园迎来初雪',
        '',
        '11月20日，青河湿地公园迎来今冬第一场雪，游客纷纷拍照留念。 通讯员 李磊 摄',
      ),
    );
    expect(a.title.text).toBe('湿地公园迎来初雪');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '11月20日，青河湿地公园迎来今冬第一场雪，游客纷纷拍照留念。',
    ]);
    expect(a.byline.text).toBe('通讯员 李磊 摄');
    expect(a.captions).toEqual([]);
  });

  it('leaves prose that only names a reporter as prose', () => {
    const [a] = suggestArticles(
      page('供暖热线开通', '', '本报讯 区住建局开通供暖热线，记者 温可欣 现场体验了接听流程。'),
    );
    expect(a.captions).toEqual([]);
    expect(a.paragraphs).toHaveLength(1);
  });
});
