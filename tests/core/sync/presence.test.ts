// Who else has a page open, read from the project document's awareness states.
import { describe, expect, it } from 'vitest';
import { openElsewhere } from '../../../src/core/sync';

const states = new Map<number, unknown>([
  [1, { presence: { user: '王', pageId: 'p1' } }],
  [2, { presence: { user: '李', pageId: 'p1' } }],
  [3, { presence: { user: '李', pageId: 'p1' } }], // 李 in a second window
  [4, { presence: { user: '赵', pageId: 'p2' } }],
  [5, { presence: { user: '钱', pageId: null } }],
  [6, {}], // connected, nothing said yet
  [7, { presence: { user: '', pageId: 'p1' } }],
]);

describe('openElsewhere', () => {
  it('names every other member on the page once, leaving out this window', () => {
    expect(openElsewhere(states, 1, 'p1')).toEqual(['李']);
    expect(openElsewhere(states, 4, 'p1')).toEqual(['李', '王']);
  });

  it('names nobody for a page nobody else has open, or a member with no page on screen', () => {
    expect(openElsewhere(states, 4, 'p2')).toEqual([]);
    expect(openElsewhere(states, 1, 'p3')).toEqual([]);
  });
});
