// Checks on suggested articles shared by the unit suite (fixture pages) and the corpus suite.
import { expect } from 'vitest';
import { fieldsOf, type ArticleContent, type Span } from '../../../src/core/model';

// Normalised so that cleanup (widened punctuation, joined lines, paired quotes) compares equal.
export function fold(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/。/g, '.')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");
}

/** `sharedSection`: the section label is the one before it, whose raw text the first article owns. */
export function checkProvenance(a: ArticleContent, raw: string, sharedSection = false) {
  for (const [ref, f] of fieldsOf(a)) {
    if (f.text === '' || (sharedSection && ref.kind === 'section')) continue;
    expect(f.spans.length, `${ref.kind} has spans`).toBeGreaterThan(0);
    let fromRaw = f.spans.map((s) => raw.slice(s.start, s.end)).join('');
    // A dateline reads whole (`本报讯（通讯员 张冲）`) while the names in its brackets are the byline's.
    if (ref.kind === 'dateline' && f.spans.length === 2 && a.byline.spans.length === 1) {
      const [open, close] = f.spans;
      const names = a.byline.spans[0];
      if (names.start >= open.end && names.end <= close.start)
        fromRaw = raw.slice(open.start, open.end) + a.byline.text + raw.slice(close.start, close.end);
    }
    // A byline reads without the box drawn before it (`□记者 常宁`) or the brackets around it
    // (`(记者 方晴)` closing the text), which its spans still own.
    // A box's label (`■链接`) reads without its box too.
    if (ref.kind === 'kicker') fromRaw = fromRaw.replace(/^\s*[□■◇◆●○◎]/u, '');
    if (ref.kind === 'byline') fromRaw = fromRaw.replace(/^\s*[□■◇◆●○]|^\s*[(（]|[)）]\s*$/gu, '');
    // A caption's photo credit in brackets (`…待发。（记者 于小溪 摄）`) reads as a credit after a space.
    if (ref.kind === 'caption') fromRaw = fromRaw.replace(/[(（]([^()（）]*摄)[ \u3000]*[)）]\s*$/u, '$1');
    // A title printed in brackets at the start of its text (`【区文化馆开设免费夜校】即日起…`).
    if (ref.kind === 'title') fromRaw = fromRaw.replace(/^[【〖]|[】〗]$/gu, '');
    expect(fold(fromRaw), `${ref.kind}: ${f.text}`).toBe(fold(f.text));
  }
}

export function expectDisjoint(spans: Span[]) {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end);
}

/** Every span of every field of the articles. */
export function allSpans(articles: readonly ArticleContent[]): Span[] {
  return articles.flatMap((a) => [...fieldsOf(a)].flatMap(([, f]) => f.spans));
}
