// Starting Galley: open the project's database (a failure shows BootFailure, never a
// blank window), claim the project for this tab (tabs.ts), then show the app inside an
// error boundary. Losing the tab to another one saves, closes the database and says so.

import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { forgetSessions, flushAll } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';
import { SETTING, readSetting } from '../db/settings';
import type { Host } from '../host/Host';
import { BootFailure } from './BootFailure';
import { ErrorBoundary } from './ErrorBoundary';
import { guardLeaving } from './leaveGuard';
import { askPersistentStorage } from './persistStorage';
import { rescueBackup } from './rescue';
import { claimTab, type TabClaim } from './tabs';
import { TabScreen } from './TabScreen';

/** What the app needs from the layers above this folder, handed in by main.tsx. */
interface StartDeps<S> {
  pickHost: () => Promise<Host>;
  /** The settings the app starts with (read once the database is open). */
  readSettings: (db: GalleyDb) => Promise<S>;
  /** Starts i18n in the stored language (undefined: the system's). */
  startLanguage: (stored: unknown) => Promise<void>;
  renderApp: (props: { db: GalleyDb; host: Host; settings: S }) => ReactNode;
  claimTab?: () => Promise<TabClaim>;
}

export async function startGalley<S>(element: HTMLElement, db: GalleyDb, deps: StartDeps<S>): Promise<Root> {
  const root = createRoot(element);
  const host = deps.pickHost();
  const rescue = async () => rescueBackup(db.name, await host);
  const show = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

  let settings: S;
  let language: unknown;
  try {
    await db.open();
    [settings, language] = await Promise.all([deps.readSettings(db), readSetting(db, SETTING.language)]);
  } catch (error) {
    console.error('The project’s database did not open', error);
    db.close();
    await deps.startLanguage(undefined);
    show(<BootFailure error={error} cause="open" rescue={rescue} />);
    return root;
  }
  await deps.startLanguage(language);

  const tab = await (deps.claimTab ?? claimTab)();
  let generation = 0;
  const showApp = async () => {
    const h = await host;
    generation++;
    show(
      <ErrorBoundary rescue={rescue} key={generation}>
        {deps.renderApp({ db, host: h, settings })}
      </ErrorBoundary>,
    );
  };
  /** Takes the project from the tab holding it; what that tab wrote is read afresh. */
  const takeOver = async () => {
    await tab.takeOver();
    await forgetSessions(db);
    await db.open();
    await showApp();
  };
  tab.onLost(async () => {
    await flushAll(db);
    show(<TabScreen moved onTakeOver={() => void takeOver()} />);
    db.close();
  });
  guardLeaving();
  void askPersistentStorage();
  if (tab.first) await showApp();
  else {
    db.close();
    show(<TabScreen moved={false} onTakeOver={() => void takeOver()} />);
  }
  return root;
}
