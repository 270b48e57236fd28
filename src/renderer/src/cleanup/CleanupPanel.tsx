// The cleanup panel: the built-in transforms (each on or off, remembered), the user's
// rules, the scope (field, article, page, all pages), a character-diff preview, and apply
// as one undoable step.

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CleanReport, Transform, TransformId } from '../../../core/clean';
import { TRANSFORMS, ruleError, ruleTransform } from '../../../core/clean';
import type { DiffChunk } from '../../../core/diff';
import type { FieldKind } from '../../../core/model';
import type { Key } from '../i18n/keys';
import type { ArticleSession } from '../articles/session/ArticleSession';
import { changePages, type PageGroup } from '../articles/session/group';
import { openSession } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';
import { SETTING, readSetting, writeSetting } from '../db/settings';
import { problemText } from '../problems/problemText';
import { toUserRule, updateRule, useRules } from '../rules/ruleStore';
import { DiffView } from './DiffView';
import {
  changeDiff,
  cleanPage,
  type ArticleChange,
  type CleanupChoice,
  type PageTarget,
  type Scope,
} from './plan';
import { isOn, setEnabled, useEnabledTransforms, type EnabledTransforms } from './transformSettings';
import { useCurrentSelection } from './useCurrentSelection';

const EXTRACT_SETTING = SETTING.extract;

type BuiltInId = Exclude<TransformId, `rule:${string}`>;

/** The built-in transforms' names and hints (user rules carry their own name). */
const TRANSFORM_KEY = {
  'join-lines': { name: 'clean.transform.joinLines', hint: 'clean.transformHint.join-lines' },
  'cjk-spaces': { name: 'clean.transform.cjkSpaces', hint: 'clean.transformHint.cjk-spaces' },
  'cjk-punctuation': { name: 'clean.transform.cjkPunctuation', hint: 'clean.transformHint.cjk-punctuation' },
  'continuation-marks': {
    name: 'clean.transform.continuationMarks',
    hint: 'clean.transformHint.continuation-marks',
  },
} as const satisfies Record<BuiltInId, { name: Key; hint: Key }>;

const transformKeys = (id: TransformId) => TRANSFORM_KEY[id as BuiltInId];

const LABEL_KEY = {
  section: 'clean.label.section',
  kicker: 'clean.label.kicker',
  title: 'clean.label.title',
  subtitle: 'clean.label.subtitle',
  dateline: 'clean.label.dateline',
  byline: 'clean.label.byline',
  paragraph: 'clean.label.paragraph',
  caption: 'clean.label.caption',
  note: 'clean.label.note',
} as const satisfies Record<FieldKind, Key>;

const SCOPE_KEY = {
  field: 'clean.scopeField',
  article: 'clean.scopeArticle',
  page: 'clean.scopePage',
  corpus: 'clean.scopeCorpus',
} as const satisfies Record<Scope, Key>;

const REPORT_KEY = {
  'unpaired-quote': 'clean.report.unpaired-quote',
  'continuation-mark': 'clean.report.continuation-mark',
} as const satisfies Record<CleanReport['kind'], Key>;
const SHOWN = 60;

interface PreviewItem {
  pageId: string;
  pageName: string;
  change: ArticleChange;
  chunks: DiffChunk[];
}

interface Preview {
  scope: Scope;
  items: PreviewItem[];
}

type Done =
  | { kind: 'page'; session: ArticleSession; count: number }
  | { kind: 'group'; group: PageGroup; count: number };

