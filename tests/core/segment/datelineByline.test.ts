import { describe, expect, it } from 'vitest';
import { splitDatelineByline, suggestArticles } from '../../../src/core/segment';

const rawOf = (raw: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => raw.slice(s.start, s.end)).join('');

describe('splitDatelineByline', () => {
  it('gives the names in full-width brackets to the byline, the words and brackets to the dateline', () => {
    const raw = 'xx\n本报讯（通讯员 张冲 李帅广）近日，区里召开会议。';
    const from = raw.indexOf('本');
    const r = splitDatelineByline(raw.slice(from), from)!;
    expect(r.dateline.text).toBe('本报讯（通讯员 张冲 李帅广）');
    expect(r.byline.text).toBe('通讯员 张冲 李帅广');
    expect(rawOf(raw, r.byline.spans)).toBe('通讯员 张冲 李帅广');
    expect(rawOf(raw, r.dateline.spans)).toBe('本报讯（）');
  });

  it('reads half-width brackets, two roles and doubled spaces, and writes the dateline full width', () => {
    const text = '本报讯(记者  王赛华 通讯员 李淑婷)7月24日,区里…';
    const r = splitDatelineByline(text, 100)!;
    expect(r.dateline.text).toBe('本报讯（记者 王赛华 通讯员 李淑婷）');
    expect(r.byline.text).toBe('记者 王赛华 通讯员 李淑婷');
    expect(r.byline.spans).toEqual([{ start: 104, end: 104 + '记者  王赛华 通讯员 李淑婷'.length }]);
    expect(r.dateline.spans).toEqual([
      { start: 100, end: 104 },
      { start: 104 + '记者  王赛华 通讯员 李淑婷'.length, end: 105 + '记者  王赛华 通讯员 李淑婷'.length },
    ]);
  });

  it('reads a dateline with its date inside (本报3月14日讯) the same way', () => {
    const r = splitDatelineByline('本报3月14日讯（记者 常宁 通讯员 文远）记者从区市场监管局获悉…')!;
    expect(r.dateline.text).toBe('本报3月14日讯（记者 常宁 通讯员 文远）');
    expect(r.byline.text).toBe('记者 常宁 通讯员 文远');
  });

  it('leaves a dateline without brackets, or with no byline in them, alone', () => {
    expect(splitDatelineByline('本报讯 7月24日，区里召开会议。')).toBeUndefined();
    expect(splitDatelineByline('本报讯（综合报道）近日，区里召开会议。')).toBeUndefined();
    expect(splitDatelineByline('近日，本报讯（通讯员 张冲）')).toBeUndefined();
  });
});

describe('suggested articles with the byline in the dateline', () => {
  it('fill the byline field from the brackets when the article has no other byline', () => {
    const raw =
      '区里召开防汛工作会议\n\n本报讯（通讯员 张冲）近日，区里召开防汛工作会议，部署汛期各项工作。\n';
    const [a] = suggestArticles(raw);
    expect(a.dateline.text).toBe('本报讯（通讯员 张冲）');
    expect(a.byline.text).toBe('通讯员 张冲');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['近日，区里召开防汛工作会议，部署汛期各项工作。']);
    // Every raw character of the dateline line has one owner, brackets included.
    const owned = [a.dateline, a.byline, ...a.paragraphs].flatMap((f) => f.spans);
    const line = raw.indexOf('本报讯');
    const ends = raw.indexOf('\n', line);
    for (let i = line; i < ends; i++)
      expect(owned.filter((s) => s.start <= i && i < s.end).length, raw[i]).toBe(1);
  });

  it('keep a byline printed elsewhere and leave the dateline whole', () => {
    const raw =
      '区里召开防汛工作会议\n\n本报讯（通讯员 张冲）近日，区里召开防汛工作会议，部署汛期各项工作。\n\n会议要求各单位落实责任。\n记者 王赛华\n';
    const [a] = suggestArticles(raw);
    expect(a.byline.text).toBe('记者 王赛华');
    expect(a.dateline.text).toBe('本报讯（通讯员 张冲）');
    expect(rawOf(raw, a.dateline.spans)).toBe('本报讯（通讯员 张冲）');
  });
});
