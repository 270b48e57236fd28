import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phrases } from './phrases';

/** The raw view's CodeMirror phrases in the current UI language. */
export function usePhrases(): Phrases {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      Find: t('rawView.phrases.find'),
      next: t('rawView.phrases.next'),
      previous: t('rawView.phrases.previous'),
      all: t('rawView.phrases.all'),
      'match case': t('rawView.phrases.matchCase'),
      regexp: t('rawView.phrases.regexp'),
      'by word': t('rawView.phrases.byWord'),
      close: t('rawView.phrases.close'),
      'current match': t('rawView.phrases.currentMatch'),
      'on line': t('rawView.phrases.onLine'),
      'Go to line': t('rawView.phrases.goToLine'),
      go: t('rawView.phrases.go'),
    }),
    // t is a new function whenever the language changes.
    [t],
  );
}
