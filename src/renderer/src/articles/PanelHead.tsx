// The article panel's head: coverage, save status, undo and redo. Memoised: while the
// archivist types, its props change only when the save status does.

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandId } from './actions';
import type { SaveStatus } from './session/ArticleSession';

const PERCENT = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

interface PanelHeadProps {
  coverage: number;
  save: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
  onCommand: (id: CommandId) => void;
  onHelp: () => void;
}

export const PanelHead = memo(function PanelHead({
  coverage,
  save,
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
      <span className={`save-status save-${save}`} role="status" data-save={save}>
        {t(`articles.save.${save}`)}
      </span>
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
