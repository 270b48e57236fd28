// The top bar's View menu: which panes show and the theme (and, in a narrow window, the
// language, which then has no room in the bar itself).

import { useTranslation } from 'react-i18next';
import { PopoverMenu } from '../common/PopoverMenu';
import type { Language } from '../i18n';
import type { ThemeChoice } from '../theme/theme';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import { LanguageSelect } from './LanguageSelect';
import { PaneToggles } from './PaneToggles';

interface ViewMenuProps {
  theme: ThemeChoice;
  onTheme: (theme: ThemeChoice) => void;
  onLanguage: (language: Language) => void;
}

export function ViewMenu({ theme, onTheme, onLanguage }: ViewMenuProps) {
  const { t } = useTranslation();
  return (
    <PopoverMenu
      label={t('desk.view')}
      menuLabel={t('desk.view')}
      className="view-button"
      menuClassName="view-menu"
    >
      <PaneToggles />
      <ThemeSwitch theme={theme} onTheme={onTheme} />
      <LanguageSelect className="narrow-only" onLanguage={onLanguage} />
    </PopoverMenu>
  );
}
