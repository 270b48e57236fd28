// Review figures: how much a correction changed a text, counted the way OCR evaluation
// tools count (Levenshtein over Unicode code points, the corrected text as reference), so
// they agree with `galley compare`, ocreval-style tools and published CER figures.

import { codePoints } from './codepoints';
import { editCounts } from './editCounts';

export interface ReviewFigures {
  /** Code points of the corrected text (the reference). */
  reference_chars: number;
  /** Code points the correction added (present in the corrected text only). */
  insertions: number;
  /** Code points the correction removed (present in the raw text only). */
  deletions: number;
  /** Code points the correction replaced. */
  substitutions: number;
  /** Levenshtein distance over code points: insertions + deletions + substitutions. */
  distance: number;
  /**
   * Change ratio, i.e. the CER of raw against corrected: distance / reference_chars.
   * Null when the corrected text is empty and the raw one is not (the ratio is undefined).
   */
  cer: number | null;
}

/** The review figures of a raw text against its corrected version. */
export function compareTexts(raw: string, corrected: string): ReviewFigures {
  const from = codePoints(raw);
  const to = codePoints(corrected);
  const { insertions, deletions, substitutions } = editCounts(from, to);
  const distance = insertions + deletions + substitutions;
  return {
    reference_chars: to.length,
    insertions,
    deletions,
    substitutions,
    distance,
    cer: changeRatio(distance, to.length),
  };
}

function changeRatio(distance: number, referenceChars: number): number | null {
  if (referenceChars > 0) return distance / referenceChars;
  return distance === 0 ? 0 : null;
}

/** The figures of a page or corpus: counts summed, the ratio taken over the sums. */
export function sumFigures(all: Iterable<ReviewFigures>): ReviewFigures {
  const total = { reference_chars: 0, insertions: 0, deletions: 0, substitutions: 0, distance: 0 };
  for (const f of all) {
    total.reference_chars += f.reference_chars;
    total.insertions += f.insertions;
    total.deletions += f.deletions;
    total.substitutions += f.substitutions;
    total.distance += f.distance;
  }
  return { ...total, cer: changeRatio(total.distance, total.reference_chars) };
}
