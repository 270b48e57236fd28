import { usePageCount } from '../common/usePageCount';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleyDb } from '../db/db';
import { SETTING, writeSetting, type LastPage, type PaneLayout } from '../db/settings';
import type { Host, SourceFile } from '../host/Host';
import type { Language } from '../i18n';
import type { ImportReport } from '../import/types';
import { ImportErrors, ImportSummary, LiveImportProgress } from './ImportStatus';
import { CarryOverDialog } from '../carryover/CarryOverDialog';
import { writeSelection } from '../articles/session/selection';
import type { ArticleReveal } from '../articles/useReveal';
import { ReviewToggle } from '../review/ReviewToggle';
import { ReviewView } from '../review/ReviewView';
import { ProjectTools } from './ProjectTools';
import { ToolsDrawer, type ToolsTab } from '../cleanup/ToolsDrawer';
import { revealArticle } from '../find/revealArticle';
import { PageView } from './PageView';
import { TopBar } from './TopBar';
import { useFileDrop } from './useFileDrop';
import { useImport } from './useImport';
import { SameErrorElsewhere } from '../learn/SameErrorElsewhere';
import { FirstRun } from '../firstrun/FirstRun';
import { demoSourceFile } from '../firstrun/demoPage';
import { useTheme } from '../theme/useTheme';
import type { ThemeChoice } from '../theme/theme';
import { ListPane } from './ListPane';
import { PanesContext, usePanes } from './usePanes';
import { useShellCommands } from './useShellCommands';
import { SaveBanner } from '../boot/SaveBanner';
import { useMenuLanguage } from './useMenuLanguage';

export interface AppProps {
  db: GalleyDb;
  host: Host;
  /** Where the archivist was when Galley last closed. */
  lastPage: LastPage | null;
  softWrap: boolean;
  /** The pane sizes and folds the archivist left, or null for the defaults. */
  panes?: PaneLayout | null;
  theme?: ThemeChoice;
}

