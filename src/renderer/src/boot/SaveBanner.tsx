// Stays on screen while any page's save is failing (the writer retries by itself), so
// the archivist never reads "saved" over work the store does not have.

import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { unsavedWork } from '../articles/session/unsaved';
import './boot.css';

export function SaveBanner() {
  const { t } = useTranslation();
  // The count alone: the snapshot changes twice a save while typing, the count seldom.
  const failing = useSyncExternalStore(unsavedWork.subscribe, () => unsavedWork.getSnapshot().failing);
  if (failing === 0) return null;
  return (
    <div className="save-banner" role="alert">
      <strong>{t('boot.saveFailing')}</strong> <span>{t('boot.saveFailingHint')}</span>
    </div>
  );
}
