import { useTranslation } from 'react-i18next';
import type { Page } from '../../../core/model';

/** The flags a page can carry from its import: empty file, changed version of another page. */
export function PageFlags({ page }: { page: Pick<Page, 'empty' | 'changedVersionOf'> }) {
  const { t } = useTranslation();
  return (
    <>
      {page.empty ? (
        <span className="flag flag-empty" title={t('pageList.flagEmptyHint')}>
          {t('pageList.flagEmpty')}
        </span>
      ) : null}
      {page.changedVersionOf ? (
        <span className="flag flag-changed" title={t('pageList.flagChangedHint')}>
          {t('pageList.flagChanged')}
        </span>
      ) : null}
    </>
  );
}
