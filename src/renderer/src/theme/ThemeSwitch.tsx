import { useTranslation } from 'react-i18next';
import { THEMES, choiceOf, optionOf, type ThemeChoice, type ThemeOption } from './theme';

interface ThemeSwitchProps {
  theme: ThemeChoice;
  onTheme: (theme: ThemeChoice) => void;
}

export function ThemeSwitch({ theme, onTheme }: ThemeSwitchProps) {
  const { t } = useTranslation();
  return (
    <select
      className="theme-switch"
      value={optionOf(theme)}
      aria-label={t('theme.label')}
      title={t('theme.label')}
      onChange={(e) => onTheme(choiceOf(e.target.value as ThemeOption))}
    >
      {THEMES.map((o) => (
        <option key={o} value={o}>
          {t(`theme.${o}`)}
        </option>
      ))}
    </select>
  );
}
