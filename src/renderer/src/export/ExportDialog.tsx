// The export dialog: what to export (all pages, the chosen pages, reviewed articles only),
// in which formats, then where (the host asks: a folder in the desktop app, a folder or a
// zip download in the browser), with a progress bar, a summary and a clear failure message.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../core/export';
import type { GalleyDb } from '../db/db';
import type { Host } from '../host/Host';
import { naturalOrder } from '../common/format';
import { describeFailure, type Failure } from './exportFailure';
import { FAILURE_KEY, FORMAT_HINT_KEY, FORMAT_KEY } from './labels';
import { runExport, stopExport } from './runExport';
import { ExportResult, type ExportDone } from './ExportResult';
import { loadPageProblems, type PageProblems } from '../problems/loadPageProblems';
import { PageProblemList } from '../problems/PageProblemList';
import type { DeletedEditedRecord } from '../../../core/sync';
import { DeletedEditedList, loadDeletedEdited } from './DeletedEditedList';
import { Modal } from '../common/Modal';
import './export.css';

interface ExportDialogProps {
  db: GalleyDb;
  host: Host;
  /** The page open in the editor: preselected when the scope is "chosen pages". */
  currentPageId: string | null;
  onClose: () => void;
}

type Phase =
  | { kind: 'choose' }
  | { kind: 'picking' }
  | { kind: 'making'; made: number }
  | { kind: 'writing'; done: number; total: number }
  | ({ kind: 'done' } & ExportDone)
  | { kind: 'failed'; failure: Failure }
  /** The scope has one-owner problems or team conflicts: listed, and the archivist goes on or goes back. */
  | { kind: 'problems'; pages: PageProblems[]; deletedEdited: DeletedEditedRecord[] };

