// One learned correction in the panel: raw → corrected, how many further places hold it,
// its hits grouped by page (accept per hit, per page, all), reject it, keep it as a rule.

import { useTranslation } from 'react-i18next';
import type { CorrectionHits, Hit } from './proposals';
import { HitRow, type HitActions } from './HitRow';

export interface CorrectionActions extends HitActions {
  rejectAll: () => void;
  makeRule: () => void;
}

function byPage(hits: readonly Hit[]): Map<string, Hit[]> {
  const out = new Map<string, Hit[]>();
  for (const h of hits) out.set(h.pageId, [...(out.get(h.pageId) ?? []), h]);
  return out;
}

export function CorrectionItem({ item, actions }: { item: CorrectionHits; actions: CorrectionActions }) {
  const { t } = useTranslation();
  const { correction: c, open, waiting } = item;
  return (
    <li className="learn-correction" data-correction={`${c.from}→${c.to}`}>
      <div className="learn-head">
        <span className="learn-pair" lang="zh">
          <del>{c.from}</del> → <ins>{c.to}</ins>
        </span>
        <span className="learn-count">{t('learn.further', { count: open.length })}</span>
        <span className="learn-confidence">
          {t('learn.confidence', { percent: Math.round(item.confidence * 100) })}
        </span>
      </div>
      <div className="learn-buttons">
        <button
          type="button"
          className="button small"
          disabled={open.length === 0}
          onClick={() => actions.accept(open)}
        >
          {t('learn.acceptAll')}
        </button>
        <button type="button" className="button small" onClick={actions.rejectAll}>
          {t('learn.rejectAll')}
        </button>
        <button type="button" className="button small" onClick={actions.makeRule}>
          {t('learn.makeRule')}
        </button>
      </div>
      {[...byPage(open)].map(([pageId, hits]) => (
        <div key={pageId} className="learn-page">
          {hits.length > 1 ? (
            <button type="button" className="button small" onClick={() => actions.accept(hits)}>
              {t('learn.acceptPage')} ({hits[0]?.pageName})
            </button>
          ) : null}
          <ul className="learn-hits">
            {hits.map((h) => (
              <HitRow key={h.start} hit={h} correction={c} actions={actions} />
            ))}
          </ul>
        </div>
      ))}
      {waiting.length > 0 ? (
        <p className="learn-waiting">{t('learn.waiting', { count: waiting.length })}</p>
      ) : null}
    </li>
  );
}
