// The structured form of a page's articles beside its raw view. The session (one per page)
// holds the state and writes it to IndexedDB; this component wires the form, the toolbar,
// the shortcuts and the raw view's span decorations to it.

import type { EditorView } from '@codemirror/view';
import { db as appDb } from '../db/db';
import type { GalleyDb } from '../db/db';
import { useTranslation } from 'react-i18next';
import { PanelBody } from './PanelBody';
import { useSessionFor } from './useSession';
import './articles.css';

export interface ArticlePanelProps {
  pageId: string;
  view: EditorView | null;
  /** The database; the app's own unless a test passes another. */
  db?: GalleyDb;
}

export function ArticlePanel({ pageId, view, db = appDb }: ArticlePanelProps) {
  const { t } = useTranslation();
  const session = useSessionFor(db, pageId);
  if (!session) return <p className="article-panel-loading">{t('page.loading')}</p>;
  return <PanelBody key={pageId} db={db} session={session} view={view} />;
}
