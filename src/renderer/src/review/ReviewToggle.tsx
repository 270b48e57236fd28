// The top bar's Review button: switches between the page editor and the review view. It also
// loads the reviewer name, which must be known before the first article is marked reviewed.

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleyDb } from '../db/db';
import { loadReviewer } from '../db/reviewer';

interface ReviewToggleProps {
  db: GalleyDb;
  reviewing: boolean;
  onReview: (on: boolean) => void;
}

export function ReviewToggle({ db, reviewing, onReview }: ReviewToggleProps) {
  const { t } = useTranslation();
  useEffect(() => void loadReviewer(db), [db]);
  return (
    <button
      type="button"
      className={`button${reviewing ? ' active' : ''}`}
      aria-pressed={reviewing}
      onClick={() => onReview(!reviewing)}
    >
      {t('review.button')}
    </button>
  );
}
