// Find and replace across all pages: every hit in its context (page, article, field),
// chosen hits replaced in one step over all their pages (one transaction), undoable.

import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldRef } from '../../../core/model';
import type { PatternProblem } from '../../../core/problems';
import { fieldLabel } from '../common/fieldLabel';
import { changePages, type PageGroup } from '../articles/session/group';
import type { GalleyDb } from '../db/db';
import { HIT_LIMIT, searchCorpus, type CorpusHits } from './corpus';
import { compileQuery, replaceHits, type FindQuery, type Hit } from './search';

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
  const [result, setResult] = useState<(CorpusHits & { query: FindQuery }) | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [done, setDone] = useState<PageGroup | null>(null);

  const fieldName = (f: FieldRef) => fieldLabel(t, f);

  const search = async (q: FindQuery = query, keepMessage = false) => {
    const c = compileQuery(q);
    if (!c.ok) {
      setResult(null);
      const text = patternText(t, c.problem);
      setMessage({ text, error: true });
      return;
    }
    setBusy(true);
    try {
      const r = await searchCorpus(db, q);
      setResult({ ...r, query: q });
      setChosen(new Set(r.hits.map((h) => h.key)));
      if (!keepMessage) setMessage(r.hits.length === 0 ? { text: t('find.noHits') } : null);
    } finally {
      setBusy(false);
    }
  };

  const replace = async () => {
    if (!result) return;
    const hits = result.hits.filter((h) => chosen.has(h.key));
    if (hits.length === 0) return;
    setBusy(true);
    try {
      const byPage = new Map<string, Hit[]>();
      for (const h of hits) byPage.set(h.pageId, [...(byPage.get(h.pageId) ?? []), h]);
      let replaced = 0;
      let skipped = 0;
      const group = await changePages(db, 'replace', [...byPage.keys()], (state) => {
        const r = replaceHits(state, byPage.get(state.pageId) ?? [], result.query, replacement, Date.now());
        replaced += r.replaced;
        skipped += r.skipped;
        return r.state;
      });
      setDone(group);
      const text =
        t('find.replaced', { count: replaced }) +
        (skipped > 0 ? ` ${t('find.skipped', { count: skipped })}` : '');
      setMessage({ text });
      await search(result.query, true);
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
    if (result) await search(result.query, true);
  };

  const pages = result ? new Set(result.hits.map((h) => h.pageId)).size : 0;
  const toggle = (key: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <div className="concordance-panel">
      <form
        className="find-form"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <label className="rule-field">
          <span>{t('find.query')}</span>
          <input
            value={query.text}
            onChange={(e) => setQuery({ ...query, text: e.target.value })}
            spellCheck={false}
            aria-label={t('find.query')}
          />
        </label>
        <label className="rule-field">
          <span>{t('find.replacement')}</span>
          <input
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            spellCheck={false}
            aria-label={t('find.replacement')}
          />
        </label>
        <div className="rule-line">
          <label className="tool-check-inline">
            <input
              type="checkbox"
              checked={query.regex}
              onChange={(e) => setQuery({ ...query, regex: e.target.checked })}
            />
            {t('find.regex')}
          </label>
          <label className="tool-check-inline">
            <input
              type="checkbox"
              checked={query.caseSensitive}
              onChange={(e) => setQuery({ ...query, caseSensitive: e.target.checked })}
            />
            {t('find.caseSensitive')}
          </label>
          <button type="submit" className="button" disabled={busy || query.text === ''}>
            {busy ? t('find.searching') : t('find.search')}
          </button>
        </div>
      </form>
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
      {result && result.hits.length > 0 ? (
        <>
          <div className="tool-actions find-summary">
            <span className="tool-summary">
              {t('find.hits', { count: result.hits.length })} {t('find.onPages', { count: pages })}
            </span>
            <button
              type="button"
              className="button small"
              onClick={() => setChosen(new Set(result.hits.map((h) => h.key)))}
            >
              {t('find.selectAll')}
            </button>
            <button type="button" className="button small" onClick={() => setChosen(new Set())}>
              {t('find.selectNone')}
            </button>
            <button
              type="button"
              className="button primary"
              disabled={busy || chosen.size === 0}
              onClick={() => void replace()}
            >
              {t('find.replaceChosen', { count: chosen.size })}
            </button>
          </div>
          {result.truncated ? <p className="tool-hint">{t('find.truncated', { count: HIT_LIMIT })}</p> : null}
          <ol className="hit-list">
            {result.hits.map((h) => (
              <li key={h.key} className="hit" data-page={result.pageNames.get(h.pageId)}>
                <input
                  type="checkbox"
                  checked={chosen.has(h.key)}
                  onChange={() => toggle(h.key)}
                  aria-label={`${result.pageNames.get(h.pageId)} ${h.match}`}
                />
                <div className="hit-body">
                  <div className="hit-where">
                    {result.pageNames.get(h.pageId)} · {t('find.articleN', { n: h.order + 1 })} ·{' '}
                    {fieldName(h.field)}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpen(h.pageId, h.articleId, h.field)}
                    >
                      {t('find.open')}
                    </button>
                  </div>
                  <div className="hit-context">
                    <span>{h.before}</span>
                    <mark>{h.match}</mark>
                    {chosen.has(h.key) && replacement !== '' ? (
                      <ins className="diff-insert">{replacement}</ins>
                    ) : null}
                    <span>{h.after}</span>
                  </div>
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
