import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage, type Language } from '../i18n';

interface TopBarProps {
  pageCount: number | null;
  busy: boolean;
  onOpenFiles: () => void;
  onOpenFolder: () => void;
  onLanguage: (language: Language) => void;
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
  children,
  tools,
}: TopBarProps) {
  const { t, i18n } = useTranslation();
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
      <label className="language-switch">
        <span className="visually-hidden">{t('app.language')}</span>
        <select
          value={i18n.resolvedLanguage}
          aria-label={t('app.language')}
          onChange={(e) => isLanguage(e.target.value) && onLanguage(e.target.value)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
