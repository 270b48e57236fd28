// The review's list of one-owner problems (checkPage) in its scope: read again whenever a
// page's stored problem count changes, listed per page, each able to open its article. Which
// pages have problems comes with the review's list (its worker reads the page rows anyway):
// the window reads pages only when some have problems, never all of them to find out.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleyDb } from '../db/db';
import { loadPageProblems, type PageProblems } from '../problems/loadPageProblems';
import { PageProblemList } from '../problems/PageProblemList';
import type { ReviewScope } from './reviewWork';

interface ReviewProblemsProps {
  db: GalleyDb;
  scope: ReviewScope;
  /** The scope's pages with problems and their counts ('' for none; null while the list loads). */
  problemKey: string | null;
  onOpenArticle: (pageId: string, articleId: string) => void;
}

export function ReviewProblems({ db, scope, problemKey: key, onOpenArticle }: ReviewProblemsProps) {
  const { t } = useTranslation();
  const pageId = scope.kind === 'page' ? scope.pageId : null;
  const [loaded, setLoaded] = useState<{ key: string; pages: PageProblems[] } | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    void loadPageProblems(db, pageId === null ? undefined : [pageId]).then((pages) => {
      if (live) setLoaded({ key, pages });
    });
    return () => {
      live = false;
    };
  }, [db, key, pageId]);
  // What was read for an older key still shows while the new one loads; none when no page has any.
  const pages = key && loaded ? loaded.pages : [];
  const count = pages.reduce((n, p) => n + p.problems.length, 0);
  if (count === 0) return null;
  return (
    <details className="review-problems" open data-testid="review-problems">
      <summary className="modal-error">
        {t('review.problems', { count })} {t('review.problemsPages', { count: pages.length })}
      </summary>
      <PageProblemList pages={pages} showPage={pageId === null} onOpen={onOpenArticle} />
    </details>
  );
}
