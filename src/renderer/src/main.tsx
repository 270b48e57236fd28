import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from './db/db';
import { SETTING, readSetting } from './db/settings';
import { pickHost } from './host/pickHost';
import { initI18n, isLanguage, systemLanguage } from './i18n';
import { installTestInstruments } from './instruments';
import { App } from './ui/App';
import './ui/styles.css';

async function boot(): Promise<void> {
  await installTestInstruments();
  const [host, language, lastPage, softWrap] = await Promise.all([
    pickHost(),
    readSetting(db, SETTING.language),
    readSetting(db, SETTING.lastPage),
    readSetting(db, SETTING.softWrap),
  ]);
  await initI18n(isLanguage(language) ? language : systemLanguage());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App db={db} host={host} lastPage={lastPage ?? null} softWrap={softWrap ?? true} />
    </StrictMode>,
  );
}

void boot();
