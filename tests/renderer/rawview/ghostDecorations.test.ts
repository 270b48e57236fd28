import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { ghostDecorations, ghostField, setGhostPaint } from '../../../src/renderer/src/rawview/ghosts';
import { setSpanPaint, spanDecorations, spanField } from '../../../src/renderer/src/rawview/spans';

const raw = '# 标题\n\n本报讯 正文第一段。\n\n记者 鲁慧\n';
const at = (s: string) => ({ start: raw.indexOf(s), end: raw.indexOf(s) + s.length });

function ghosts(state: EditorState) {
  const out: { from: number; to: number; cls: string; key: string }[] = [];
  state.field(ghostField).between(0, state.doc.length, (from, to, v) => {
    out.push({ from, to, cls: String(v.spec.class), key: String(v.spec.attributes['data-suggestion']) });
  });
  return out;
}

describe('suggestion outlines in the raw view', () => {
  const base = EditorState.create({ doc: raw, extensions: [...spanDecorations(), ...ghostDecorations()] });

  it('outlines the free text of each suggestion, the focused one stronger, beside the article spans', () => {
    const painted = base.update({
      effects: [
        setSpanPaint.of({
          fields: [{ articleId: 'x', order: 0, field: { kind: 'byline' }, spans: [at('记者 鲁慧')] }],
          furniture: [],
        }),
        setGhostPaint.of({
          ghosts: [{ key: 's1', spans: [at('标题'), at('本报讯 正文第一段。')] }],
          focus: 's1',
        }),
      ],
    }).state;
    expect(ghosts(painted)).toEqual([
      { ...pos(at('标题')), cls: 'cm-ghost cm-ghost-focus', key: 's1' },
      { ...pos(at('本报讯 正文第一段。')), cls: 'cm-ghost cm-ghost-focus', key: 's1' },
    ]);
    // The article spans are untouched by the ghosts.
    let spans = 0;
    painted.field(spanField).between(0, raw.length, () => {
      spans++;
    });
    expect(spans).toBe(1);

    const cleared = painted.update({ effects: setGhostPaint.of({ ghosts: [] }) }).state;
    expect(ghosts(cleared)).toEqual([]);
  });

  it('clips spans to the text and skips empty ones', () => {
    const s = base.update({
      effects: setGhostPaint.of({
        ghosts: [
          {
            key: 'k',
            spans: [
              { start: 5, end: 5 },
              { start: raw.length - 2, end: raw.length + 40 },
            ],
          },
        ],
      }),
    }).state;
    expect(ghosts(s)).toEqual([{ from: raw.length - 2, to: raw.length, cls: 'cm-ghost', key: 'k' }]);
  });
});

function pos(s: { start: number; end: number }) {
  return { from: s.start, to: s.end };
}
