import type { FieldKind } from '../model';

/** Identifiers of the built-in transforms; user rules are `rule:<id>`. */
export type TransformId =
  'join-lines' | 'cjk-spaces' | 'cjk-punctuation' | 'continuation-marks' | `rule:${string}`;

/** Something a transform noticed but did not (or could not) fix, for the archivist to look at. */
export interface CleanReport {
  transform: TransformId;
  kind: 'unpaired-quote' | 'continuation-mark';
  /** Offset (UTF-16) into the text the transform produced. */
  offset: number;
  /** The text concerned, e.g. the mark `①5` that was moved out. */
  text: string;
}

export interface TransformResult {
  text: string;
  reports?: CleanReport[];
}

/**
 * One cleanup transform over plain text. Pure and idempotent: apply(apply(x).text).text ===
 * apply(x).text. `fields` limits it to the parts of an article where it makes sense (spaces
 * in a byline separate names, so the space remover leaves bylines alone); absent means all.
 */
export interface Transform {
  id: TransformId;
  /** i18n key of the name shown to the archivist. */
  name: string;
  defaultOn: boolean;
  fields?: readonly FieldKind[];
  apply(text: string): TransformResult;
}
