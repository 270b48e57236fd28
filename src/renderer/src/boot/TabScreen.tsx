// Shown instead of the app in a tab that does not hold the project: at start while another
// tab has it, or after another tab took over. One button asks for it.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './boot.css';

export function TabScreen({ moved, onTakeOver }: { moved: boolean; onTakeOver: () => void }) {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState(false);
  return (
    <main className="boot-failure tab-screen">
      <h1>{t(moved ? 'boot.movedTitle' : 'boot.otherTabTitle')}</h1>
      <p>{t(moved ? 'boot.movedBody' : 'boot.otherTabBody')}</p>
      <div className="boot-actions">
        <button
          type="button"
          className="button primary"
          disabled={waiting}
          onClick={() => {
            setWaiting(true);
            onTakeOver();
          }}
        >
          {t(moved ? 'boot.moveBack' : 'boot.takeOver')}
        </button>
      </div>
      {waiting ? <p role="status">{t('boot.takingOver')}</p> : null}
    </main>
  );
}
