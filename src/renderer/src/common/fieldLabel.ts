// A field's name in the archivist's language ("Title", "Paragraph 3"), looked up by kind in
// typed tables rather than by keys built from the kind at run time.

import type { TFunction } from 'i18next';
import type { FieldRef, ListFieldKind, SingleFieldKind } from '../../../core/model';
import type { Key } from '../i18n/keys';

export const SINGLE_FIELD_KEY = {
  section: 'articles.field.section',
  kicker: 'articles.field.kicker',
  title: 'articles.field.title',
  subtitle: 'articles.field.subtitle',
  dateline: 'articles.field.dateline',
  byline: 'articles.field.byline',
} as const satisfies Record<SingleFieldKind, Key>;

export const LIST_FIELD_KEY = {
  paragraph: 'articles.field.paragraphN',
  caption: 'articles.field.captionN',
  note: 'articles.field.noteN',
} as const satisfies Record<ListFieldKind, Key>;

export function fieldLabel(t: TFunction, field: FieldRef): string {
  return 'index' in field
    ? t(LIST_FIELD_KEY[field.kind], { n: field.index + 1 })
    : t(SINGLE_FIELD_KEY[field.kind]);
}
