// How sure Galley is that a correction is right wherever its raw context recurs. For it:
// every place the archivist made it by hand or accepted it (reading it now). Against it: the same raw
// context left as OCR printed it in a field the archivist edited by hand or reviewed
// (seen and not corrected), and every hit the archivist rejected.

export interface Evidence {
  support: number;
  against: number;
}

/** Below this share of evidence for it, a correction's proposals are shown apart. */
export const LOW_CONFIDENCE = 0.6;

/** Share of the evidence that speaks for the correction (1 with no evidence against). */
export function confidenceOf({ support, against }: Evidence): number {
  if (support + against === 0) return 0;
  return support / (support + against);
}

export function isLowConfidence(e: Evidence): boolean {
  return confidenceOf(e) < LOW_CONFIDENCE;
}
