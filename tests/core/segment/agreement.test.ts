// `clean` and `segment` read a page's structure the same way: on every fixture page, two raw
// lines in a row end up in one paragraph of `cleanText` exactly when they end up in one field
// of a suggested article. Written without the core's structure reading, from the outputs alone.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { fieldsOf } from '../../../src/core/model';
import { suggestArticles } from '../../../src/core/segment';
import { fixturePages, sealedForHoldout } from '../../fixtures';

// Continuation marks: clean removes them, segment moves them to notes; neither joins by them.
// Spaces may stand inside a mark (`① 4`, `（下转第 2 版）`, `(转 4 版)`).
const MARK =
  /[\u2460-\u2473][ \u3000]?\d{1,2}版?|[（(][ \u3000]*(?:[上下紧]?[转接]|接上|转至)[ \u3000]*第?[ \u3000]*[A-D]?[\d一二三四五六七八九十]{1,3}[ \u3000]*版[ \u3000]*[）)]/gu;
// Heading marks are markup, not text: a headline set on two `#` lines is cleaned to one line with one mark.
const HEADING_MARKS = /^\s*#{1,6}(?=[ \t])/gmu;

/** A character as cleanup may have rewritten it, folded back (widths, 。, curly quotes). */
function fold(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (c === '。') return '.';
  if (c === '“' || c === '”') return '"';
  if (c === '‘' || c === '’') return "'";
  return c;
}

interface InkLine {
  /** Raw offsets of the line's characters that are neither whitespace nor part of a mark. */
  ink: number[];
}

function inkLines(raw: string): InkLine[] {
  const out: InkLine[] = [];
  let at = 0;
  for (const line of raw.split('\n')) {
    const masked = new Uint8Array(line.length);
    for (const re of [MARK, HEADING_MARKS])
      for (const m of line.matchAll(re)) masked.fill(1, m.index, m.index + m[0].length);
    const ink: number[] = [];
    for (let i = 0; i < line.length; i++) if (!/\s/u.test(line[i]) && !masked[i]) ink.push(at + i);
    if (ink.length > 0) out.push({ ink });
    at += line.length + 1;
  }
  return out;
}

/** For each raw line: the cleanText paragraph of its first and of its last character. */
function cleanParagraphs(raw: string, lines: InkLine[]): { first: number; last: number }[] {
  const paragraphs = cleanText(raw).text.split(/\n\s*\n/);
  const chars: { c: string; p: number }[] = [];
  for (const [p, text] of paragraphs.entries())
    for (const c of text.replace(MARK, '').replace(HEADING_MARKS, ''))
      if (!/\s/u.test(c)) chars.push({ c: fold(c), p });
  let k = 0;
  return lines.map(({ ink }) => {
    const first = k;
    for (const i of ink) {
      expect(chars[k]?.c, `cleaned text keeps ${raw[i]} at raw ${i}`).toBe(fold(raw[i]));
      k++;
    }
    return { first: chars[first].p, last: chars[k - 1].p };
  });
}

/**
 * For each raw offset: the suggested field that owns it, as `article/kind/index`. The dateline
 * counts as the start of the first paragraph: cleanup leaves it where it opens the body.
 */
function owners(raw: string): (string | undefined)[] {
  const owner: (string | undefined)[] = new Array<string | undefined>(raw.length);
  for (const [a, article] of suggestArticles(raw).entries())
    for (const [ref, f] of fieldsOf(article)) {
      const id =
        ref.kind === 'dateline' ? `${a}/paragraph/0` : `${a}/${ref.kind}/${'index' in ref ? ref.index : ''}`;
      // A kicker or subtitle printed on several headline lines is one field of several units,
      // each its own paragraph in cleanup: each span counts on its own.
      const perSpan = ref.kind === 'kicker' || ref.kind === 'subtitle';
      for (const [k, s] of f.spans.entries())
        for (let i = s.start; i < s.end; i++) owner[i] = perSpan ? `${id}/${k}` : id;
    }
  return owner;
}

describe.each(fixturePages().map((p) => [p.name, p] as const))('clean and segment on %s', (_name, page) => {
  const { raw } = page;
  it('agree on every join between two lines', () =>
    sealedForHoldout(page, () => {
      const lines = inkLines(raw);
      const cleaned = cleanParagraphs(raw, lines);
      const owner = owners(raw);
      const disagreements: string[] = [];
      for (let i = 1; i < lines.length; i++) {
        const before = owner[lines[i - 1].ink.at(-1)!];
        const after = owner[lines[i].ink[0]];
        const segmentJoins = before !== undefined && before === after;
        const cleanJoins = cleaned[i - 1].last === cleaned[i].first;
        if (segmentJoins !== cleanJoins) {
          const show = (l: InkLine) => raw.slice(l.ink[0], l.ink.at(-1)! + 1);
          disagreements.push(
            `${show(lines[i - 1])} | ${show(lines[i])}: segment ${segmentJoins}, clean ${cleanJoins}`,
          );
        }
      }
      expect(disagreements).toEqual([]);
    }));
});
