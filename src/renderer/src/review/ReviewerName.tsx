// The reviewer name, set once: it is recorded on every article marked reviewed.

import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleyDb } from '../db/db';
import { loadReviewer, reviewerOf, saveReviewer, subscribeReviewer } from '../db/reviewer';

export function useReviewer(db: GalleyDb): string {
  useEffect(() => void loadReviewer(db), [db]);
  return useSyncExternalStore(subscribeReviewer, () => reviewerOf(db));
}

export function ReviewerName({ db, inputRef }: { db: GalleyDb; inputRef?: React.Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const saved = useReviewer(db);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="reviewer-name">
      {t('review.reviewer')}
      <input
        ref={inputRef}
        value={draft ?? saved}
        placeholder={t('review.reviewerPlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== null) void saveReviewer(db, draft);
          setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
    </label>
  );
}
