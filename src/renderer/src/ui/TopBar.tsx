import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n';
import { LanguageSelect } from './LanguageSelect';
import { PaletteButton } from '../palette/PaletteButton';
import type { ThemeChoice } from '../theme/theme';
import { ViewMenu } from './ViewMenu';

interface TopBarProps {
  pageCount: number | null;
  busy: boolean;
  onOpenFiles: () => void;
  onOpenFolder: () => void;
  onLanguage: (language: Language) => void;
  theme: ThemeChoice;
  onTheme: (theme: ThemeChoice) => void;
  children?: React.ReactNode;
  /** Project-wide commands (review, export, backup), after the open buttons. */
  tools?: React.ReactNode;
}

export function TopBar({
  pageCount,
  busy,
  onOpenFiles,
  onOpenFolder,
  onLanguage,
  theme,
  onTheme,
  children,
  tools,
}: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <span className="brand">{t('app.title')}</span>
      <div className="top-bar-actions">
        <button type="button" className="button primary" onClick={onOpenFiles} disabled={busy}>
          {t('topBar.openFiles')}
        </button>
        <button type="button" className="button" onClick={onOpenFolder} disabled={busy}>
          {t('topBar.openFolder')}
        </button>
      </div>
      {tools}
      <div className="top-bar-status" role="status">
        {children ?? (pageCount === null ? null : t('topBar.pageCount', { count: pageCount }))}
      </div>
      <PaletteButton />
      <ViewMenu theme={theme} onTheme={onTheme} onLanguage={onLanguage} />
      <LanguageSelect className="wide-only" onLanguage={onLanguage} />
    </header>
  );
}
