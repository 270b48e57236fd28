// The cleanup tools in one drawer at the right edge: clean up, find and replace in all
// pages, and the archivist's own rules. Opened from the top bar; Escape closes it.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldRef } from '../../../core/model';
import { FindPanel } from '../find/FindPanel';
import { isModalOpen } from '../common/modalState';
import type { GalleyDb } from '../db/db';
import type { Host } from '../host/Host';
import { RulesPanel } from '../rules/RulesPanel';
import { CleanupPanel } from './CleanupPanel';
import './tools.css';

export type ToolsTab = 'clean' | 'find' | 'rules';
type Tab = ToolsTab;

export interface ToolsDrawerProps {
  db: GalleyDb;
  host: Host;
  pageId: string | null;
  onClose: () => void;
  onOpenHit: (pageId: string, articleId: string, field: FieldRef) => void;
  /** The tab it opens on (the palette opens Find & replace directly). */
  initialTab?: ToolsTab;
}

export function ToolsDrawer({
  db,
  host,
  pageId,
  onClose,
  onOpenHit,
  initialTab = 'clean',
}: ToolsDrawerProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>(initialTab);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !isModalOpen()) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const tabs: { id: Tab; label: string }[] = [
    { id: 'clean', label: t('tools.tabClean') },
    { id: 'find', label: t('tools.tabFind') },
    { id: 'rules', label: t('tools.tabRules') },
  ];
  return (
    <aside className="tools-drawer" aria-label={t('tools.title')}>
      <header className="tools-head">
        <div role="tablist" className="tools-tabs">
          {tabs.map((x) => (
            <button
              key={x.id}
              type="button"
              role="tab"
              aria-selected={tab === x.id}
              className={`tools-tab${tab === x.id ? ' tools-tab-on' : ''}`}
              onClick={() => setTab(x.id)}
            >
              {x.label}
            </button>
          ))}
        </div>
        <button type="button" className="button small" onClick={onClose} aria-label={t('tools.close')}>
          ×
        </button>
      </header>
      <div className="tools-body" role="tabpanel">
        {tab === 'clean' ? <CleanupPanel db={db} pageId={pageId} /> : null}
        {tab === 'find' ? <FindPanel db={db} onOpen={onOpenHit} /> : null}
        {tab === 'rules' ? <RulesPanel db={db} host={host} /> : null}
      </div>
    </aside>
  );
}
