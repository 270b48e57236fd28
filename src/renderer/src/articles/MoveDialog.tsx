// Asks before taking raw text that already belongs to another field or to the furniture.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../common/Modal';

interface MoveDialogProps {
  owners: string[];
  onMove: () => void;
  onCancel: () => void;
}

export function MoveDialog({ owners, onMove, onCancel }: MoveDialogProps) {
  const { t } = useTranslation();
  const moveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => moveButton.current?.focus(), []);
  return (
    <Modal labelledBy="move-title" onClose={onCancel}>
      <h2 id="move-title">{t('articles.moveTitle')}</h2>
      <p>{t('articles.moveBody')}</p>
      <ul>
        {owners.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <div className="modal-buttons">
        <button type="button" ref={moveButton} onClick={onMove}>
          {t('articles.moveConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('articles.cancel')}
        </button>
      </div>
    </Modal>
  );
}
