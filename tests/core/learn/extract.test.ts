import { describe, expect, it } from 'vitest';
import { extractCorrections } from '../../../src/core/learn/extract';

/** A field holding `line` as it was read from raw at `at`. */
function fieldOf(raw: string, line: string) {
  const start = raw.indexOf(line);
  return { text: line, spans: [{ start, end: start + line.length }] };
}

describe('extractCorrections', () => {
  it('learns a look-alike with the word it stands in, where the raw text has it', () => {
    const raw = '标题\n我们共创美好的末来。\n';
    const [c, ...rest] = extractCorrections(
      raw,
      fieldOf(raw, '我们共创美好的末来。'),
      '我们共创美好的未来。',
    );
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ from: '末来', to: '未来', at: 0, len: 1 });
    expect(raw.slice(c?.rawStart, (c?.rawStart ?? 0) + 2)).toBe('末来');
  });

  it('takes one neighbour on each side when the changed character is a word of its own', () => {
    const raw = '二0二四年三月';
    expect(extractCorrections(raw, fieldOf(raw, raw), '二〇二四年三月')).toMatchObject([
      { from: '二0二', to: '二〇二', at: 1, len: 1 },
    ]);
  });

  it('learns a dropped and a doubled character in the same form wherever the diff put it', () => {
    const dropped = '张华表示';
    expect(extractCorrections(dropped, fieldOf(dropped, dropped), '张晓华表示')).toMatchObject([
      { from: '张华', to: '张晓华', at: 1, len: 0 },
    ]);
    const doubled = '李明明说，';
    expect(extractCorrections(doubled, fieldOf(doubled, doubled), '李明说，')).toMatchObject([
      { from: '李明明', to: '李明', at: 1, len: 1 },
    ]);
  });

  it('never reaches across punctuation and learns nothing from punctuation or spaces', () => {
    const raw = '会上, 末来如何?';
    const got = extractCorrections(raw, fieldOf(raw, raw), '会上，未来如何？');
    expect(got.map((c) => [c.from, c.to])).toEqual([['末来', '未来']]);
    expect(extractCorrections(raw, fieldOf(raw, raw), '会上，末来如何？')).toEqual([]);
    expect(extractCorrections(raw, fieldOf(raw, raw), raw)).toEqual([]);
  });

  it('learns nothing where the field no longer reads as the raw text does (an earlier edit)', () => {
    const raw = '他己经来了';
    // The field says 她 where raw says 他; the word 己经 is still raw text, 他 is not part of it.
    const field = { text: '她己经来了', spans: [{ start: 0, end: raw.length }] };
    expect(extractCorrections(raw, field, '她已经来了')).toMatchObject([{ from: '己经', to: '已经' }]);
    const typed = { text: '己经', spans: [] };
    expect(extractCorrections(raw, typed, '已经')).toEqual([]);
  });

  it('learns one correction per change in a field', () => {
    const raw = '近曰，入员已到齐。';
    const got = extractCorrections(raw, fieldOf(raw, raw), '近日，人员已到齐。');
    expect(got.map((c) => `${c.from}→${c.to}`)).toEqual(['近曰→近日', '入员→人员']);
  });
});

describe('extractCorrections across a line break', () => {
  it('learns a correction whose raw text a line break splits, from a field cleanup joined', () => {
    const raw = '我们共创美好的末  \n来。';
    const field = { text: '我们共创美好的末来。', spans: [{ start: 0, end: raw.length }] };
    const [c, ...rest] = extractCorrections(raw, field, '我们共创美好的未来。');
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ from: '末来', to: '未来', at: 0, len: 1, rawStart: 7 });
  });

  it('learns it from a field still holding the break, the context read across it', () => {
    const raw = '工作己\n经完成。';
    const field = { text: raw, spans: [{ start: 0, end: raw.length }] };
    expect(extractCorrections(raw, field, '工作已经完成。')).toMatchObject([
      { from: '己经', to: '已经', at: 0, len: 1, rawStart: 2 },
    ]);
  });

  it('never reaches across punctuation at a line end', () => {
    const raw = '共创美好的末，\n来。';
    const field = { text: raw, spans: [{ start: 0, end: raw.length }] };
    expect(extractCorrections(raw, field, '共创美好的未，\n来。')).toMatchObject([
      { from: '的末', to: '的未' },
    ]);
  });
});
