// The page list with its splitter, or nothing while the archivist has folded it away.

import { useTranslation } from 'react-i18next';
import type { GalleyDb } from '../db/db';
import { PageList } from './PageList';
import { Splitter } from './Splitter';
import { usePanesContext } from './usePanes';

interface ListPaneProps {
  db: GalleyDb;
  selectedId: string | null;
  onSelect: (pageId: string) => void;
}

export function ListPane({ db, selectedId, onSelect }: ListPaneProps) {
  const { t } = useTranslation();
  const { layout, resize, toggle } = usePanesContext();
  if (layout.listHidden) return null;
  return (
    <>
      <PageList db={db} selectedId={selectedId} onSelect={onSelect} />
      <Splitter
        pane="list"
        width={layout.listWidth}
        label={t('desk.resizeList')}
        onResize={(w) => resize('list', w)}
        onToggle={() => toggle('list')}
      />
    </>
  );
}
