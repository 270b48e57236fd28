import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage, type Language } from '../i18n';

interface LanguageSelectProps {
  className: string;
  onLanguage: (language: Language) => void;
}

/** The UI language; its own name in its own script, so anyone can find theirs. */
export function LanguageSelect({ className, onLanguage }: LanguageSelectProps) {
  const { t, i18n } = useTranslation();
  return (
    <label className={`language-switch ${className}`}>
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
  );
}
