// Keys of the cleanup panel's words: typed tables, so every value has its key and no key
// is built from a value at run time.

import type { CleanReport, TransformId } from '../../../core/clean';
import type { FieldKind } from '../../../core/model';
import type { Key } from '../i18n/keys';
import type { Scope } from './plan';

type BuiltInId = Exclude<TransformId, `rule:${string}`>;

/** The built-in transforms' names and hints (user rules carry their own name). */
export const TRANSFORM_KEY = {
  'join-lines': { name: 'clean.transform.joinLines', hint: 'clean.transformHint.join-lines' },
  'cjk-spaces': { name: 'clean.transform.cjkSpaces', hint: 'clean.transformHint.cjk-spaces' },
  'cjk-punctuation': { name: 'clean.transform.cjkPunctuation', hint: 'clean.transformHint.cjk-punctuation' },
  'continuation-marks': {
    name: 'clean.transform.continuationMarks',
    hint: 'clean.transformHint.continuation-marks',
  },
} as const satisfies Record<BuiltInId, { name: Key; hint: Key }>;

export const transformKeys = (id: TransformId) => TRANSFORM_KEY[id as BuiltInId];

export const LABEL_KEY = {
  section: 'clean.label.section',
  kicker: 'clean.label.kicker',
  title: 'clean.label.title',
  subtitle: 'clean.label.subtitle',
  dateline: 'clean.label.dateline',
  byline: 'clean.label.byline',
  paragraph: 'clean.label.paragraph',
  caption: 'clean.label.caption',
  note: 'clean.label.note',
} as const satisfies Record<FieldKind, Key>;

export const SCOPE_KEY = {
  field: 'clean.scopeField',
  article: 'clean.scopeArticle',
  page: 'clean.scopePage',
  corpus: 'clean.scopeCorpus',
} as const satisfies Record<Scope, Key>;

export const REPORT_KEY = {
  'unpaired-quote': 'clean.report.unpaired-quote',
  'continuation-mark': 'clean.report.continuation-mark',
} as const satisfies Record<CleanReport['kind'], Key>;
