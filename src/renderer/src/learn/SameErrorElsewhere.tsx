// "Same error elsewhere": a button in the top bar with the number of open proposals, and
// the panel it opens. Mounted once by the shell; while mounted it learns from every hand
// edit (tracker.ts) and keeps the raw-text index up to date in a worker (indexer.ts).
// Nothing is applied unless the archivist presses accept.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeskCommands } from '../common/commands';
import { usePageCount } from '../common/usePageCount';
import type { GalleyDb } from '../db/db';
import { acceptProposals } from './acceptProposals';
import { CorrectionItem, type CorrectionActions } from './CorrectionItem';
import { indexInWorker } from './indexer';
import { keepAsRule, rejectCorrection, rejectHit } from './learnStore';
import { loadProposals, type CorrectionHits } from './proposals';
import { startLearning } from './tracker';
import './learn.css';

export function SameErrorElsewhere({ db }: { db: GalleyDb }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const stop = startLearning(db);
    return () => void stop();
  }, [db]);
  const pageCount = usePageCount(db) ?? 0;
  useEffect(() => {
    if (pageCount > 0) void indexInWorker(db);
  }, [db, pageCount]);
  const items = useLiveQuery(() => loadProposals(db), [db], [] as CorrectionHits[]);
  const total = items.reduce((n, i) => n + i.open.length, 0);

  const run = (work: Promise<string | null>) =>
    void work.then(setMessage, (e: unknown) => setMessage(t('learn.failed', { reason: String(e) })));
  const actionsFor = (item: CorrectionHits): CorrectionActions => ({
    accept: (hits) =>
      run(acceptProposals(db, item.correction, hits).then((count) => t('learn.accepted', { count }))),
    reject: (hit) => run(rejectHit(db, item.correction.id, hit.pageId, hit.start).then(() => null)),
    rejectAll: () => run(rejectCorrection(db, item.correction.id).then(() => null)),
    makeRule: () => run(keepAsRule(db, item.correction).then((r) => t('learn.ruleMade', { name: r.name }))),
  });
  // In the palette: the panel, and each correction's own actions, named by its raw → corrected.
  useDeskCommands(() => [
    { id: 'learn', label: 'palette.command.learn', run: () => setOpen((o) => !o) },
    ...items.flatMap((item) => {
      const { id, from, to } = item.correction;
      const a = actionsFor(item);
      const params = { from, to, count: item.open.length };
      return [
        {
          id: `learn-accept.${id}`,
          label: 'palette.command.learn-accept' as const,
          params,
          enabled: item.open.length > 0,
          run: () => a.accept(item.open),
        },
        {
          id: `learn-reject.${id}`,
          label: 'palette.command.learn-reject' as const,
          params,
          run: a.rejectAll,
        },
        { id: `learn-rule.${id}`, label: 'palette.command.learn-rule' as const, params, run: a.makeRule },
      ];
    }),
  ]);
  const sure = items.filter((i) => !i.low);
  const unsure = items.filter((i) => i.low);

  return (
    <>
      <button type="button" className="button" aria-pressed={open} onClick={() => setOpen((o) => !o)}>
        {total > 0 ? t('learn.openCount', { count: total }) : t('learn.open')}
      </button>
      {open ? (
        <aside className="learn-panel" aria-label={t('learn.title')}>
          <header>
            <h2>{t('learn.title')}</h2>
            <button type="button" className="button small" onClick={() => setOpen(false)}>
              {t('learn.close')}
            </button>
          </header>
          <p className="learn-intro">{t('learn.intro')}</p>
          {message ? (
            <p className="learn-message" role="status">
              {message}
            </p>
          ) : null}
          {items.length === 0 ? <p className="learn-empty">{t('learn.empty')}</p> : null}
          <ul className="learn-list">
            {sure.map((i) => (
              <CorrectionItem key={i.correction.id} item={i} actions={actionsFor(i)} />
            ))}
          </ul>
          {unsure.length > 0 ? (
            <section className="learn-low">
              <h3>{t('learn.lowTitle')}</h3>
              <ul className="learn-list">
                {unsure.map((i) => (
                  <CorrectionItem key={i.correction.id} item={i} actions={actionsFor(i)} />
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      ) : null}
    </>
  );
}
