// A list of pages' problems (checkPage), worded in the archivist's language: used by the
// review view and by the export's warning. An item can open the article it is about.

import { useTranslation } from 'react-i18next';
import type { PageProblem } from '../../../core/article';
import type { PageProblems } from './loadPageProblems';
import { pageProblemText } from './pageProblemText';
import './problems.css';

interface PageProblemListProps {
  pages: readonly PageProblems[];
  /** Shows the page's path above its problems (a list over several pages). */
  showPage?: boolean;
  onOpen?: (pageId: string, articleId: string) => void;
}

function articleOf(p: PageProblem): string | undefined {
  if ('articleId' in p) return p.articleId;
  if ('owner' in p && p.owner.kind === 'field') return p.owner.articleId;
  return undefined;
}

export function PageProblemList({ pages, showPage = true, onOpen }: PageProblemListProps) {
  const { t } = useTranslation();
  return (
    <div className="page-problems" data-testid="page-problems">
      {pages.map(({ page, raw, articles, problems }) => (
        <section key={page.id}>
          {showPage && <h4 className="page-problems-page">{page.relativePath}</h4>}
          <ul>
            {problems.map((p, i) => {
              const articleId = articleOf(p);
              return (
                <li key={i} data-code={p.code}>
                  <span>{pageProblemText(t, p, { raw, articles })}</span>
                  {onOpen && articleId && (
                    <button type="button" className="button link" onClick={() => onOpen(page.id, articleId)}>
                      {t('pageList.openProblem')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
