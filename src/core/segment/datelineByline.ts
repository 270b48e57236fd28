// A byline printed inside the dateline's brackets (`本报讯（通讯员 张冲 李帅广）`,
// `本报讯(记者 王赛华 通讯员 李淑婷)`): the credit belongs in the byline field, the dateline
// keeps its words and its brackets. The dateline still reads whole, as printed: the byline
// appears in both texts, but each raw character has one owner (the names are the byline's).

import { BYLINE_BLOCK, DATED_DATELINE, DATELINE } from '../clean/patterns';
import type { TextField } from '../model';

export interface DatelineByline {
  /** `本报讯（通讯员 张冲）` with full-width brackets; spans: the words before the names and both brackets. */
  dateline: TextField;
  /** `通讯员 张冲`, names separated by one space; span: the raw names inside the brackets. */
  byline: TextField;
}

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0a || c === 0x0d;

/**
 * The names in the brackets, one space between them. A line break is a space between names
 * (`记者 蒋帆` / `通讯员 于小溪`) unless that leaves no byline: then it cut a name (`于小` / `溪`).
 */
export function namesOf(inside: string): string | undefined {
  const spaced = inside.replace(/[\s\u3000]+/gu, ' ');
  if (BYLINE_BLOCK.test(spaced)) return spaced;
  // A break after a lone character cut its word (`(记` / `者 蒋帆`); the others part names.
  const cut = inside
    .replace(/(?<=(?:^|[\s\u3000])\S)[ \t\u3000]*\n[ \t\u3000]*/gu, '')
    .replace(/[\s\u3000]+/gu, ' ');
  if (BYLINE_BLOCK.test(cut)) return cut;
  const joined = inside.replace(/[ \t\u3000]*\n[ \t\u3000]*/gu, '').replace(/[\s\u3000]+/gu, ' ');
  return BYLINE_BLOCK.test(joined) ? joined : undefined;
}

/**
 * Splits a dateline that opens `text` (raw text starting at raw offset `from`) into its
 * dateline and the byline inside its brackets. Undefined when `text` opens with no dateline,
 * the dateline has no brackets, or what they hold is not a byline (`本报讯（综合报道）`).
 */
export function splitDatelineByline(text: string, from = 0): DatelineByline | undefined {
  // Read across the column's line breaks (same length: offsets stay raw offsets).
  const flat = text.replace(/\n/g, ' ');
  const m = DATELINE.exec(flat) ?? DATED_DATELINE.exec(flat);
  if (!m) return undefined;
  const whole = text.slice(0, m[0].length);
  const close = whole.length - 1;
  const closing = whole.charCodeAt(close);
  if (closing !== 0x29 && closing !== 0xff09) return undefined;
  const open = Math.max(whole.lastIndexOf('('), whole.lastIndexOf('（'));
  let a = open + 1;
  let b = close;
  while (a < b && isBlank(whole.charCodeAt(a))) a++;
  while (b > a && isBlank(whole.charCodeAt(b - 1))) b--;
  const names = namesOf(whole.slice(a, b));
  if (names === undefined) return undefined;
  const words = whole.slice(0, open).trimEnd();
  return {
    dateline: {
      text: `${words}（${names}）`,
      spans: [
        { start: from, end: from + open + 1 },
        { start: from + close, end: from + close + 1 },
      ],
    },
    byline: { text: names, spans: [{ start: from + a, end: from + b }] },
  };
}
