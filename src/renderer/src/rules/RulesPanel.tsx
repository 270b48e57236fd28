// Managing the archivist's own find/replace rules: add, edit in place, reorder, switch
// on and off, delete; export and import them as a rule set file.

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CleanupRule } from '../../../core/backup/types';
import { ruleError } from '../../../core/clean';
import type { PatternSafetyProblem } from '../../../core/problems';
import type { Host } from '../host/Host';
import type { GalleyDb } from '../db/db';
import { problemText } from '../problems/problemText';
import {
  addRule,
  deleteRule,
  exportRuleSet,
  importRuleSet,
  moveRule,
  toUserRule,
  updateRule,
  useRules,
} from './ruleStore';
import { checkPattern } from './ruleWorker';

function RuleRow({
  db,
  rule,
  first,
  last,
}: {
  db: GalleyDb;
  rule: CleanupRule;
  first: boolean;
  last: boolean;
}) {
  const { t } = useTranslation();
  // The row edits its own copy (typing must not wait for the database to answer); every
  // change is written at once. The row is keyed by rule id, so a new rule starts fresh.
  const [draft, setDraft] = useState(rule);
  // A pattern proved exponential is not saved (the stored rule keeps its last safe pattern).
  const [unsafe, setUnsafe] = useState<PatternSafetyProblem | undefined>(undefined);
  const checking = useRef(0);
  const problem = ruleError(toUserRule(draft)) ?? unsafe;
  const set = (changes: Partial<CleanupRule>) => {
    const next = { ...draft, ...changes };
    setDraft(next);
    const { find, regex, caseSensitive, ...rest } = changes;
    const pattern = find !== undefined || regex !== undefined || caseSensitive !== undefined;
    if (!pattern) {
      void updateRule(db, rule.id, rest);
      return;
    }
    const asked = ++checking.current;
    void checkPattern(toUserRule(next)).then((refused) => {
      if (asked !== checking.current) return; // typed over since
      setUnsafe(refused);
      if (!refused)
        void updateRule(db, rule.id, {
          find: next.find,
          regex: next.regex,
          caseSensitive: next.caseSensitive ?? true,
        });
    });
    if (Object.keys(rest).length > 0) void updateRule(db, rule.id, rest);
  };
  return (
    <li className={`rule-row${draft.enabled ? '' : ' rule-off'}`} data-rule={draft.name}>
      <div className="rule-line">
        <input
          className="rule-name"
          aria-label={t('rules.name')}
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <label className="tool-check-inline">
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => set({ enabled: e.target.checked })}
          />
          {t('rules.enabled')}
        </label>
        <button
          type="button"
          className="button small"
          disabled={first}
          onClick={() => void moveRule(db, rule.id, -1)}
          aria-label={t('rules.moveUp')}
          title={t('rules.moveUp')}
        >
          ↑
        </button>
        <button
          type="button"
          className="button small"
          disabled={last}
          onClick={() => void moveRule(db, rule.id, 1)}
          aria-label={t('rules.moveDown')}
          title={t('rules.moveDown')}
        >
          ↓
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => void deleteRule(db, rule.id)}
          aria-label={t('rules.deleteNamed', { name: draft.name })}
        >
          {t('rules.delete')}
        </button>
      </div>
      <div className="rule-line">
        <label className="rule-field">
          <span>{t('rules.find')}</span>
          <input value={draft.find} onChange={(e) => set({ find: e.target.value })} spellCheck={false} />
        </label>
        <label className="rule-field">
          <span>{t('rules.replace')}</span>
          <input
            value={draft.replace}
            onChange={(e) => set({ replace: e.target.value })}
            spellCheck={false}
          />
        </label>
      </div>
      <div className="rule-line">
        <label className="tool-check-inline">
          <input type="checkbox" checked={draft.regex} onChange={(e) => set({ regex: e.target.checked })} />
          {t('rules.regex')}
        </label>
        <label className="tool-check-inline">
          <input
            type="checkbox"
            checked={draft.caseSensitive ?? true}
            onChange={(e) => set({ caseSensitive: e.target.checked })}
          />
          {t('rules.caseSensitive')}
        </label>
      </div>
      {problem ? (
        <p className="rule-error" role="alert">
          {t('rules.invalid', { reason: problemText(t, problem) })}
        </p>
      ) : null}
    </li>
  );
}

export function RulesPanel({ db, host }: { db: GalleyDb; host: Host }) {
  const { t } = useTranslation();
  const rules = useRules(db);
  const [message, setMessage] = useState<{ text: string; errors?: string[] } | null>(null);

  const onExport = async () => {
    const name = 'galley-rules.json';
    const saved = await host.saveFile(name, new TextEncoder().encode(exportRuleSet(rules ?? [])));
    if (saved) setMessage({ text: t('rules.exported', { name }) });
  };
  const onImport = async () => {
    const file = await host.openFile(['json']);
    if (!file) return;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.file.arrayBuffer());
    } catch {
      setMessage({
        text: t('rules.importFailed', { name: file.name }),
        errors: [problemText(t, { code: 'ruleset.not-utf8' })],
      });
      return;
    }
    // Each pattern is checked as saving it would be (recheck, up to a second or two each).
    setMessage({ text: t('rules.importing', { name: file.name }) });
    const r = await importRuleSet(db, text);
    if (!r.ok)
      setMessage({
        text: t('rules.importFailed', { name: file.name }),
        errors: r.errors.map((e) => problemText(t, e)),
      });
    else if (r.refused.length > 0)
      setMessage({
        text: `${t('rules.imported', { count: r.count })} ${t('rules.refused', { count: r.refused.length })}`,
        errors: r.refused.map((e) => problemText(t, e)),
      });
    else setMessage({ text: t('rules.imported', { count: r.count }) });
  };

  return (
    <div className="rules-panel">
      <p className="tool-hint">{t('rules.intro')}</p>
      <div className="tool-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => void addRule(db, { name: t('rules.newName', { n: (rules?.length ?? 0) + 1 }) })}
        >
          {t('rules.add')}
        </button>
        <button type="button" className="button" onClick={() => void onImport()}>
          {t('rules.import')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!rules || rules.length === 0}
          onClick={() => void onExport()}
        >
          {t('rules.export')}
        </button>
      </div>
      {message ? (
        <div
          className={`tool-message${message.errors ? ' tool-error' : ''}`}
          role={message.errors ? 'alert' : 'status'}
        >
          {message.text}
          {message.errors ? (
            <ul>
              {message.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {rules && rules.length === 0 ? <p className="tool-hint">{t('rules.empty')}</p> : null}
      <ol className="rule-list">
        {(rules ?? []).map((r, i) => (
          <RuleRow key={r.id} db={db} rule={r} first={i === 0} last={i === (rules?.length ?? 0) - 1} />
        ))}
      </ol>
    </div>
  );
}
