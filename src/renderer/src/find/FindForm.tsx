// The search box, the replacement and the two switches of find & replace.

import { useTranslation } from 'react-i18next';
import type { FindQuery } from './search';

interface FindFormProps {
  query: FindQuery;
  replacement: string;
  busy: boolean;
  onQuery: (query: FindQuery) => void;
  onReplacement: (text: string) => void;
  onSearch: () => void;
}

export function FindForm({ query, replacement, busy, onQuery, onReplacement, onSearch }: FindFormProps) {
  const { t } = useTranslation();
  return (
    <form
      className="find-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch();
      }}
    >
      <label className="rule-field">
        <span>{t('find.query')}</span>
        <input
          value={query.text}
          onChange={(e) => onQuery({ ...query, text: e.target.value })}
          spellCheck={false}
          aria-label={t('find.query')}
        />
      </label>
      <label className="rule-field">
        <span>{t('find.replacement')}</span>
        <input
          value={replacement}
          onChange={(e) => onReplacement(e.target.value)}
          spellCheck={false}
          aria-label={t('find.replacement')}
        />
      </label>
      <div className="rule-line">
        <label className="tool-check-inline">
          <input
            type="checkbox"
            checked={query.regex}
            onChange={(e) => onQuery({ ...query, regex: e.target.checked })}
          />
          {t('find.regex')}
        </label>
        <label className="tool-check-inline">
          <input
            type="checkbox"
            checked={query.caseSensitive}
            onChange={(e) => onQuery({ ...query, caseSensitive: e.target.checked })}
          />
          {t('find.caseSensitive')}
        </label>
        <button type="submit" className="button" disabled={busy || query.text === ''}>
          {busy ? t('find.searching') : t('find.search')}
        </button>
      </div>
    </form>
  );
}
