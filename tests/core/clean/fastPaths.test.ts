// The transforms skip text they cannot change (for speed): on random mixed text they give what
// their plain reference gives, the reference being the same work done everywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spaceLatinRuns, spaceLatinText } from '../../../src/core/clean/transforms/cjkSpaces';

// Chinese, Latin words, numbers, links, marks and every kind of space, in any order.
const piece = fc.constantFrom(
  '中',
  '使用',
  '本报讯',
  '记者 鲁慧',
  '#',
  '## ',
  'Office',
  'a',
  'W',
  'www',
  'www.x.cn',
  'WWW.',
  'https://x.cn/list',
  '://',
  'qhjob@example.cn',
  '@',
  '2019',
  '8.2%',
  '9:30',
  '.',
  ':',
  '/',
  '，',
  '。',
  '、',
  '“',
  '”',
  '(',
  '）',
  'é',
  ' ',
  '  ',
  '\u3000',
  '\t',
  '\n',
  '\n\n',
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('Latin spacing reads only the lines it can change', () => {
  it('gives what spaceLatinRuns gives on every line', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(spaceLatinText(s)).toBe(s.split('\n').map(spaceLatinRuns).join('\n'));
      }),
      { numRuns: 3000 },
    );
  });
});
