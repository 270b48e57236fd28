// One hit of a learned correction: the raw text around it, the page and field it sits in,
// and accept / reject.

import { useTranslation } from 'react-i18next';
import type { LearnedCorrection } from '../../../core/learn/types';
import { fieldLabel } from '../common/fieldLabel';
import type { Hit } from './proposals';

export interface HitActions {
  accept: (hits: readonly Hit[]) => void;
  reject: (hit: Hit) => void;
}

export function HitRow({
  hit,
  correction,
  actions,
}: {
  hit: Hit;
  correction: LearnedCorrection;
  actions: HitActions;
}) {
  const { t } = useTranslation();
  const where = hit.place.kind === 'field' ? fieldLabel(t, hit.place.field) : null;
  return (
    <li
      className={`learn-hit${hit.against ? ' against' : ''}`}
      title={hit.against ? t('learn.againstHint') : undefined}
    >
      <span className="learn-context" lang="zh">
        {hit.before}
        <del>{correction.from}</del>
        <ins>{correction.to}</ins>
        {hit.after}
      </span>
      <span className="learn-where">
        {hit.pageName}
        {where ? ` · ${where}` : ''}
        {hit.inField ? <span lang="zh">{` · “${hit.inField}”`}</span> : null}
      </span>
      {hit.place.kind === 'field' ? (
        <span className="learn-buttons">
          <button type="button" className="button small" onClick={() => actions.accept([hit])}>
            {t('learn.acceptHit')}
          </button>
          <button type="button" className="button small" onClick={() => actions.reject(hit)}>
            {t('learn.rejectHit')}
          </button>
        </span>
      ) : null}
    </li>
  );
}
