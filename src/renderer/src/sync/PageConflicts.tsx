// The conflicts a team merge left on the page on screen, plainly in its header: an article
// deleted here while another archivist changed it (keep it or delete it), and raw text two
// articles both hold (delete one of them). The page list's count and the export's refusal
// say the same; this is where they are settled.

import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PageProblem } from '../../../core/article';
import { conflictsKey, deletedEditedFrom } from '../../../core/sync';
import type { ArticleSession } from '../articles/session/ArticleSession';
import { listenToSessions, openedSession } from '../articles/session/registry';
import { pageProblemText } from '../problems/pageProblemText';
import { activeTeam, onTeamChange } from './active';
import { settle } from './conflictList';
import type { TeamSync } from './teamSync';
import './team.css';

export function PageConflicts({ pageId }: { pageId: string }) {
  const team = useSyncExternalStore(onTeamChange, activeTeam);
  return team ? <ConflictBanner team={team} pageId={pageId} /> : null;
}

/** The page's session once it is open (the page view opens it). */
function useOpenSession(team: TeamSync, pageId: string): ArticleSession | null {
  const [session, setSession] = useState<{ pageId: string; session: ArticleSession } | null>(null);
  useEffect(() => {
    let gone = false;
    const take = (open: Promise<ArticleSession> | undefined): void =>
      void open?.then((s) => !gone && setSession({ pageId, session: s }));
    take(openedSession(team.db, pageId));
    const off = listenToSessions((db, id, s) => db === team.db && id === pageId && take(Promise.resolve(s)));
    return () => {
      gone = true;
      off();
    };
  }, [team, pageId]);
  return session?.pageId === pageId ? session.session : null;
}

function ConflictBanner({ team, pageId }: { team: TeamSync; pageId: string }) {
  const { t } = useTranslation();
  const setting = useLiveQuery(() => team.db.settings.get(conflictsKey(pageId)), [team, pageId]);
  const deleted = setting ? deletedEditedFrom([setting]) : [];
  const session = useOpenSession(team, pageId);
  const noop = (): (() => void) => () => undefined;
  const snapshot = useSyncExternalStore(session?.subscribe ?? noop, () => session?.getSnapshot());
  const shared = session && snapshot ? session.problemsOf(snapshot.state).filter(isShared) : [];
  if (deleted.length === 0 && shared.length === 0) return null;
  const decide = async (articleId: string, choice: 'keep' | 'delete'): Promise<void> => {
    await team.share(pageId);
    settle(team.docs(), pageId, articleId, choice);
  };
  const articles = snapshot?.state.articles ?? [];
  return (
    <div className="page-conflicts" role="alert" data-testid="page-conflicts">
      <strong>{t('team.pageConflicts', { count: deleted.length + shared.length })}</strong>
      <ul>
        {deleted.map((c) => (
          <li key={c.articleId}>
            {t('team.deletedHere', { title: c.title })}{' '}
            <button type="button" className="button" onClick={() => void decide(c.articleId, 'keep')}>
              {t('team.keep')}
            </button>{' '}
            <button type="button" className="button" onClick={() => void decide(c.articleId, 'delete')}>
              {t('team.delete')}
            </button>
          </li>
        ))}
        {session &&
          shared.map((p, i) => (
            <li key={`shared-${i}`}>
              {pageProblemText(t, p, { raw: session.raw, articles })}
              <span className="page-conflicts-hint">{t('team.sharedHint')}</span>
              {[p.owner, p.other].map((owner) => {
                if (owner.kind !== 'field') return null;
                const n = articles.findIndex((a) => a.id === owner.articleId) + 1;
                return (
                  <button
                    key={owner.articleId}
                    type="button"
                    className="button"
                    onClick={() => session.delete(owner.articleId)}
                  >
                    {t('team.deleteArticle', { name: t('articles.articleN', { n }) })}
                  </button>
                );
              })}
            </li>
          ))}
      </ul>
    </div>
  );
}

function isShared(p: PageProblem): p is Extract<PageProblem, { code: 'span.shared' }> {
  return p.code === 'span.shared';
}
