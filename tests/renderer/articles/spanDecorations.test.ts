import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { emptyContent, type Article } from '../../../src/core/model';
import {
  ownerAt,
  paintOf,
  setSpanPaint,
  spanDecorations,
  spanField,
} from '../../../src/renderer/src/rawview/spans';

const raw = '经开区财政局（审计局）\n\n创新政府采购新模式\n\n本报讯 今年以来\n\n广告 电话 12345';
const at = (s: string) => ({ start: raw.indexOf(s), end: raw.indexOf(s) + s.length });

function article(id: string, order: number, patch: Partial<Article>): Article {
  return { ...emptyContent(), id, pageId: 'p', order, status: 'draft', createdAt: 0, updatedAt: 0, ...patch };
}

const a = article('a', 0, {
  kicker: { text: '', spans: [at('经开区财政局（审计局）')] },
  title: { text: '', spans: [at('创新政府采购新模式')] },
});
const b = article('b', 1, { paragraphs: [{ text: '', spans: [at('本报讯 今年以来')] }] });

function marks(state: EditorState) {
  const out: { from: number; to: number; cls: string }[] = [];
  state.field(spanField).between(0, state.doc.length, (from, to, v) => {
    out.push({ from, to, cls: String(v.spec.class) });
  });
  return out;
}

describe('raw view span decorations', () => {
  it('marks each field with its kind, the focused field, and the furniture; leaves the rest plain', () => {
    let state = EditorState.create({ doc: raw, extensions: spanDecorations() });
    expect(marks(state)).toEqual([]);
    const paint = paintOf([a, b], [at('广告 电话 12345')], { articleId: 'a', field: { kind: 'title' } });
    state = state.update({ effects: setSpanPaint.of(paint) }).state;
    const m = marks(state);
    expect(m.map((x) => raw.slice(x.from, x.to))).toEqual([
      '经开区财政局（审计局）',
      '创新政府采购新模式',
      '本报讯 今年以来',
      '广告 电话 12345',
    ]);
    expect(m[0].cls).toContain('cm-span-kicker');
    expect(m[0].cls).toContain('cm-span-current');
    expect(m[0].cls).not.toContain('cm-span-focus');
    expect(m[1].cls).toContain('cm-span-focus');
    expect(m[2].cls).toContain('cm-span-paragraph');
    expect(m[2].cls).not.toContain('cm-span-current');
    expect(m[3].cls).toBe('cm-span-furniture');
  });

  it('tells which article and field own a clicked character', () => {
    const state = EditorState.create({ doc: raw, extensions: spanDecorations() }).update({
      effects: setSpanPaint.of(paintOf([a, b], [])),
    }).state;
    const decos = state.field(spanField);
    expect(ownerAt(decos, at('创新政府采购新模式').start + 2)).toEqual({
      articleId: 'a',
      field: { kind: 'title' },
    });
    expect(ownerAt(decos, at('本报讯').start)).toEqual({
      articleId: 'b',
      field: { kind: 'paragraph', index: 0 },
    });
    expect(ownerAt(decos, raw.indexOf('\n\n'))).toBeUndefined();
  });

  it('a new paint replaces the old one (an undo removes marks)', () => {
    let state = EditorState.create({ doc: raw, extensions: spanDecorations() });
    state = state.update({ effects: setSpanPaint.of(paintOf([a, b], [])) }).state;
    state = state.update({ effects: setSpanPaint.of(paintOf([b], [])) }).state;
    expect(marks(state).map((x) => raw.slice(x.from, x.to))).toEqual(['本报讯 今年以来']);
  });
});