export function App({
  db,
  host,
  lastPage,
  softWrap: initialSoftWrap,
  panes: initialPanes = null,
  theme: initialTheme = null,
}: AppProps) {
  const { t, i18n } = useTranslation();
  const panes = usePanes(db, initialPanes);
  const [theme, setTheme] = useTheme(db, initialTheme);
  const [selectedId, setSelectedId] = useState<string | null>(lastPage?.pageId ?? null);
  const [softWrap, setSoftWrapState] = useState(initialSoftWrap);
  const pageCount = usePageCount(db);
  // Where to scroll the page Galley reopened on, until the archivist picks a page.
  const [restored, setRestored] = useState(lastPage);
  const [reviewing, setReviewing] = useState(false);
  // The tools drawer, open on a tab, or closed.
  const [toolsOpen, setToolsOpen] = useState<ToolsTab | null>(null);
  const closeTools = useCallback(() => setToolsOpen(null), []);
  const toggleTools = () => setToolsOpen((o) => (o ? null : 'clean'));
  // Bumped when a restored backup changed the database under the open views.
  const [generation, setGeneration] = useState(0);
  const onRestored = useCallback(() => setGeneration((g) => g + 1), []);
  // An article another view asked to show, until the page's article panel has shown it.
  const [reveal, setReveal] = useState<ArticleReveal | null>(null);
  const onRevealed = useCallback((done: ArticleReveal) => setReveal((r) => (r === done ? null : r)), []);

  const select = useCallback(
    (pageId: string) => {
      setRestored(null);
      setSelectedId(pageId);
      void writeSetting(db, SETTING.lastPage, { pageId, topOffset: 0 } satisfies LastPage);
    },
    [db],
  );
  const onScrolled = useCallback(
    (pageId: string, topOffset: number) =>
      void writeSetting(db, SETTING.lastPage, { pageId, topOffset } satisfies LastPage),
    [db],
  );
  const onImported = useCallback(
    (report: ImportReport) => {
      if (!selectedId && report.pageIds[0]) select(report.pageIds[0]);
    },
    [selectedId, select],
  );
  const imports = useImport(db, onImported);
  const importFiles = imports.start;
  // A click handler, so it returns nothing: the import runs on its own, and a picker that
  // fails (the dialog could not open) is logged rather than left an unhandled rejection.
  const openWith = useCallback(
    (pick: () => Promise<SourceFile[]>) => () =>
      void pick().then(importFiles, (e: unknown) => console.error('Picking files failed', e)),
    [importFiles],
  );
  const dragging = useFileDrop(host, (files) => void importFiles(files));
  const openDemo = useCallback(() => void importFiles([demoSourceFile()]), [importFiles]);
  // A page picked in the list is for working on: it leaves the review.
  const pick = useCallback(
    (pageId: string) => {
      select(pageId);
      setReviewing(false);
    },
    [select],
  );

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'open-files') openWith(() => host.pickFiles())();
        if (command === 'open-folder') openWith(() => host.pickFolder())();
      }),
    [host, openWith],
  );

  useMenuLanguage(host);

  const changeLanguage = (language: Language) => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language === 'zh' ? 'zh-Hans' : 'en';
    void writeSetting(db, SETTING.language, language);
  };
  const changeSoftWrap = (on: boolean) => {
    setSoftWrapState(on);
    void writeSetting(db, SETTING.softWrap, on);
  };
  useShellCommands({
    openFiles: openWith(() => host.pickFiles()),
    openFolder: openWith(() => host.pickFolder()),
    toggleReview: () => setReviewing((r) => !r),
    toggleTools,
    openTools: setToolsOpen,
    togglePane: panes.toggle,
    setTheme,
    setLanguage: changeLanguage,
    openDemo,
  });
  const { layout } = panes;

  return (
    <PanesContext value={panes}>
      <div className={`app${dragging ? ' dragging' : ''}`}>
        <TopBar
          pageCount={pageCount}
          busy={imports.progress !== null}
          onOpenFiles={openWith(() => host.pickFiles())}
          onOpenFolder={openWith(() => host.pickFolder())}
          onLanguage={changeLanguage}
          theme={theme}
          onTheme={setTheme}
          tools={
            <>
              <ProjectTools
                db={db}
                host={host}
                leading={<ReviewToggle db={db} reviewing={reviewing} onReview={setReviewing} />}
                currentPageId={selectedId}
                onRestored={onRestored}
              />
              <button
                type="button"
                className="button"
                aria-pressed={toolsOpen !== null}
                onClick={toggleTools}
              >
                {t('tools.open')}
              </button>
              <SameErrorElsewhere db={db} />
            </>
          }
        >
          {imports.progress ? (
            <LiveImportProgress source={imports.live} onCancel={imports.cancel} />
          ) : imports.report ? (
            <ImportSummary report={imports.report} />
          ) : null}
        </TopBar>
        <SaveBanner />
        {imports.report ? <ImportErrors report={imports.report} onDismiss={imports.dismiss} /> : null}
        {imports.report && imports.report.changedPages.length > 0 ? (
          <CarryOverDialog
            key={imports.report.startedAt}
            db={db}
            changed={imports.report.changedPages}
            onOpenPage={(pageId) => {
              select(pageId);
              setReviewing(false);
            }}
          />
        ) : null}
        <div
          className={`workspace${layout.listHidden ? ' list-hidden' : ''}`}
          key={generation}
          style={{ '--list-width': `${layout.listWidth}px` } as React.CSSProperties}
        >
          <ListPane db={db} selectedId={selectedId} onSelect={pick} />
          <main className="page-area">
            {reviewing ? (
              <ReviewView
                db={db}
                pageId={selectedId}
                onOpenArticle={(pageId, articleId) =>
                  void writeSelection(db, pageId, { articleId }).then(() => pick(pageId))
                }
              />
            ) : selectedId ? (
              <PageView
                db={db}
                pageId={selectedId}
                initialTopOffset={restored?.pageId === selectedId ? restored.topOffset : undefined}
                softWrap={softWrap}
                onSoftWrap={changeSoftWrap}
                onScrolled={onScrolled}
                reveal={reveal}
                onRevealed={onRevealed}
              />
            ) : pageCount === 0 ? (
              <FirstRun busy={imports.progress !== null} onDemo={openDemo} />
            ) : (
              <p className="page-placeholder">{t('page.none')}</p>
            )}
          </main>
        </div>
        {toolsOpen ? (
          <ToolsDrawer
            key={toolsOpen}
            initialTab={toolsOpen}
            db={db}
            host={host}
            pageId={selectedId}
            onClose={closeTools}
            onOpenHit={(pageId, articleId, field) =>
              void revealArticle(db, { pageId, articleId, field }, { openPage: pick, reveal: setReveal })
            }
          />
        ) : null}
        {dragging ? (
          <div className="drop-overlay" aria-hidden="true">
            {t('app.dropHint')}
          </div>
        ) : null}
      </div>
    </PanesContext>
  );
}
