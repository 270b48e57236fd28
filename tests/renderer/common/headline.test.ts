// The one headline every list shows: title, kicker, then the start of the first paragraph
// or caption, never cutting a character made of two code units.
import { describe, expect, it } from 'vitest';
import { emptyContent } from '../../../src/core/model';
import { displayHeadline, HEADLINE_LENGTH } from '../../../src/renderer/src/common/headline';

const field = (text: string) => ({ text, spans: [] });

describe('displayHeadline', () => {
  it('takes the title, then the kicker, then the start of the first paragraph or caption', () => {
    const c = emptyContent();
    expect(displayHeadline(c)).toBe('');
    c.captions = [field('图为演练现场')];
    expect(displayHeadline(c)).toBe('图为演练现场');
    c.paragraphs = [field('本报讯'.repeat(20))];
    expect(displayHeadline(c)).toBe('本报讯'.repeat(20).slice(0, HEADLINE_LENGTH));
    c.kicker = field('区应急管理局');
    expect(displayHeadline(c)).toBe('区应急管理局');
    c.title = field('织密防汛安全网');
    expect(displayHeadline(c)).toBe('织密防汛安全网');
  });

  it('counts characters, not code units', () => {
    const c = emptyContent();
    c.paragraphs = [field('𠀀'.repeat(HEADLINE_LENGTH + 5))];
    expect(displayHeadline(c)).toBe('𠀀'.repeat(HEADLINE_LENGTH));
  });
});
