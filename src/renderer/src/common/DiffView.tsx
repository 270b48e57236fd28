// A character diff as the archivist reads it (chunks from the core's charDiff, graphemes kept
// whole). Three layouts: side by side (the first text with what was removed, the second with
// what was added), unified (one text, removals struck through before additions), and compact
// (cleanup's preview: unified, long unchanged stretches folded to a little context).

import { memo, useMemo } from 'react';
import { charDiff, type DiffChunk } from '../../../core/diff';
import './diff.css';

export type DiffMode = 'split' | 'unified';

type DiffViewProps =
  | {
      mode: DiffMode;
      from: string;
      to: string;
      /** Column headings, e.g. "Raw OCR" and "Corrected". */
      fromLabel: string;
      toLabel: string;
      /** Said when both texts are empty. */
      emptyText: string;
    }
  | { mode: 'compact'; chunks: readonly DiffChunk[]; label?: string };

const CONTEXT = 40;

function fold(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT * 2 + 1) return text;
  if (first) return '…' + text.slice(-CONTEXT);
  if (last) return text.slice(0, CONTEXT) + '…';
  return text.slice(0, CONTEXT) + ' … ' + text.slice(-CONTEXT);
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

function Chunks({ chunks, show }: { chunks: readonly DiffChunk[]; show: 'from' | 'to' | 'both' }) {
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

function Compact({ chunks, label }: { chunks: readonly DiffChunk[]; label?: string | undefined }) {
  return (
    <pre className="diff-view" aria-label={label}>
      {chunks.map((c, i) =>
        c.op === 'equal' ? (
          <span key={i}>{fold(c.text, i === 0, i === chunks.length - 1)}</span>
        ) : c.op === 'delete' ? (
          <del key={i} className="diff-delete">
            {c.text}
          </del>
        ) : (
          <ins key={i} className="diff-insert">
            {c.text}
          </ins>
        ),
      )}
    </pre>
  );
}

function TwoTexts(props: Extract<DiffViewProps, { mode: DiffMode }>) {
  const { from, to, mode, fromLabel, toLabel, emptyText } = props;
  const chunks = useMemo(() => charDiff(from, to), [from, to]);
  if (from === '' && to === '') return <p className="diff-empty">{emptyText}</p>;
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
}

export const DiffView = memo(function DiffView(props: DiffViewProps) {
  return props.mode === 'compact' ? (
    <Compact chunks={props.chunks} label={props.label} />
  ) : (
    <TwoTexts {...props} />
  );
});
