// After an import: offers to carry the work on the previous versions of changed pages over
// to the new ones (the archivist picks which), then shows what came through and, side by
// side, the raw text of every span that did not map cleanly. One step per page; Undo here
// or on the page takes it back.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../common/Modal';
import type { GalleyDb } from '../db/db';
import type { CarryOverOffer } from '../import/carryOverPages';
import { CarryResults } from './CarryResults';
import { useCarryOver } from './useCarryOver';
import './carryOver.css';

interface CarryOverDialogProps {
  db: GalleyDb;
  /** The import's changed versions (ImportReport.changedPages). */
  changed: readonly { pageId: string; previousId: string }[];
  onOpenPage: (pageId: string) => void;
}

export function CarryOverDialog({ db, changed, onOpenPage }: CarryOverDialogProps) {
  const { t } = useTranslation();
  const { phase, carry, undo, close } = useCarryOver(db, changed);
  if (phase.kind === 'idle' || phase.kind === 'closed') return null;
  const working = phase.kind === 'working';
  return (
    <Modal labelledBy="carry-over-title" onClose={close} canClose={!working} className="carry-over-dialog">
      {phase.kind === 'offer' ? (
        <Offer
          offers={phase.offers}
          failed={phase.failed}
          onCarry={(picked) => void carry(phase.offers, picked)}
          onDecline={close}
        />
      ) : working ? (
        <>
          <h2 id="carry-over-title">{t('carryOver.title')}</h2>
          <p role="status">{t('carryOver.working')}</p>
        </>
      ) : (
        <>
          <h2 id="carry-over-title">{t('carryOver.doneTitle')}</h2>
          {phase.kind === 'done' ? (
            <CarryResults
              offers={phase.offers}
              pages={phase.pages}
              onOpenPage={(pageId) => {
                close();
                onOpenPage(pageId);
              }}
            />
          ) : (
            <p role="status">{t('carryOver.undone')}</p>
          )}
          <div className="modal-buttons">
            {phase.kind === 'done' && phase.pages.length > 0 ? (
              <button type="button" className="button" onClick={() => void undo(phase)}>
                {t('carryOver.undo')}
              </button>
            ) : null}
            <button type="button" className="button primary" onClick={close}>
              {t('carryOver.close')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

function Offer({
  offers,
  failed,
  onCarry,
  onDecline,
}: {
  offers: CarryOverOffer[];
  failed: string | undefined;
  onCarry: (picked: string[]) => void;
  onDecline: () => void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string[]>(() => offers.map((o) => o.pageId));
  const toggle = (id: string, on: boolean) => setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));
  return (
    <>
      <h2 id="carry-over-title">{t('carryOver.title')}</h2>
      <p>{t('carryOver.intro', { count: offers.length })}</p>
      {failed ? (
        <div className="modal-error" role="alert" title={failed}>
          <p>{t('carryOver.failed')}</p>
        </div>
      ) : null}
      <ul className="carry-over-pages">
        {offers.map((o) => (
          <li key={o.pageId}>
            <label>
              <input
                type="checkbox"
                checked={picked.includes(o.pageId)}
                onChange={(e) => toggle(o.pageId, e.target.checked)}
              />
              <span className="file-name">{o.relativePath}</span>
              <span className="carry-over-count">
                {o.previousArticles > 0
                  ? t('carryOver.pageArticles', { count: o.previousArticles })
                  : t('carryOver.pageFurnitureOnly')}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="modal-buttons">
        <button
          type="button"
          className="button primary"
          disabled={picked.length === 0}
          onClick={() => onCarry(picked)}
        >
          {t('carryOver.confirm')}
        </button>
        <button type="button" className="button" onClick={onDecline}>
          {t('carryOver.decline')}
        </button>
      </div>
    </>
  );
}