export function ExportDialog({ db, host, currentPageId, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const pages = useLiveQuery(() => db.pages.toArray(), [db], null);
  const sorted = useMemo(
    () => [...(pages ?? [])].sort((a, b) => naturalOrder.compare(a.relativePath, b.relativePath)),
    [pages],
  );
  const [allPages, setAllPages] = useState(true);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(currentPageId ? [currentPageId] : []));
  const [reviewedOnly, setReviewedOnly] = useState(false);
  const [includeUnmarked, setIncludeUnmarked] = useState(false);
  const [formats, setFormats] = useState<Set<ExportFormat>>(() => new Set(EXPORT_FORMATS));
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const busy = phase.kind === 'picking' || phase.kind === 'making' || phase.kind === 'writing';
  const ready = formats.size > 0 && (allPages || chosen.size > 0);
  const toggle = <T,>(set: Set<T>, value: T, on: boolean): Set<T> => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  const start = async (problemsSeen = false) => {
    const pageIds = allPages ? undefined : [...chosen];
    if (!problemsSeen) {
      const [found, deletedEdited] = await Promise.all([
        loadPageProblems(db, pageIds),
        loadDeletedEdited(db, pageIds),
      ]);
      if (found.length > 0 || deletedEdited.length > 0) {
        setPhase({ kind: 'problems', pages: found, deletedEdited });
        return;
      }
    }
    setPhase({ kind: 'picking' });
    try {
      const target = await host.pickExportTarget();
      if (!target) {
        setPhase({ kind: 'choose' });
        return;
      }
      setPhase({ kind: 'making', made: 0 });
      const summary = await runExport(
        db,
        {
          scope: { pages: allPages ? 'all' : [...chosen], reviewedOnly },
          formats: EXPORT_FORMATS.filter((f) => formats.has(f)),
          includeUnmarked,
        },
        target,
        (done, total) => setPhase({ kind: 'writing', done, total }),
        (made) => setPhase({ kind: 'making', made }),
      );
      setPhase({ kind: 'done', ...summary });
    } catch (error) {
      const failure = describeFailure(error);
      setPhase(failure.kind === 'cancelled' ? { kind: 'choose' } : { kind: 'failed', failure });
    }
  };

  return (
    <Modal labelledBy="export-title" onClose={onClose} canClose={!busy} className="export-dialog">
      <h2 id="export-title">{t('export.title')}</h2>
      <fieldset disabled={busy}>
        <legend>{t('export.scope')}</legend>
        <label>
          <input
            ref={first}
            type="radio"
            name="export-pages"
            checked={allPages}
            onChange={() => setAllPages(true)}
          />
          {t('export.allPages', { count: pages?.length ?? 0 })}
        </label>
        <label>
          <input type="radio" name="export-pages" checked={!allPages} onChange={() => setAllPages(false)} />
          {t('export.chosenPages', { count: chosen.size })}
        </label>
        {!allPages && (
          <ul className="export-pages">
            {sorted.map((p) => (
              <li key={p.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(p.id)}
                    onChange={(e) => setChosen((s) => toggle(s, p.id, e.target.checked))}
                  />
                  {p.relativePath}
                  <span className="modal-muted"> · {t('pageList.articles', { count: p.articleCount })}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <label className="export-reviewed">
          <input type="checkbox" checked={reviewedOnly} onChange={(e) => setReviewedOnly(e.target.checked)} />
          {t('export.reviewedOnly')}
        </label>
      </fieldset>
      <fieldset disabled={busy}>
        <legend>{t('export.formats')}</legend>
        <ul className="export-formats">
          {EXPORT_FORMATS.map((f) => (
            <li key={f}>
              <label>
                <input
                  type="checkbox"
                  data-format={f}
                  checked={formats.has(f)}
                  onChange={(e) => setFormats((s) => toggle(s, f, e.target.checked))}
                />
                <strong>{t(FORMAT_KEY[f])}</strong>
                <span className="modal-muted"> {t(FORMAT_HINT_KEY[f])}</span>
              </label>
            </li>
          ))}
        </ul>
        <label className="export-unmarked">
          <input
            type="checkbox"
            checked={includeUnmarked}
            disabled={!formats.has('txt')}
            onChange={(e) => setIncludeUnmarked(e.target.checked)}
          />
          {t('export.includeUnmarked')}
        </label>
      </fieldset>
      <p className="modal-muted">
        {host.kind === 'electron' ? t('export.whereDesktop') : t('export.whereBrowser')}
      </p>
      {phase.kind === 'making' && (
        <div className="export-progress" role="status">
          <progress aria-label={t('export.progressLabel')} />
          <span>{t('export.making', { count: phase.made })}</span>
          <button type="button" className="button" onClick={() => void stopExport(db)}>
            {t('export.stop')}
          </button>
        </div>
      )}
      {phase.kind === 'writing' && (
        <div className="export-progress" role="status">
          <progress max={phase.total || 1} value={phase.done} aria-label={t('export.progressLabel')} />
          <span>{t('export.progress', { done: phase.done, total: phase.total })}</span>
        </div>
      )}
      {phase.kind === 'done' && <ExportResult done={phase} />}
      {phase.kind === 'problems' && (
        <div className="modal-error export-problems" role="alert">
          <p>
            <strong>
              {t('export.problemsTitle', {
                count: phase.pages.reduce((n, p) => n + p.problems.length, phase.deletedEdited.length),
              })}
            </strong>
          </p>
          <p>{t('export.problemsBody')}</p>
          <PageProblemList pages={phase.pages} />
          <DeletedEditedList items={phase.deletedEdited} pages={pages ?? []} />
          <div className="modal-buttons">
            <button type="button" className="button" onClick={() => setPhase({ kind: 'choose' })}>
              {t('export.problemsBack')}
            </button>
            <button type="button" className="button primary" onClick={() => void start(true)}>
              {t('export.exportAnyway')}
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'failed' && (
        <div className="modal-error" role="alert">
          <p>{t(FAILURE_KEY[phase.failure.kind])}</p>
          {phase.failure.path && <p>{t('export.failedFile', { path: phase.failure.path })}</p>}
          <p>{t('export.failedWritten', { count: phase.failure.written })}</p>
          <p className="modal-muted">{phase.failure.detail}</p>
        </div>
      )}
      <div className="modal-buttons">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {phase.kind === 'done' ? t('export.close') : t('export.cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => void start()}
          disabled={!ready || busy || phase.kind === 'problems'}
        >
          {phase.kind === 'picking' ? t('export.choosing') : t('export.start')}
        </button>
      </div>
    </Modal>
  );
}
