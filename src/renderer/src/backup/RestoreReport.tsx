// A restore plan in words, shown twice: before anything is written (what the restore will
// change, to say yes or no to) and after (what it changed). Conflicts are named as the
// archivist knows the records: the page's file name, the article's headline and its page,
// the rule's name, the setting's name.

import { useTranslation } from 'react-i18next';
import type { BackupError, RestoreConflict, RestoreTable } from '../../../core/backup';
import type { RestoreSummary } from './backupWork';
import type { ArticlePart } from '../../../core/backup/restore';
import type { Key } from '../i18n/keys';
import { fieldLabel } from '../common/fieldLabel';
import { problemText } from '../problems/problemText';

const TABLES: RestoreTable[] = ['pages', 'articles', 'revisions', 'rules', 'settings'];

const TABLE_KEY = {
  pages: 'backup.table.pages',
  articles: 'backup.table.articles',
  revisions: 'backup.table.revisions',
  rules: 'backup.table.rules',
  settings: 'backup.table.settings',
} as const satisfies Record<RestoreTable, Key>;

const WHAT_KEY = {
  pages: 'backup.what.page',
  articles: 'backup.what.article',
  rules: 'backup.what.rule',
  settings: 'backup.what.setting',
} as const satisfies Record<RestoreConflict['table'], Key>;

/** The settings a restore can disagree on (desk state never conflicts), by their names. */
const SETTING_KEY: Partial<Record<string, Key>> = {
  'review.reviewer': 'backup.setting.reviewer',
  'cleanup.extract': 'backup.setting.extract',
  'cleanup.transforms': 'backup.setting.transforms',
  'suggest.rejected': 'backup.setting.rejected',
};

const REFUSED_KEY = {
  foreign: 'backup.refused.foreign',
  corrupt: 'backup.refused.corrupt',
  'newer-version': 'backup.refused.newer-version',
  invalid: 'backup.refused.invalid',
  storage: 'backup.refused.storage',
} as const satisfies Record<BackupError['kind'] | 'storage', Key>;

const CONFLICT_KEY = {
  'both-changed': 'backup.conflict.both-changed',
  'different-source': 'backup.conflict.different-source',
  'different-value': 'backup.conflict.different-value',
  'owned-elsewhere': 'backup.conflict.owned-elsewhere',
} as const satisfies Record<RestoreConflict['reason'], Key>;

/** The reasons that name an article's parts when the conflict carries them. */
const PARTS_KEY: Partial<Record<RestoreConflict['reason'], Key>> = {
  'both-changed': 'backup.conflictParts.both-changed',
  'owned-elsewhere': 'backup.conflictParts.owned-elsewhere',
};

const KEPT_KEY = {
  existing: 'backup.kept.existing',
  incoming: 'backup.kept.incoming',
} as const satisfies Record<RestoreConflict['kept'], Key>;

export function RestoreRefused({
  name,
  error,
}: {
  name: string;
  error: BackupError | { kind: 'storage'; detail: string };
}) {
  const { t } = useTranslation();
  return (
    <div className="modal-error" role="alert" data-refused={error.kind}>
      <p>{t(REFUSED_KEY[error.kind], { name })}</p>
      <p>{t('backup.nothingChanged')}</p>
      {/* The technical detail helps with a damaged file; for a foreign one it only repeats. */}
      {error.kind === 'storage' ? (
        <p className="modal-muted">{error.detail}</p>
      ) : error.kind !== 'foreign' ? (
        <p className="modal-muted">{problemText(t, error)}</p>
      ) : null}
    </div>
  );
}

export function RestoreReport({ plan, intro }: { plan: RestoreSummary; intro: string }) {
  const { t, i18n } = useTranslation();
  const partName = (p: ArticlePart): string =>
    p.kind === 'status' ? t('articles.status') : fieldLabel(t, p);
  /** Why it conflicts, naming the article's parts where the plan knows them ("Title and Paragraph 2 differ"). */
  const reasonOf = (c: RestoreConflict): string => {
    const key = PARTS_KEY[c.reason];
    if (!key || !c.parts?.length) return t(CONFLICT_KEY[c.reason]);
    const parts = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(c.parts.map(partName));
    return t(key, { parts, count: c.parts.length });
  };
  const nameOf = (c: RestoreConflict): string => {
    if (c.table === 'settings') {
      const key = SETTING_KEY[c.label];
      return key ? t(key) : c.label;
    }
    return c.label.trim() || t('review.untitled');
  };
  return (
    <div className="restore-report" role="status">
      <p className="backup-summary">{intro}</p>
      <table className="restore-counts">
        <thead>
          <tr>
            <th />
            <th className="num">{t('backup.count.added')}</th>
            <th className="num">{t('backup.count.updated')}</th>
            <th className="num">{t('backup.count.unchanged')}</th>
            <th className="num">{t('backup.count.keptExisting')}</th>
          </tr>
        </thead>
        <tbody>
          {TABLES.map((table) => (
            <tr key={table} data-table={table}>
              <th>{t(TABLE_KEY[table])}</th>
              {(['added', 'updated', 'unchanged', 'keptExisting'] as const).map((count) => (
                <td key={count} className="num" data-count={count}>
                  {plan.counts[table][count]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {plan.skippedArticles > 0 && (
        <p className="modal-error">{t('backup.skippedArticles', { count: plan.skippedArticles })}</p>
      )}
      {plan.conflicts.length === 0 ? (
        <p>{t('backup.noConflicts')}</p>
      ) : (
        <>
          <p>{t('backup.conflicts', { count: plan.conflicts.length })}</p>
          <ul className="restore-conflicts">
            {plan.conflicts.map((c) => (
              <li key={`${c.table}/${c.id}`}>
                {t(WHAT_KEY[c.table], { name: nameOf(c) })}
                {c.page ? ` ${t('backup.onPage', { page: c.page })}` : ''} — {reasonOf(c)}{' '}
                {t(KEPT_KEY[c.kept])}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
