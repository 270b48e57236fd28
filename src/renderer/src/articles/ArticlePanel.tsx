// The structured form of a page's articles beside its raw view. The session (one per page)
// holds the state and writes it to IndexedDB; this component wires the form, the toolbar,
// the shortcuts and the raw view control's span paint to it.

import { db as appDb } from '../db/db';
import type { GalleyDb } from '../db/db';
import { useTranslation } from 'react-i18next';
import type { RawViewControl } from '../rawview/control';
import { PanelBody } from './PanelBody';
import type { ArticleReveal } from './useReveal';
import { useSessionFor } from './useSession';
import './articles.css';

export interface ArticlePanelProps {
  pageId: string;
  control: RawViewControl | null;
  /** The database; the app's own unless a test passes another. */
  db?: GalleyDb;
  /** An article another view asked to show (a find & replace hit). */
  reveal?: ArticleReveal | null | undefined;
  onRevealed?: ((reveal: ArticleReveal) => void) | undefined;
}

export function ArticlePanel({ pageId, control, db = appDb, reveal, onRevealed }: ArticlePanelProps) {
  const { t } = useTranslation();
  const session = useSessionFor(db, pageId);
  if (!session) return <p className="article-panel-loading">{t('page.loading')}</p>;
  return (
    <PanelBody
      key={pageId}
      db={db}
      session={session}
      control={control}
      reveal={reveal}
      onRevealed={onRevealed}
    />
  );
}