export function CleanupPanel({ db, pageId }: { db: GalleyDb; pageId: string | null }) {
  const { t } = useTranslation();
  // Switches show their new state at once; the stored setting follows a moment later.
  const [switched, setSwitched] = useState<{
    transforms: EnabledTransforms;
    rules: Record<string, boolean>;
    extract?: boolean;
  }>({
    transforms: {},
    rules: {},
  });
  const stored = useEnabledTransforms(db);
  const enabled = { ...stored, ...switched.transforms };
  const rules = (useRules(db) ?? []).map((r) =>
    r.id in switched.rules ? { ...r, enabled: switched.rules[r.id] } : r,
  );
  const storedExtract = useLiveQuery(() => readSetting(db, EXTRACT_SETTING), [db]);
  const extract = switched.extract ?? storedExtract ?? true;
  const selection = useCurrentSelection(db, pageId);
  const [scope, setScope] = useState<Scope>('article');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  const label = (kind: FieldKind) => t(LABEL_KEY[kind]);
  const choice = (): CleanupChoice => {
    const transforms: Transform[] = TRANSFORMS.filter((x) => isOn(enabled, x.id));
    for (const r of rules)
      if (r.enabled && !ruleError(toUserRule(r))) transforms.push(ruleTransform(toUserRule(r)));
    return { transforms, extract: extract && scope !== 'field' };
  };

  /** Why the scope cannot be used now, or null. */
  const blocked = (): string | null => {
    if (scope === 'corpus') return null;
    if (!pageId) return t('clean.needPage');
    if (scope === 'article' && !selection) return t('clean.needArticle');
    if (scope === 'field' && !selection?.field) return t('clean.needField');
    return null;
  };
  const target = (): PageTarget =>
    scope === 'article' ? { articleId: selection?.articleId } : scope === 'field' ? { ...selection } : {};

  const pagesInScope = async (): Promise<string[]> =>
    scope === 'corpus' ? (await db.pages.toArray()).map((p) => p.id) : [pageId!];

  const reset = () => {
    setPreview(null);
    setDone(null);
    setMessage(null);
  };

  const runPreview = async () => {
    const why = blocked();
    if (why) {
      setMessage(why);
      return;
    }
    setBusy(true);
    reset();
    try {
      const c = choice();
      const items: PreviewItem[] = [];
      const names = new Map((await db.pages.toArray()).map((p) => [p.id, p.name]));
      for (const id of await pagesInScope()) {
        const session = await openSession(db, id);
        const r = cleanPage(session.getSnapshot().state, session.raw, c, target());
        for (const change of r.changes) {
          items.push({
            pageId: id,
            pageName: names.get(id) ?? id,
            change,
            chunks: items.length < SHOWN ? changeDiff(change, label) : [],
          });
        }
      }
      setPreview({ scope, items });
      if (items.length === 0) setMessage(t('clean.noChange'));
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!preview || preview.items.length === 0) return;
    setBusy(true);
    try {
      const c = choice();
      if (preview.scope === 'corpus') {
        let count = 0;
        const group = await changePages(db, 'cleanup', await pagesInScope(), (state, raw) => {
          const r = cleanPage(state, raw, c);
          count += r.changes.length;
          return r.state;
        });
        setDone(group ? { kind: 'group', group, count } : null);
        setMessage(group ? t('clean.applied', { count }) : t('clean.noChange'));
      } else {
        const session = await openSession(db, pageId!);
        const r = cleanPage(session.getSnapshot().state, session.raw, c, target());
        if (r.changes.length > 0) session.change('cleanup', r.state);
        setDone(r.changes.length > 0 ? { kind: 'page', session, count: r.changes.length } : null);
        setMessage(
          r.changes.length > 0 ? t('clean.applied', { count: r.changes.length }) : t('clean.noChange'),
        );
      }
      setPreview(null);
    } finally {
      setBusy(false);
    }
  };

  const undo = () => {
    if (!done) return;
    if (done.kind === 'group') done.group.undo();
    else done.session.undo();
    setDone(null);
    setMessage(t('clean.undone'));
  };

  const reports = preview ? preview.items.flatMap((i) => i.change.reports) : [];

  return (
    <div className="cleanup-panel">
      <fieldset className="tool-group">
        <legend>{t('clean.transforms')}</legend>
        {TRANSFORMS.map((x) => (
          <label key={x.id} className="tool-check" title={t(transformKeys(x.id).hint)}>
            <input
              type="checkbox"
              checked={isOn(enabled, x.id)}
              onChange={(e) => {
                setPreview(null);
                setSwitched((w) => ({ ...w, transforms: { ...w.transforms, [x.id]: e.target.checked } }));
                void setEnabled(db, x.id, e.target.checked);
              }}
            />
            <span>{t(transformKeys(x.id).name)}</span>
            <small className="tool-hint">{t(transformKeys(x.id).hint)}</small>
          </label>
        ))}
        <label className="tool-check">
          <input
            type="checkbox"
            checked={extract}
            onChange={(e) => {
              setPreview(null);
              setSwitched((w) => ({ ...w, extract: e.target.checked }));
              void writeSetting(db, EXTRACT_SETTING, e.target.checked);
            }}
          />
          <span>{t('clean.extract')}</span>
          <small className="tool-hint">{t('clean.extractHint')}</small>
        </label>
      </fieldset>
      <fieldset className="tool-group">
        <legend>{t('clean.rules')}</legend>
        {rules.length === 0 ? <p className="tool-hint">{t('clean.noRules')}</p> : null}
        {rules.map((r) => {
          const problem = ruleError(toUserRule(r));
          return (
            <label key={r.id} className="tool-check">
              <input
                type="checkbox"
                checked={r.enabled}
                disabled={!!problem}
                onChange={(e) => {
                  setPreview(null);
                  setSwitched((w) => ({ ...w, rules: { ...w.rules, [r.id]: e.target.checked } }));
                  void updateRule(db, r.id, { enabled: e.target.checked });
                }}
              />
              <span>{r.name}</span>
              <small className="tool-hint">
                {problem
                  ? t('rules.invalid', { reason: problemText(t, problem) })
                  : `${r.find} → ${r.replace}`}
              </small>
            </label>
          );
        })}
      </fieldset>
      <fieldset className="tool-group tool-scope">
        <legend>{t('clean.scope')}</legend>
        {(['field', 'article', 'page', 'corpus'] as const).map((s) => (
          <label key={s} className="tool-radio">
            <input
              type="radio"
              name="cleanup-scope"
              value={s}
              checked={scope === s}
              onChange={() => {
                setScope(s);
                reset();
              }}
            />
            {t(SCOPE_KEY[s])}
          </label>
        ))}
      </fieldset>
      <div className="tool-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void runPreview()}>
          {busy ? t('clean.computing') : t('clean.preview')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={busy || !preview || preview.items.length === 0}
          onClick={() => void apply()}
        >
          {t('clean.apply')}
        </button>
        {done ? (
          <button type="button" className="button" onClick={undo}>
            {t('clean.undo')}
          </button>
        ) : null}
      </div>
      {message ? (
        <p className="tool-message" role="status">
          {message}
        </p>
      ) : null}
      {preview && preview.items.length > 0 ? (
        <div className="cleanup-preview">
          <p className="tool-summary">
            {t('clean.changes', { count: preview.items.length })}
            {reports.length > 0 ? ` · ${t('clean.reports', { count: reports.length })}` : ''}
          </p>
          {preview.items.slice(0, SHOWN).map((item) => (
            <section key={`${item.pageId}/${item.change.articleId}`} className="preview-item">
              <h4>
                {t('clean.articleOn', {
                  page: item.pageName,
                  n: item.change.before.order + 1,
                  title:
                    item.change.before.title.text ||
                    item.change.before.paragraphs[0]?.text.slice(0, 20) ||
                    '',
                })}
              </h4>
              <DiffView chunks={item.chunks} />
            </section>
          ))}
          {preview.items.length > SHOWN ? (
            <p className="tool-hint">{t('clean.moreChanges', { count: preview.items.length - SHOWN })}</p>
          ) : null}
          {reports.length > 0 ? (
            <ul className="cleanup-reports">
              {reports.slice(0, 20).map((r, i) => (
                <li key={i}>
                  {t(REPORT_KEY[r.kind])}: <q>{r.text}</q>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
