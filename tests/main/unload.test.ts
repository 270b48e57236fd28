// Closing with unsaved work: the user is asked, and the window goes only on Leave.
import { describe, expect, it } from 'vitest';
import { guardUnload, type AskSync } from '../../src/main/unload';
import { stringsFor } from '../../src/main/strings';

function setUp(answer: number, locale = 'en-US') {
  let listener: ((event: { preventDefault(): void }) => void) | undefined;
  const asked: Parameters<AskSync>[0][] = [];
  guardUnload(
    { on: (_event, l) => (listener = l) },
    (options) => {
      asked.push(options);
      return answer;
    },
    stringsFor(locale),
  );
  let allowed = false;
  listener?.({ preventDefault: () => (allowed = true) });
  return { asked, allowed };
}

describe('closing with unsaved work', () => {
  it('asks, and keeps the window when the user stays', () => {
    const r = setUp(0);
    expect(r.asked).toHaveLength(1);
    expect(r.asked[0].message).toContain('not saved');
    expect(r.asked[0].buttons).toEqual(['Stay', 'Leave Anyway']);
    expect(r.allowed).toBe(false);
  });

  it('lets the window close when the user leaves anyway, asking in Chinese on a Chinese system', () => {
    const r = setUp(1, 'zh-CN');
    expect(r.asked[0].message).toContain('尚未保存');
    expect(r.allowed).toBe(true);
  });
});
