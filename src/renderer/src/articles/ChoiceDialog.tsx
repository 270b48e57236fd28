// Asks, for each field a move or unassign cannot cut cleanly (core needs-choice), which
// version the field keeps: the typed text stays, or goes with the text that moves. Both
// versions are shown as they would read; nothing changes until the archivist confirms.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice, NeedsChoice } from '../../../core/article';
import { Modal } from '../common/Modal';
import './choice.css';

interface ChoiceDialogProps {
  choices: readonly NeedsChoice[];
  /** Names a field ("Article 2 · Paragraph 1"). */
  describe: (c: NeedsChoice) => string;
  onChoose: (picks: Choice[]) => void;
  onCancel: () => void;
  /** The confirm button's words, when not a move's. */
  confirm?: string | undefined;
}

export function ChoiceDialog({ choices, describe, onChoose, onCancel, confirm }: ChoiceDialogProps) {
  const { t } = useTranslation();
  const [picks, setPicks] = useState<('keep' | 'drop')[]>(() => choices.map(() => 'keep'));
  return (
    <Modal labelledBy="choice-title" onClose={onCancel} className="choice-dialog">
      <h2 id="choice-title">{t('articles.choiceTitle')}</h2>
      <p>{t('articles.choiceBody')}</p>
      {choices.map((c, i) => (
        <fieldset key={`${c.articleId}/${c.field.kind}/${'index' in c.field ? c.field.index : ''}`}>
          <legend>{describe(c)}</legend>
          {(['keep', 'drop'] as const).map((pick) => (
            <label key={pick} className="choice-option" data-pick={pick}>
              <input
                type="radio"
                name={`choice-${i}`}
                checked={picks[i] === pick}
                onChange={() => setPicks((p) => p.map((x, k) => (k === i ? pick : x)))}
              />
              <span>{t(pick === 'keep' ? 'articles.choiceKeep' : 'articles.choiceDrop')}</span>
              <q className="choice-text">{pick === 'keep' ? c.keep : c.drop}</q>
            </label>
          ))}
        </fieldset>
      ))}
      <div className="modal-buttons">
        <button
          type="button"
          className="button primary"
          onClick={() =>
            onChoose(choices.map((c, i) => ({ articleId: c.articleId, field: c.field, pick: picks[i] })))
          }
        >
          {confirm ?? t('articles.choiceConfirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('articles.cancel')}
        </button>
      </div>
    </Modal>
  );
}
