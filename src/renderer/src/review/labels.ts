// Keys of the review's words for statuses, filters, sort orders and figures: typed tables,
// so every value has its key and no key is built from a value at run time.

import type { ArticleStatus } from '../../../core/model';
import type { Key } from '../i18n/keys';
import type { SortKey, StatusFilter } from './reviewRows';

export const STATUS_KEY = {
  draft: 'review.status.draft',
  corrected: 'review.status.corrected',
  reviewed: 'review.status.reviewed',
} as const satisfies Record<ArticleStatus, Key>;

export const FILTER_KEY = {
  all: 'review.filter.all',
  unreviewed: 'review.filter.unreviewed',
  draft: 'review.filter.draft',
  corrected: 'review.filter.corrected',
  reviewed: 'review.filter.reviewed',
} as const satisfies Record<StatusFilter, Key>;

export const SORT_KEY = {
  order: 'review.sortBy.order',
  'ratio-desc': 'review.sortBy.ratio-desc',
  'ratio-asc': 'review.sortBy.ratio-asc',
  status: 'review.sortBy.status',
} as const satisfies Record<SortKey, Key>;

export const FIGURE_KEY = {
  insertions: 'review.figure.insertions',
  deletions: 'review.figure.deletions',
  substitutions: 'review.figure.substitutions',
  distance: 'review.figure.distance',
  reference_chars: 'review.figure.reference_chars',
} as const satisfies Record<string, Key>;
