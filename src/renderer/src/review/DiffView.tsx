// A character-level diff of raw against corrected text, from the core's charDiff (graphemes
// kept whole). Side by side: the raw text with what the correction removed, the corrected
// text with what it added. Unified: one text, removals struck through before additions.

import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { charDiff, type DiffChunk } from '../../../core/diff';

export type DiffMode = 'split' | 'unified';

interface DiffViewProps {
  from: string;
  to: string;
  mode: DiffMode;
  /** Column headings, e.g. "Raw OCR" and "Corrected". */
  fromLabel: string;
  toLabel: string;
}

/**
 * A changed line break or space is invisible on its own: most of what a correction removes
 * from column-broken OCR is line breaks, so they are shown as marks the reader can count.
 */
function visible(text: string, breakLines = true): React.ReactNode {
  if (!/[\n \u3000]/.test(text)) return text;
  return text.split(/(\n| |\u3000)/).map((part, i) => {
    if (part === '\n') {
      return (
        <span key={i}>
          <span className="diff-mark">↵</span>
          {breakLines ? '\n' : null}
        </span>
      );
    }
    if (part === ' ' || part === '\u3000') {
      return (
        <span key={i} className="diff-mark">
          {part === ' ' ? '·' : '□'}
        </span>
      );
    }
    return part;
  });
}

function Chunks({ chunks, show }: { chunks: DiffChunk[]; show: 'from' | 'to' | 'both' }) {
  return (
    <>
      {chunks.map((c, i) => {
        if (c.op === 'equal') return <span key={i}>{c.text}</span>;
        if (c.op === 'delete' && show !== 'to') {
          return (
            <del key={i} className="diff-del">
              {/* In one column a removed line break no longer breaks the line: the text reads as corrected. */}
              {visible(c.text, show !== 'both')}
            </del>
          );
        }
        if (c.op === 'insert' && show !== 'from') {
          return (
            <ins key={i} className="diff-ins">
              {visible(c.text)}
            </ins>
          );
        }
        return null;
      })}
    </>
  );
}

export const DiffView = memo(function DiffView({ from, to, mode, fromLabel, toLabel }: DiffViewProps) {
  const { t } = useTranslation();
  const chunks = useMemo(() => charDiff(from, to), [from, to]);
  if (from === '' && to === '') return <p className="diff-empty">{t('review.diffEmpty')}</p>;
  if (mode === 'unified') {
    return (
      <div className="diff diff-unified" data-diff="unified">
        <pre className="diff-text" lang="zh">
          <Chunks chunks={chunks} show="both" />
        </pre>
      </div>
    );
  }
  return (
    <div className="diff diff-split" data-diff="split">
      <section>
        <h4>{fromLabel}</h4>
        <pre className="diff-text diff-from" lang="zh">
          <Chunks chunks={chunks} show="from" />
        </pre>
      </section>
      <section>
        <h4>{toLabel}</h4>
        <pre className="diff-text diff-to" lang="zh">
          <Chunks chunks={chunks} show="to" />
        </pre>
      </section>
    </div>
  );
});
