import { db } from './db/db';
import { SETTING, readSetting } from './db/settings';
import { pickHost } from './host/pickHost';
import { initI18n, isLanguage, systemLanguage } from './i18n';
import { installTestInstruments } from './instruments';
import { startGalley } from './boot/start';
import { applyTheme } from './theme/theme';
import { App } from './ui/App';
import './ui/styles.css';

// The test hooks (in the build made for tests only) are in place before anything opens.
void installTestInstruments().then(() =>
  startGalley(document.getElementById('root')!, db, {
    pickHost,
    readSettings: (db) =>
      Promise.all([
        readSetting(db, SETTING.lastPage),
        readSetting(db, SETTING.softWrap),
        readSetting(db, SETTING.panes),
        readSetting(db, SETTING.theme).then((theme) => {
          // Before the first paint, so a dark window never flashes light.
          applyTheme(theme);
          return theme;
        }),
      ]),
    startLanguage: async (stored) => void (await initI18n(isLanguage(stored) ? stored : systemLanguage())),
    renderApp: ({ db, host, settings: [lastPage, softWrap, panes, theme] }) => (
      <App
        db={db}
        host={host}
        lastPage={lastPage ?? null}
        softWrap={softWrap ?? true}
        panes={panes}
        theme={theme}
      />
    ),
  }),
);
