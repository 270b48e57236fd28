// The native menu speaks the app's language: the one the app starts in and every one the
// archivist chooses after, whichever control changed it.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../host/Host';
import { isLanguage } from '../i18n';

export function useMenuLanguage(host: Host): void {
  const { i18n } = useTranslation();
  const language = i18n.language;
  useEffect(() => {
    if (isLanguage(language)) host.setMenuLanguage(language);
  }, [host, language]);
}
