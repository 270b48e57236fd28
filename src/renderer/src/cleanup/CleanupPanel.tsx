// The cleanup panel: the built-in transforms (each on or off, remembered), the user's
// rules, the scope (field, article, page, all pages), a character-diff preview, and apply
// as one undoable step.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSFORMS } from '../../../core/clean';
import type { FieldKind } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { SETTING, readSetting, writeSetting } from '../db/settings';
import { problemText } from '../problems/problemText';
import { toUserRule, updateRule, useRules } from '../rules/ruleStore';
import { ruleRunner } from '../rules/ruleWorker';
import { applyCleanup, type AppliedCleanup } from './applyCleanup';
import { CleanupChoices } from './CleanupChoices';
import { CleanupPreview, SHOWN, type Preview, type PreviewItem } from './CleanupPreview';
import { LABEL_KEY } from './labels';
import { changeDiff, type CleanupChoice, type PageTarget, type Scope } from './plan';
import { planCleanup, type PlannedCleanup } from './runCleanup';
import { isOn, setEnabled, useEnabledTransforms, type EnabledTransforms } from './transformSettings';
import { useCurrentSelection } from './useCurrentSelection';

const EXTRACT_SETTING = SETTING.extract;

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
  const storedRules = useRules(db);
  const rules = (storedRules ?? []).map((r) =>
    r.id in switched.rules ? { ...r, enabled: switched.rules[r.id] } : r,
  );
  const storedExtract = useLiveQuery(() => readSetting(db, EXTRACT_SETTING), [db]);
  const extract = switched.extract ?? storedExtract ?? true;
  // The switches are drawn once their stored state is known, never at a default first: a
  // switch that flips under the pointer as the setting arrives gets clicked into the wrong state.
  const loaded = stored !== undefined && storedRules !== null && storedExtract !== undefined;
  const selection = useCurrentSelection(db, pageId);
  const [scope, setScope] = useState<Scope>('article');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [stopped, setStopped] = useState<string[]>([]);
  const [done, setDone] = useState<AppliedCleanup | null>(null);
  // The worker for rules RE2 cannot run starts with the panel, ready before the first preview.
  useEffect(() => void ruleRunner(), []);

  const label = (kind: FieldKind) => t(LABEL_KEY[kind]);
  /** The built-in part of the cleanup; the rules are added by planCleanup, guarded. */
  const choice = (): CleanupChoice => ({
    transforms: TRANSFORMS.filter((x) => isOn(enabled, x.id)),
    extract: extract && scope !== 'field',
  });
  /** The cleanup of `pageIds` planned with the rules, rules RE2 cannot run stopped after their budget. */
  const plan = async (pageIds: string[], at: PageTarget): Promise<PlannedCleanup> => {
    const planned = await planCleanup(db, pageIds, choice(), rules.map(toUserRule), at, ruleRunner().run);
    setStopped(planned.problems.map((p) => problemText(t, p)));
    return planned;
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
    setStopped([]);
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
      const items: PreviewItem[] = [];
      const names = new Map((await db.pages.toArray()).map((p) => [p.id, p.name]));
      const planned = await plan(await pagesInScope(), target());
      for (const { pageId: id, change } of planned.changes) {
        items.push({
          pageId: id,
          pageName: names.get(id) ?? id,
          change,
          chunks: items.length < SHOWN ? changeDiff(change, label) : [],
        });
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
      const pageIds = await pagesInScope();
      const at = preview.scope === 'corpus' ? {} : target();
      const { choice: c } = await plan(pageIds, at);
      // One shared step even for one page: its Undo takes back this cleanup, not whatever
      // is on top of the page's history by then.
      const applied = await applyCleanup(db, pageIds, c, at);
      setDone(applied);
      setMessage(applied ? t('clean.applied', { count: applied.count }) : t('clean.noChange'));
      setPreview(null);
    } finally {
      setBusy(false);
    }
  };

  const undo = () => {
    if (!done) return;
    done.group.undo();
    setDone(null);
    setMessage(t('clean.undone'));
  };

  return (
    <div className="cleanup-panel" aria-busy={!loaded}>
      {loaded ? (
        <CleanupChoices
          enabled={enabled}
          extract={extract}
          rules={rules}
          scope={scope}
          onTransform={(id, on) => {
            setPreview(null);
            setSwitched((w) => ({ ...w, transforms: { ...w.transforms, [id]: on } }));
            void setEnabled(db, id, on);
          }}
          onExtract={(on) => {
            setPreview(null);
            setSwitched((w) => ({ ...w, extract: on }));
            void writeSetting(db, EXTRACT_SETTING, on);
          }}
          onRule={(id, on) => {
            setPreview(null);
            setSwitched((w) => ({ ...w, rules: { ...w.rules, [id]: on } }));
            void updateRule(db, id, { enabled: on });
          }}
          onScope={(s) => {
            setScope(s);
            reset();
          }}
        />
      ) : null}
      <div className="tool-actions">
        <button type="button" className="button" disabled={busy || !loaded} onClick={() => void runPreview()}>
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
      {stopped.map((text) => (
        <p key={text} className="tool-message" role="alert">
          {text}
        </p>
      ))}
      {preview && preview.items.length > 0 ? <CleanupPreview preview={preview} /> : null}
    </div>
  );
}
