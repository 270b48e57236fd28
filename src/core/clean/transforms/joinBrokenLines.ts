import { joinColumnJumps, joinParagraphJumps } from '../columnJump';
import { joinedParagraphs, joinLines } from '../joinLines';
import type { Transform } from '../types';

// Whitespace String.prototype.trim removes but a line walk does not (no-break spaces, BOM…).
const TRIM_SPACE = /\s/;
const trimmable = (paragraph: string, at: number) => TRIM_SPACE.test(paragraph[at]);

/**
 * joinColumnJumps(joinLines(text)), without building the joined text only to split it at its
 * paragraph breaks again: the paragraphs go straight from one step to the other.
 */
export function joinBrokenText(text: string): string {
  const paragraphs = joinedParagraphs(text);
  if (paragraphs.length === 0) return '';
  // Only joinLines' final trim can tell the two apart; the rare text it changes takes the long way.
  const last = paragraphs[paragraphs.length - 1];
  if (trimmable(paragraphs[0], 0) || trimmable(last, last.length - 1)) {
    return joinColumnJumps(joinLines(text));
  }
  return joinParagraphJumps(paragraphs);
}

/** Joins column-width line breaks and mid-sentence column/page jumps; keeps real paragraph breaks. */
export const joinBrokenLines: Transform = {
  id: 'join-lines',
  name: 'clean.transform.joinLines',
  defaultOn: true,
  // A byline's lines are separate names: joining them without a space would fuse two names.
  fields: ['section', 'kicker', 'title', 'subtitle', 'dateline', 'paragraph', 'caption', 'note'],
  apply: (text) => ({ text: joinBrokenText(text) }),
};
