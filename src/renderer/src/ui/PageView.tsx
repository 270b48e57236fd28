// One page: its header, the raw OCR on the left and the article panel on the right.

import type { EditorView } from '@codemirror/view';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EncodingName } from '../../../core/model';
import { ArticlePanel } from '../articles/ArticlePanel';
import { articleRawViewExtensions } from '../articles/rawViewExtensions';
import type { GalleyDb } from '../db/db';
import { canReopen, reopenPage } from '../import/reopenPage';
import { RawView } from '../rawview/RawView';
import { usePhrases } from '../rawview/usePhrases';
import { ghostDecorations } from '../suggest/ghostDecorations';
import { SuggestionPanel } from '../suggest/SuggestionPanel';
import { PageHeader } from './PageHeader';

interface PageViewProps {
  db: GalleyDb;
  pageId: string;
  initialTopOffset?: number;
  softWrap: boolean;
  onSoftWrap: (on: boolean) => void;
  onScrolled: (pageId: string, offset: number) => void;
}

export function PageView({ db, pageId, initialTopOffset, softWrap, onSoftWrap, onScrolled }: PageViewProps) {
  const { t } = useTranslation();
  const page = useLiveQuery(() => db.pages.get(pageId), [db, pageId], null);
  const text = useLiveQuery(() => db.texts.get(pageId), [db, pageId], null);
  const [shown, setShown] = useState<{ view: EditorView | null; pageId: string | null }>({
    view: null,
    pageId: null,
  });
  const phrases = usePhrases();
  const extensions = useMemo(() => [...articleRawViewExtensions(), ...ghostDecorations()], []);
  const onShown = useCallback(
    (view: EditorView | null, id: string | null) => setShown({ view, pageId: id }),
    [],
  );
  const onReopen = useCallback(
    async (encoding: EncodingName) => {
      const result = await reopenPage(db, pageId, encoding);
      return result.ok ? null : t('page.reopenFailed', { reason: t(`page.reopenReason.${result.reason}`) });
    },
    [db, pageId, t],
  );

  // While the next page loads, keep showing the last page whose metadata and text agree,
  // so the raw view never holds one page's text under another page's id.
  const current = page && text && page.id === pageId && text.pageId === pageId ? { page, text } : null;
  const [pair, setPair] = useState(current);
  if (current && (current.page !== pair?.page || current.text !== pair?.text)) setPair(current);

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
      <div className="split">
        <div className="split-raw">
          <RawView
            pageId={pair.page.id}
            text={pair.text.raw}
            softWrap={softWrap}
            phrases={phrases}
            extensions={extensions}
            initialTopOffset={initialTopOffset}
            onShown={onShown}
            onScrolled={onScrolled}
            label={pair.page.name}
          />
        </div>
        <aside className="split-articles">
          <SuggestionPanel
            db={db}
            pageId={pair.page.id}
            view={shown.pageId === pair.page.id ? shown.view : null}
          />
          <ArticlePanel pageId={pair.page.id} view={shown.pageId === pair.page.id ? shown.view : null} />
        </aside>
      </div>
    </section>
  );
}
