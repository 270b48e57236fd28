// A character diff as the archivist reads it: removed text struck through in red, added
// text in green, long unchanged stretches folded to a little context on each side.

import type { DiffChunk } from '../../../core/diff';

const CONTEXT = 40;

function fold(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT * 2 + 1) return text;
  if (first) return '…' + text.slice(-CONTEXT);
  if (last) return text.slice(0, CONTEXT) + '…';
  return text.slice(0, CONTEXT) + ' … ' + text.slice(-CONTEXT);
}

export function DiffView({ chunks, label }: { chunks: readonly DiffChunk[]; label?: string }) {
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
