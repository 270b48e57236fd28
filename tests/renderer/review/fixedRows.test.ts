// The review list's virtual window: which rows of a long list are drawn for a scroll
// position, and where to scroll to bring a row into view.
import { describe, expect, it } from 'vitest';
import { rowWindow, scrollFor } from '../../../src/renderer/src/review/useFixedRows';

describe('the review list window', () => {
  it('draws the rows on screen and a few either side, the rest kept as spacer height', () => {
    // Rows begin 60 px into the scroller (filters, head): at the top, rows 0.. fill 540 px.
    expect(rowWindow(100_000, -60, 600, 28, 5)).toEqual({
      first: 0,
      last: 25,
      before: 0,
      after: 99_975 * 28,
    });
    // Scrolled 2,800 px into the rows: rows 100..121 show, drawn from 95.
    const w = rowWindow(100_000, 2800, 600, 28, 5);
    expect([w.first, w.last]).toEqual([95, 127]);
    expect(w.before + (w.last - w.first) * 28 + w.after).toBe(100_000 * 28);
  });

  it('never draws past either end of a short or empty list', () => {
    expect(rowWindow(3, 0, 600, 28, 5)).toEqual({ first: 0, last: 3, before: 0, after: 0 });
    expect(rowWindow(0, 0, 600, 28, 5)).toEqual({ first: 0, last: 0, before: 0, after: 0 });
    // Scrolled past the end (the list just shrank): nothing drawn below, no negative spacer.
    const w = rowWindow(10, 5000, 600, 28, 5);
    expect(w.last).toBe(10);
    expect(w.after).toBe(0);
    expect(w.first).toBeLessThanOrEqual(w.last);
  });

  it('scrolls only when the row is not fully in view, just far enough', () => {
    // Rows begin at 60; the view is 0..600.
    expect(scrollFor(5, 0, 600, 60, 28)).toBeNull();
    expect(scrollFor(1000, 0, 600, 60, 28)).toBe(60 + 1001 * 28 - 600);
    expect(scrollFor(3, 2000, 600, 60, 28)).toBe(60 + 3 * 28);
  });
});
