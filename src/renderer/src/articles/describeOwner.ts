// Who owns raw text, in words, for the move dialog: "Article 2 · Title", or furniture.

import type { TFunction } from 'i18next';
import type { Ownership } from '../../../core/article';
import type { Article } from '../../../core/model';

export function describeOwner(t: TFunction, articles: readonly Article[], o: Ownership): string {
  if (o.owner.kind === 'furniture') return t('articles.furniture');
  const { articleId, field } = o.owner;
  const a = articles.find((x) => x.id === articleId);
  const name = a ? t('articles.articleN', { n: a.order + 1 }) : '?';
  const fieldName =
    'index' in field
      ? t(`articles.field.${field.kind}N`, { n: field.index + 1 })
      : t(`articles.field.${field.kind}`);
  return `${name} · ${fieldName}`;
}
