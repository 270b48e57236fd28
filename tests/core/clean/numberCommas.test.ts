// A comma between digits groups thousands only before three digits (`1,200`, `12,580.5`); before
// a number that runs into Chinese text it parts two clauses and is full width like any other.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';

describe('a comma between digits', () => {
  it.each([
    ['提供岗位1,200个。', '提供岗位1,200个。'],
    ['全年营收12,580.5万元。', '全年营收12,580.5万元。'],
    ['热线电话:12345,24小时服务。', '热线电话：12345，24小时服务。'],
    ['比分为3:1,青河队夺冠。', '比分为3:1，青河队夺冠。'],
  ])('%s → %s', (raw, cleaned) => {
    expect(cleanText(raw).text).toBe(cleaned);
    expect(cleanText(cleaned).text).toBe(cleaned);
  });
});
