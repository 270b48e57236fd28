// What a carry-over did, per page: how many articles came through, and for every span
// that did not map cleanly, whose it is and its raw text on the previous version beside
// the new version's (a character diff), so the archivist can check the field by hand.

import { useTranslation } from 'react-i18next';
import type { CarryLoss } from '../../../core/article';
import { describeOwner } from '../articles/describeOwner';
import { DiffView } from '../common/DiffView';
import type { CarriedPage, CarryOverOffer } from '../import/carryOverPages';

interface CarryResultsProps {
  offers: readonly CarryOverOffer[];
  pages: readonly CarriedPage[];
  onOpenPage: (pageId: string) => void;
}

export function CarryResults({ offers, pages, onOpenPage }: CarryResultsProps) {
  const { t } = useTranslation();
  if (pages.length === 0) return <p role="status">{t('carryOver.skipped')}</p>;
  return (
    <div className="carry-over-results">
      {pages.map((page) => (
        <section key={page.pageId} className="carry-over-page" data-page-id={page.pageId}>
          <header>
            <h3 className="file-name">{offers.find((o) => o.pageId === page.pageId)?.relativePath}</h3>
            <span>{t('carryOver.pageDone', { count: page.articles })}</span>
            <button type="button" className="button small" onClick={() => onOpenPage(page.pageId)}>
              {t('carryOver.openPage')}
            </button>
          </header>
          {page.lost.length === 0 ? (
            <p className="carry-over-clean">{t('carryOver.allClean')}</p>
          ) : (
            <>
              <p>{t('carryOver.losses', { count: page.lost.length })}</p>
              <ol className="carry-over-losses">
                {page.lost.map((loss) => (
                  <Loss key={`${loss.old.start}-${loss.old.end}`} page={page} loss={loss} />
                ))}
              </ol>
            </>
          )}
        </section>
      ))}
    </div>
  );
}

function Loss({ page, loss }: { page: CarriedPage; loss: CarryLoss }) {
  const { t } = useTranslation();
  const owner = describeOwner(t, page.carried, { owner: loss.owner, spans: [] });
  return (
    <li className="carry-over-loss" data-old-start={loss.old.start}>
      <p className="carry-over-owner">
        {owner}
        {loss.kept.length === 0 ? ` · ${t('carryOver.lostEntirely')}` : null}
      </p>
      <DiffView
        mode="split"
        from={loss.oldText}
        to={loss.newText}
        fromLabel={t('carryOver.oldRaw')}
        toLabel={t('carryOver.newRaw')}
        emptyText={t('carryOver.emptyRaw')}
      />
    </li>
  );
}
