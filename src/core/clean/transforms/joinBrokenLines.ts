import { joinColumnJumps } from '../columnJump';
import { joinLines } from '../joinLines';
import type { Transform } from '../types';

/** Joins column-width line breaks and mid-sentence column/page jumps; keeps real paragraph breaks. */
export const joinBrokenLines: Transform = {
  id: 'join-lines',
  name: 'clean.transform.joinLines',
  defaultOn: true,
  // A byline's lines are separate names: joining them without a space would fuse two names.
  fields: ['section', 'kicker', 'title', 'subtitle', 'dateline', 'paragraph', 'caption', 'note'],
  apply: (text) => ({ text: joinColumnJumps(joinLines(text)) }),
};
