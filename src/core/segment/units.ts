// Units: what segmentation reasons about. A unit is one printed part (a headline, a
// paragraph, a byline…) gathered from one block, or from several when a column or page
// jump split a paragraph. Each keeps the raw spans of its text.

import { continuesAcross, joinPair } from '../clean/columnJump';
import { joinLines } from '../clean/joinLines';
import { TERMINAL } from '../clean/patterns';
import type { Span } from '../model';
import { cutBlocks, endsAtColumnFoot, readBlocks, type Block } from './blocks';
import { headingLevel, kindOf, type UnitKind } from './cues';

export interface Unit {
  kind: UnitKind;
  /** Markdown heading level (1–6), 0 when the OCR engine marked none. */
  level: number;
  /** Lines joined (headlines: halves on separate lines joined by a space), heading marks removed. */
  text: string;
  spans: Span[];
  /** The last block it was gathered from, for the column-foot test. */
  lastBlock: Block;
}

function unitOf(block: Block): Unit {
  const first = block[0];
  const last = block[block.length - 1];
  const level = headingLevel(first.text);
  if (level > 0) {
    const marks = /^#{1,6}[ \t]+/.exec(first.text)![0].length;
    const text = first.text.slice(marks).trim();
    return {
      kind: 'heading',
      level,
      text,
      spans: [{ start: first.start + marks, end: last.end }],
      lastBlock: block,
    };
  }
  const joined = joinLines(block.map((l) => l.text).join('\n'));
  let kind = kindOf(joined);
  let text = joined;
  if (block.length > 1) {
    // A headline set on two lines is two halves: keep a space between them.
    const spaced = block.map((l) => l.text).join(' ');
    if (kind === 'headline' || kindOf(spaced) === 'byline' || kindOf(spaced) === 'credit') {
      text = spaced;
      kind = kindOf(spaced);
    }
  }
  return { kind, level: 0, text, spans: [{ start: first.start, end: last.end }], lastBlock: block };
}

const JOINABLE: ReadonlySet<UnitKind> = new Set(['text', 'headline', 'dateline']);

/**
 * Whether `next` continues the sentence `prev` leaves open across a blank line. A block of
 * several lines (a column) must end with a full line; a single line is judged by its words.
 */
function jumpsTo(prev: Unit, next: Unit): boolean {
  if (!JOINABLE.has(prev.kind) || (next.kind !== 'text' && next.kind !== 'headline')) return false;
  // Full lines are a column only for prose: a headline set on two equal lines is not one.
  if (prev.lastBlock.length > 1 && prev.kind !== 'headline') {
    return (
      endsAtColumnFoot(prev.lastBlock) &&
      !TERMINAL.test(prev.text) &&
      continuesAcross(prev.text, next.text, true)
    );
  }
  return continuesAcross(prev.text, next.text);
}

/** The units of a raw page, in raw order, with paragraphs split by column jumps joined. */
export function readUnits(raw: string): Unit[] {
  const units: Unit[] = [];
  for (const block of cutBlocks(readBlocks(raw))) {
    const unit = unitOf(block);
    const prev = units[units.length - 1];
    if (prev && jumpsTo(prev, unit)) {
      const text = joinPair(prev.text, unit.text);
      units[units.length - 1] = {
        kind: kindOf(text) === 'dateline' || prev.kind === 'dateline' ? 'dateline' : 'text',
        level: 0,
        text,
        spans: [...prev.spans, ...unit.spans],
        lastBlock: unit.lastBlock,
      };
    } else units.push(unit);
  }
  return units;
}
