// The article panel's head: coverage, save status, undo and redo. Memoised, and the save
// status reads the session itself (SaveStatus.tsx): it changes while the archivist types,
// and nothing is drawn again for it.

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandId } from './actions';
import type { ArticleSession } from './session/ArticleSession';
import { SaveStatus } from './SaveStatus';

const PERCENT = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

interface PanelHeadProps {
  coverage: number;
  session: ArticleSession;
  canUndo: boolean;
  canRedo: boolean;
  onCommand: (id: CommandId) => void;
  onHelp: () => void;
}

export const PanelHead = memo(function PanelHead({
  coverage,
  session,
  canUndo,
  canRedo,
  onCommand,
  onHelp,
}: PanelHeadProps) {
  const { t } = useTranslation();
  const percent = PERCENT.format(coverage * 100);
  return (
    <div className="article-panel-head">
      <span className="article-coverage" data-coverage={coverage.toFixed(4)}>
        {t('articles.coverage', { percent })}
      </span>
      <SaveStatus session={session} />
      <button type="button" onClick={() => onCommand('undo')} disabled={!canUndo} title="Ctrl+Z">
        {t('articles.command.undo')}
      </button>
      <button type="button" onClick={() => onCommand('redo')} disabled={!canRedo} title="Ctrl+Shift+Z">
        {t('articles.command.redo')}
      </button>
      <button type="button" onClick={() => onCommand('next-gap')} title="Alt+G">
        {t('articles.command.next-gap')}
      </button>
      <button type="button" onClick={onHelp} title="?" aria-label={t('articles.command.help')}>
        ?
      </button>
    </div>
  );
});
