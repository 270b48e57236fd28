// Find and replace across all pages: every hit in its context (page, article, field),
// found in the find worker and shown as it streams in, chosen hits replaced in one step
// over all their pages (one transaction), undoable.

import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldRef } from '../../../core/model';
import type { PatternProblem } from '../../../core/problems';
import { changePages, type PageGroup } from '../articles/session/group';
import type { GalleyDb } from '../db/db';
import { HIT_LIMIT } from './corpus';
import { FindForm } from './FindForm';
import { HitList } from './HitList';
import { compileQuery, replaceHits, type FindQuery, type Hit } from './search';
import { useCorpusSearch } from './useCorpusSearch';

export interface FindPanelProps {
  db: GalleyDb;
  onOpen: (pageId: string, articleId: string, field: FieldRef) => void;
}

/** Why a search cannot run, in the words of the find panel. */
function patternText(t: TFunction, problem: PatternProblem): string {
  switch (problem.code) {
    case 'pattern.empty':
      return t('find.noHits');
    case 'pattern.matches-empty':
      return t('find.emptyMatch');
    case 'pattern.invalid':
      return t('find.badRegex', { reason: problem.detail });
  }
}

export function FindPanel({ db, onOpen }: FindPanelProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState<FindQuery>({ text: '', regex: false, caseSensitive: true });
  const [replacement, setReplacement] = useState('');
  const { found, run, cancel, isChosen, toggle, chooseAll, chosenCount } = useCorpusSearch(db);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [done, setDone] = useState<PageGroup | null>(null);

  const search = async (q: FindQuery = query, keepMessage = false) => {
    const c = compileQuery(q);
    if (!c.ok) {
      setMessage({ text: patternText(t, c.problem), error: true });
      return;
    }
    if (!keepMessage) setMessage(null);
    const r = await run(q);
    if (r && !keepMessage && r.hits.length === 0) setMessage({ text: t('find.noHits') });
  };

  const replace = async () => {
    if (!found || found.running) return;
    const hits = found.hits.filter((h) => isChosen(h.key));
    if (hits.length === 0) return;
    setBusy(true);
    try {
      const byPage = new Map<string, Hit[]>();
      for (const h of hits) {
        const list = byPage.get(h.pageId);
        if (list) list.push(h);
        else byPage.set(h.pageId, [h]);
      }
      let replaced = 0;
      let skipped = 0;
      const group = await changePages(db, 'replace', [...byPage.keys()], (state) => {
        const r = replaceHits(state, byPage.get(state.pageId) ?? [], found.query, replacement, Date.now());
        replaced += r.replaced;
        skipped += r.skipped;
        return r.state;
      });
      setDone(group);
      const text =
        t('find.replaced', { count: replaced }) +
        (skipped > 0 ? ` ${t('find.skipped', { count: skipped })}` : '');
      setMessage({ text });
      await search(found.query, true);
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!done) return;
    done.undo();
    await done.written;
    setDone(null);
    setMessage({ text: t('find.undone') });
    if (found) await search(found.query, true);
  };

  const running = found?.running ?? false;
  const pages = found?.pageNames.size ?? 0;
  return (
    <div className="concordance-panel">
      <FindForm
        query={query}
        replacement={replacement}
        busy={busy || running}
        onQuery={setQuery}
        onReplacement={setReplacement}
        onSearch={() => void search()}
      />
      {running && found ? (
        <div className="tool-actions find-progress">
          <progress
            value={found.pagesDone}
            max={Math.max(1, found.pagesTotal)}
            aria-label={t('find.searching')}
          />
          <span className="tool-summary" role="status">
            {t('find.progress', { done: found.pagesDone, total: found.pagesTotal })}
          </span>
          <button type="button" className="button small" onClick={cancel}>
            {t('find.stop')}
          </button>
        </div>
      ) : null}
      {found?.cancelled ? (
        <p className="tool-message" role="status">
          {t('find.stopped', { done: found.pagesDone, total: found.pagesTotal })}
        </p>
      ) : null}
      {message ? (
        <p
          className={`tool-message${message.error ? ' tool-error' : ''}`}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
      {done ? (
        <div className="tool-actions">
          <button type="button" className="button" onClick={() => void undo()}>
            {t('find.undo')}
          </button>
        </div>
      ) : null}
      {found && found.hits.length > 0 ? (
        <>
          <div className="tool-actions find-summary">
            <span className="tool-summary">
              {t('find.hits', { count: found.hits.length })} {t('find.onPages', { count: pages })}
            </span>
            <button type="button" className="button small" onClick={() => chooseAll(true)}>
              {t('find.selectAll')}
            </button>
            <button type="button" className="button small" onClick={() => chooseAll(false)}>
              {t('find.selectNone')}
            </button>
            <button
              type="button"
              className="button primary"
              disabled={busy || running || chosenCount === 0}
              onClick={() => void replace()}
            >
              {t('find.replaceChosen', { count: chosenCount })}
            </button>
          </div>
          {found.truncated ? <p className="tool-hint">{t('find.truncated', { count: HIT_LIMIT })}</p> : null}
          <HitList
            hits={found.hits}
            pageNames={found.pageNames}
            isChosen={isChosen}
            replacement={replacement}
            onToggle={toggle}
            onOpen={onOpen}
          />
        </>
      ) : null}
    </div>
  );
}
