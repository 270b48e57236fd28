// One page: its header, the raw OCR on the left and the article panel on the right.

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EncodingName } from '../../../core/model';
import { ArticlePanel } from '../articles/ArticlePanel';
import type { ArticleReveal } from '../articles/useReveal';
import type { GalleyDb } from '../db/db';
import type { Key } from '../i18n/keys';
import { canReopen, reopenPage, type ReopenRefusal } from '../import/reopenPage';
import type { RawViewControl } from '../rawview/control';
import { RawView } from '../rawview/RawView';
import { usePhrases } from '../rawview/usePhrases';
import { SuggestionPanel } from '../suggest/SuggestionPanel';
import { PageHeader } from './PageHeader';
import { Splitter } from './Splitter';
import { usePanesContext } from './usePanes';
import './pageView.css';

const REOPEN_KEY = {
  'has-articles': 'page.reopenReason.has-articles',
  'no-bytes': 'page.reopenReason.no-bytes',
  missing: 'page.reopenReason.missing',
  binary: 'page.reopenReason.binary',
  'too-large': 'page.reopenReason.too-large',
  unreadable: 'page.reopenReason.unreadable',
  undecodable: 'page.reopenReason.undecodable',
} as const satisfies Record<ReopenRefusal, Key>;

interface PageViewProps {
  db: GalleyDb;
  pageId: string;
  initialTopOffset?: number | undefined;
  softWrap: boolean;
  onSoftWrap: (on: boolean) => void;
  onScrolled: (pageId: string, offset: number) => void;
  /** An article another view asked to show (a find & replace hit). */
  reveal?: ArticleReveal | null | undefined;
  onRevealed?: ((reveal: ArticleReveal) => void) | undefined;
}

export function PageView(props: PageViewProps) {
  const { db, pageId, initialTopOffset, softWrap, onSoftWrap, onScrolled, reveal, onRevealed } = props;
  const { t } = useTranslation();
  const page = useLiveQuery(() => db.pages.get(pageId), [db, pageId], null);
  const text = useLiveQuery(() => db.texts.get(pageId), [db, pageId], null);
  const [shown, setShown] = useState<{ control: RawViewControl | null; pageId: string | null }>({
    control: null,
    pageId: null,
  });
  const phrases = usePhrases();
  const { layout, resize, toggle } = usePanesContext();
  const onShown = useCallback(
    (control: RawViewControl | null, id: string | null) => setShown({ control, pageId: id }),
    [],
  );
  const onReopen = useCallback(
    async (encoding: EncodingName) => {
      const result = await reopenPage(db, pageId, encoding);
      return result.ok ? null : t('page.reopenFailed', { reason: t(REOPEN_KEY[result.reason]) });
    },
    [db, pageId, t],
  );

  // While the next page loads, keep showing the last page whose metadata and text agree,
  // so the raw view never holds one page's text under another page's id.
  const current = page && text && page.id === pageId && text.pageId === pageId ? { page, text } : null;
  const [pair, setPair] = useState(current);
  if (current && (current.page !== pair?.page || current.text !== pair?.text)) setPair(current);

  const control = pair && shown.pageId === pair.page.id ? shown.control : null;
  if (!pair) {
    const missing = page === undefined || text === undefined;
    return <p className="page-placeholder">{t(missing ? 'page.none' : 'page.loading')}</p>;
  }
  return (
    <section className="page-view">
      <PageHeader
        page={pair.page}
        canReopen={canReopen(pair.page, pair.text.bytes !== undefined)}
        softWrap={softWrap}
        onSoftWrap={onSoftWrap}
        onReopen={onReopen}
      />
      {/* Folded panes are hidden, not unmounted: the raw selection, the shortcuts and the
          article session stay alive while only one of the two shows. */}
      <div
        className={`split${layout.rawHidden ? ' raw-hidden' : ''}${layout.articlesHidden ? ' articles-hidden' : ''}`}
        style={{ '--articles-width': `${layout.articlesWidth}px` } as React.CSSProperties}
      >
        <div className="split-raw">
          <RawView
            pageId={pair.page.id}
            text={pair.text.raw}
            softWrap={softWrap}
            phrases={phrases}
            initialTopOffset={initialTopOffset}
            onShown={onShown}
            onScrolled={onScrolled}
            label={pair.page.name}
          />
        </div>
        {layout.rawHidden || layout.articlesHidden ? null : (
          <Splitter
            pane="articles"
            width={layout.articlesWidth}
            label={t('desk.resizeArticles')}
            onResize={(w) => resize('articles', w)}
            onToggle={() => toggle('articles')}
          />
        )}
        <aside className="split-articles">
          <SuggestionPanel db={db} pageId={pair.page.id} control={control} />
          <ArticlePanel pageId={pair.page.id} control={control} reveal={reveal} onRevealed={onRevealed} />
        </aside>
      </div>
    </section>
  );
}
