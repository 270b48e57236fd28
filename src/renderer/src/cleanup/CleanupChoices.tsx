// What a cleanup does: the built-in transforms and the user's rules (each on or off), and
// where it applies (field, article, page, all pages).

import { useTranslation } from 'react-i18next';
import type { CleanupRule } from '../../../core/backup/types';
import type { TransformId } from '../../../core/clean';
import { TRANSFORMS, ruleError } from '../../../core/clean';
import { problemText } from '../problems/problemText';
import { toUserRule } from '../rules/ruleStore';
import { SCOPE_KEY, transformKeys } from './labels';
import type { Scope } from './plan';
import { isOn, type EnabledTransforms } from './transformSettings';

interface CleanupChoicesProps {
  enabled: EnabledTransforms;
  extract: boolean;
  rules: readonly CleanupRule[];
  scope: Scope;
  onTransform: (id: TransformId, on: boolean) => void;
  onExtract: (on: boolean) => void;
  onRule: (id: string, on: boolean) => void;
  onScope: (scope: Scope) => void;
}

export function CleanupChoices(props: CleanupChoicesProps) {
  const { enabled, extract, rules, scope, onTransform, onExtract, onRule, onScope } = props;
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="tool-group">
        <legend>{t('clean.transforms')}</legend>
        {TRANSFORMS.map((x) => (
          <label key={x.id} className="tool-check" title={t(transformKeys(x.id).hint)}>
            <input
              type="checkbox"
              checked={isOn(enabled, x.id)}
              onChange={(e) => onTransform(x.id, e.target.checked)}
            />
            <span>{t(transformKeys(x.id).name)}</span>
            <small className="tool-hint">{t(transformKeys(x.id).hint)}</small>
          </label>
        ))}
        <label className="tool-check">
          <input type="checkbox" checked={extract} onChange={(e) => onExtract(e.target.checked)} />
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
                onChange={(e) => onRule(r.id, e.target.checked)}
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
              onChange={() => onScope(s)}
            />
            {t(SCOPE_KEY[s])}
          </label>
        ))}
      </fieldset>
    </>
  );
}
