import { joinStructure } from '../structure';
import type { Transform } from '../types';

/**
 * Joins column-width line breaks and mid-sentence column/page jumps as the page's structure
 * reads them (structure.ts, shared with segmentation): each paragraph, headline, byline,
 * caption with its credit and list item becomes one line, separated by blank lines.
 */
export const joinBrokenLines: Transform = {
  id: 'join-lines',
  name: 'clean.transform.joinLines',
  defaultOn: true,
  // A byline's lines are separate names: joining them without a space would fuse two names.
  fields: ['section', 'kicker', 'title', 'subtitle', 'dateline', 'paragraph', 'caption', 'note'],
  apply: (text) => ({ text: joinStructure(text) }),
};
