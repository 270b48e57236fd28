// The review figures exactly as `galley compare` prints them (same core compareTexts):
// counts in code points, the change ratio as the CER of raw against corrected.

import { useTranslation } from 'react-i18next';
import type { ReviewFigures } from '../../../core/diff';
import { FIGURE_KEY } from './labels';

const COUNTS = ['insertions', 'deletions', 'substitutions', 'distance', 'reference_chars'] as const;

// Made once per locale: a list of thousands of articles formats two numbers per row.
const formats = new Map<string, { count: Intl.NumberFormat; percent: Intl.NumberFormat }>();
function formatsFor(locale: string) {
  let f = formats.get(locale);
  if (!f) {
    f = {
      count: new Intl.NumberFormat(locale),
      percent: new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
    };
    formats.set(locale, f);
  }
  return f;
}

export function formatCount(n: number, locale: string): string {
  return formatsFor(locale).count.format(n);
}

/** The change ratio as a percentage with two decimals; a dash where it is undefined. */
export function formatPercent(cer: number | null, locale: string): string {
  if (cer === null) return '—';
  return `${formatsFor(locale).percent.format(cer * 100)} %`;
}

/** The change ratio for display: four decimals like the CSV manifest, and as a percentage. */
export function formatRatio(cer: number | null, locale: string): string {
  if (cer === null) return '—';
  return `${cer.toFixed(4)} (${formatPercent(cer, locale)})`;
}

/** What a figure still being counted shows: its place is kept, so nothing moves when it comes. */
const COUNTING = '…';

/** The figures; null while they are counted (each shows an ellipsis). */
export function FiguresList({ figures, label }: { figures: ReviewFigures | null; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="review-figures" aria-label={label} aria-busy={figures === null}>
      {COUNTS.map((k) => (
        <div key={k} data-figure={k} data-value={figures?.[k] ?? ''}>
          <dt>{t(FIGURE_KEY[k])}</dt>
          <dd>{figures ? formatCount(figures[k], i18n.language) : COUNTING}</dd>
        </div>
      ))}
      <div
        data-figure="cer"
        data-value={figures?.cer == null ? '' : String(figures.cer)}
        className="review-cer"
      >
        <dt title={t('review.figure.cerHint')}>{t('review.figure.cer')}</dt>
        <dd>{figures ? formatRatio(figures.cer, i18n.language) : COUNTING}</dd>
      </div>
    </dl>
  );
}
