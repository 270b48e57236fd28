// Reading a raw page into blocks: runs of lines between blank lines, each line with its raw
// offsets. Blocks are what the OCR engine printed as paragraphs; segmentation then cuts
// them where a byline, dateline or heading starts inside one, and joins them where a
// column or page jump split a sentence.

import { BYLINE_BLOCK, DATELINE, HEADING, ROLE_START } from '../clean/patterns';
import { isWide } from '../clean/script';

export interface Line {
  /** Raw offsets of the line without its leading and trailing whitespace. */
  start: number;
  end: number;
  text: string;
}

/** Lines printed together (no blank line between), in raw order. */
export type Block = Line[];

const LINE = /[^\n]*/g;

/** The non-blank lines of a raw page grouped into blocks at blank lines. */
export function readBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(raw); m !== null; m = LINE.exec(raw)) {
    const text = m[0];
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      const start = m.index + lead;
      current.push({ start, end: start + trimmed.length, text: trimmed });
    }
    // Step over the newline (an empty match would otherwise repeat forever).
    LINE.lastIndex = m.index + text.length + 1;
    if (LINE.lastIndex > raw.length) break;
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

// Names after a byline line (`记者 王赛华` / `经开时报 李洪永`): short words and spaces only.
const NAME_LINE = /^[\p{Script=Han}·]{2,6}(?:[ \u3000]+(?:[\p{Script=Han}·]{2,6}|文\/图|摄))*$/u;

/**
 * Cuts blocks where a new part starts inside one without a blank line: a heading, a
 * dateline, a byline line (with the name lines after it), and the first line after a byline.
 */
export function cutBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    let current: Block = [];
    let inByline = false;
    for (const line of block) {
      const byline = ROLE_START.test(line.text) && BYLINE_BLOCK.test(line.text.replace(/\s+/g, ' '));
      const startsPart = HEADING.test(line.text) || DATELINE.test(line.text) || byline;
      const continuesByline: boolean = inByline && !byline && NAME_LINE.test(line.text);
      if (
        current.length > 0 &&
        ((startsPart && !(inByline && byline)) || (inByline && !continuesByline && !byline))
      ) {
        out.push(current);
        current = [];
      }
      current.push(line);
      inByline = byline || continuesByline;
      // A heading line stands alone.
      if (HEADING.test(line.text)) {
        out.push(current);
        current = [];
        inByline = false;
      }
    }
    if (current.length > 0) out.push(current);
  }
  return out;
}

/** Display width of a line: CJK characters count two, others one. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += isWide(text.charCodeAt(i)) ? 2 : 1;
  return w;
}

/**
 * True when a block of several lines ends with a full line: the column ran out in the
 * middle of a paragraph rather than the paragraph ending (its last line would be short).
 */
export function endsAtColumnFoot(block: Block): boolean {
  if (block.length < 2) return false;
  let widest = 0;
  for (const line of block) widest = Math.max(widest, displayWidth(line.text));
  return displayWidth(block[block.length - 1].text) >= widest * 0.85;
}
