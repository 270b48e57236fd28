// What an empty project shows: the workflow in three steps, the ways to open pages, and a
// demo page to try it on before any real page is at hand.

import { useTranslation } from 'react-i18next';
import './firstRun.css';

interface FirstRunProps {
  busy: boolean;
  onDemo: () => void;
}

const STEPS = [
  ['firstRun.step1', 'firstRun.step1Body'],
  ['firstRun.step2', 'firstRun.step2Body'],
  ['firstRun.step3', 'firstRun.step3Body'],
] as const;

export function FirstRun({ busy, onDemo }: FirstRunProps) {
  const { t } = useTranslation();
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{t('firstRun.title')}</h1>
      <ol className="first-run-steps">
        {STEPS.map(([title, body]) => (
          <li key={title}>
            <h2>{t(title)}</h2>
            <p>{t(body)}</p>
          </li>
        ))}
      </ol>
      <div className="first-run-actions">
        <button type="button" className="button primary" onClick={onDemo} disabled={busy}>
          {t('firstRun.demo')}
        </button>
      </div>
      <p className="first-run-hint">{t('firstRun.demoHint')}</p>
      <p className="first-run-hint">{t('firstRun.openHint')}</p>
    </section>
  );
}
