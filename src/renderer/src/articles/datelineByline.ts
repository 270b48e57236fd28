// "Dateline and byline" in one step: `本报讯（通讯员 张冲）` selected, the words and brackets go
// to the dateline and the names inside to the byline (core splitDatelineByline decides
// where the cut is). Both assignments are computed first and applied as one undo step.

import { assign, findArticle, setFieldText, type PageArticles } from '../../../core/article';
import type { Span } from '../../../core/model';
import { splitDatelineByline } from '../../../core/segment';

export type DatelineBylineResult =
  /** `end`: where the dateline ends in the raw text (text after it in the selection is left). */
  | { ok: true; state: PageArticles; end: number }
  /** `conflict`: part of the text belongs elsewhere; `no-dateline`: the selection opens with none. */
  | { ok: false; reason: 'conflict' | 'no-dateline' };

export function assignDatelineByline(
  state: PageArticles,
  raw: string,
  ranges: readonly Span[],
  articleId: string,
  ctx: { now: number; newId: () => string },
): DatelineBylineResult {
  if (ranges.length !== 1) return { ok: false, reason: 'no-dateline' };
  let { start } = ranges[0];
  const { end } = ranges[0];
  while (start < end && /\s/.test(raw[start])) start++;
  const split = splitDatelineByline(raw.slice(start, end), start);
  if (!split) return { ok: false, reason: 'no-dateline' };
  const dated = assign(
    state,
    raw,
    split.dateline.spans,
    { kind: 'field', articleId, field: 'dateline' },
    ctx,
  );
  if (!dated.ok) return { ok: false, reason: 'conflict' };
  const both = assign(
    dated.state,
    raw,
    split.byline.spans,
    { kind: 'field', articleId, field: 'byline' },
    ctx,
  );
  if (!both.ok) return { ok: false, reason: 'conflict' };
  // A dateline new from this step reads as printed, names and all (the names' raw text is
  // the byline's); one that held text already keeps its words.
  const before = findArticle(state, articleId)?.dateline.text ?? '';
  const next = before
    ? both.state
    : setFieldText(both.state, articleId, { kind: 'dateline' }, split.dateline.text, ctx.now);
  return { ok: true, state: next, end: Math.max(...split.dateline.spans.map((s) => s.end)) };
}
