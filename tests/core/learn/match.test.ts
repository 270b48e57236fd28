import { describe, expect, it } from 'vitest';
import { addPage, candidatePages, emptyIndex, gramsOf, intersectSorted } from '../../../src/core/learn/grams';
import { hitsIn, occurrencesIn } from '../../../src/core/learn/match';

const weiLai = { from: '末来', to: '未来', at: 0, len: 1 };

describe('occurrencesIn', () => {
  it('finds the raw context where the changed character is a word of its own', () => {
    expect(occurrencesIn('共创美好末来。面向末来发展', weiLai)).toEqual([4, 9]);
  });

  it('leaves contexts where the "wrong" character is right: 周末, 期末, 自己', () => {
    expect(occurrencesIn('这个周末来了不少游客。期末来临，', weiLai)).toEqual([]);
    expect(occurrencesIn('他自己经常参加。他己经来了', { from: '己经', to: '已经', at: 0, len: 1 })).toEqual([
      9,
    ]);
  });

  it('does not propose a hit cutting a word at its edge', () => {
    // 管局 → 管理局 learned from a damaged 管理局: not inside 监管局.
    expect(occurrencesIn('市场监管局开展检查', { from: '管局', to: '管理局', at: 1, len: 0 })).toEqual([]);
  });
});

describe('across a line break', () => {
  it('finds a hit whose raw text a line break splits, spaces beside the break or not', () => {
    const raw = '共创美好末\n来。面向末 \n来发展。面向末来';
    expect(occurrencesIn(raw, weiLai)).toEqual([4, 10, 19]);
    expect(hitsIn(raw, weiLai)).toEqual([
      [4, 7],
      [10, 14],
      [19, 21],
    ]);
  });

  it('still reads the word across the break: no hit in 周末\n来 nor in 周\n末来', () => {
    expect(occurrencesIn('这个周末\n来了不少游客。这个周\n末来了', weiLai)).toEqual([]);
  });

  it('lets punctuation and a break after a digit still bound a context', () => {
    expect(occurrencesIn('共创美好末，\n来了', weiLai)).toEqual([]);
    expect(occurrencesIn('二0\n二四年', { from: '二0二', to: '二〇二', at: 1, len: 1 })).toEqual([]);
  });

  it('lists the pages holding the pattern across a break', () => {
    const index = emptyIndex();
    addPage(index, 'a', '共创美好末\n来');
    addPage(index, 'b', '共创美好末，\n来');
    expect(candidatePages(index, '末来')).toEqual(['a']);
  });
});

describe('the bigram index', () => {
  it('lists exactly the pages holding every bigram of a pattern', () => {
    const index = emptyIndex();
    addPage(index, 'a', '共创美好末来');
    addPage(index, 'b', '末日来临');
    addPage(index, 'c', '面向末来 发展');
    expect(candidatePages(index, '末来')).toEqual(['a', 'c']);
    expect(candidatePages(index, '末来发')).toEqual([]);
    expect(candidatePages(index, '末')).toEqual(['a', 'b', 'c']);
  });

  it('leaves whitespace out of the bigrams, and reads across a line break between Han characters', () => {
    expect([...gramsOf('末 来，\n去')]).toEqual(['来，']);
    expect([...gramsOf('末 来\n去')]).toEqual(['来去']);
    expect([...gramsOf('面向末  \n 来')]).toEqual(['面向', '向末', '末来']);
    expect(
      intersectSorted([
        [1, 3, 5, 9],
        [3, 9, 11],
        [0, 3, 9],
      ]),
    ).toEqual([3, 9]);
  });
});
