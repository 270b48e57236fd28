// @vitest-environment happy-dom
// The raw view control with a real EditorView and real transactions: what the app paints,
// selects and hears goes through it, never through the view.

import type { StateField } from '@codemirror/state';
import type { DecorationSet } from '@codemirror/view';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContent, type Article } from '../../../src/core/model';
import { RawViewControl } from '../../../src/renderer/src/rawview/control';
import { pickAt, type SpanPick } from '../../../src/renderer/src/rawview/events';
import { ghostField } from '../../../src/renderer/src/rawview/ghosts';
import { rawPageId } from '../../../src/renderer/src/rawview/rawPage';
import { paintOf, spanField } from '../../../src/renderer/src/rawview/spans';

const raw = '经开区财政局（审计局）\n\n创新政府采购新模式\n\n本报讯 今年以来\n\n广告 电话 12345';
const at = (s: string) => ({ start: raw.indexOf(s), end: raw.indexOf(s) + s.length });

function article(id: string, order: number, patch: Partial<Article>): Article {
  return {
    ...emptyContent(),
    id,
    pageId: 'p1',
    order,
    status: 'draft',
    createdAt: 0,
    updatedAt: 0,
    ...patch,
  };
}

let parent: HTMLDivElement;
let control: RawViewControl;
beforeEach(() => {
  parent = document.createElement('div');
  document.body.append(parent);
  control = new RawViewControl(parent);
  control.show({ pageId: 'p1', text: raw, softWrap: true, phrases: {} });
});
afterEach(() => {
  control.destroy();
  parent.remove();
});

function texts(field: StateField<DecorationSet>): string[] {
  const out: string[] = [];
  const state = control.state;
  state.field(field).between(0, state.doc.length, (from, to) => {
    out.push(raw.slice(from, to));
  });
  return out;
}

describe('the raw view control', () => {
  it('shows a page once: the same page and text again is a no-op, a new page a fresh state', () => {
    expect(control.pageId).toBe('p1');
    expect(control.state.readOnly).toBe(true);
    expect(control.state.facet(rawPageId)).toBe('p1');
    const first = control.state;
    expect(control.show({ pageId: 'p1', text: raw, softWrap: false, phrases: {} })).toBe(false);
    expect(control.state).toBe(first);
    expect(control.show({ pageId: 'p2', text: '第二版', softWrap: true, phrases: {} })).toBe(true);
    expect(control.state.doc.toString()).toBe('第二版');
    expect(control.state.facet(rawPageId)).toBe('p2');
    expect(parent.querySelectorAll('.cm-editor')).toHaveLength(1);
  });

  it('paints article spans and suggestion outlines side by side, each paint replacing its last', () => {
    const a = article('a', 0, { title: { text: '', spans: [at('创新政府采购新模式')] } });
    control.paintSpans(paintOf([a], [at('广告 电话 12345')], { articleId: 'a' }));
    control.paintGhosts({ ghosts: [{ key: 's1', spans: [at('本报讯 今年以来')] }], focus: 's1' });
    expect(texts(spanField)).toEqual(['创新政府采购新模式', '广告 电话 12345']);
    expect(texts(ghostField)).toEqual(['本报讯 今年以来']);
    expect(parent.querySelector('.cm-span-title')?.textContent).toBe('创新政府采购新模式');
    expect(parent.querySelector('.cm-ghost-focus')?.textContent).toBe('本报讯 今年以来');

    control.paintSpans(paintOf([], []));
    expect(texts(spanField)).toEqual([]);
    expect(texts(ghostField)).toEqual(['本报讯 今年以来']);
  });

  it('reads and sets the selection as spans, several at once', () => {
    expect(control.hasSelection()).toBe(false);
    expect(control.selectedSpans()).toEqual([]);
    const title = at('创新政府采购新模式');
    const lead = at('本报讯');
    control.select([title, lead]);
    expect(control.hasSelection()).toBe(true);
    expect(control.selectedSpans()).toEqual([title, lead]);
    // The first span is the main selection.
    expect(control.selectionEnd()).toBe(title.end);

    control.collapseSelection();
    expect(control.selectedSpans()).toEqual([]);
    expect(control.selectionRanges()).toEqual([{ start: title.end, end: title.end }]);

    // Beyond the text is clipped to it.
    control.select([{ start: raw.length - 5, end: raw.length + 50 }]);
    expect(control.selectedSpans()).toEqual([{ start: raw.length - 5, end: raw.length }]);
  });

  it('tells its listeners about picks of assigned text, through the state’s event facet', () => {
    const a = article('a', 0, { kicker: { text: '', spans: [at('经开区财政局（审计局）')] } });
    control.paintSpans(paintOf([a], []));
    const picks: SpanPick[] = [];
    const off = control.on('pick', (p) => picks.push(p));
    expect(pickAt(control.state, at('审计局').start)).toBe(true);
    expect(pickAt(control.state, at('本报讯').start)).toBe(false);
    expect(picks).toEqual([{ articleId: 'a', field: { kind: 'kicker' }, pos: at('审计局').start }]);

    // Every page's state reaches the same listeners.
    control.show({ pageId: 'p1', text: `${raw}\n`, softWrap: true, phrases: {} });
    control.paintSpans(paintOf([a], []));
    pickAt(control.state, at('审计局').start);
    expect(picks).toHaveLength(2);
    off();
    pickAt(control.state, at('审计局').start);
    expect(picks).toHaveLength(2);
  });

  it('offers the context menu over a selection only, instead of the browser’s', () => {
    const menus: { x: number; y: number }[] = [];
    control.on('contextMenu', (p) => menus.push(p));
    const content = parent.querySelector('.cm-content')!;
    const ask = () => {
      const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: 12, clientY: 34 });
      content.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(ask()).toBe(false);
    expect(menus).toEqual([]);
    control.select([at('本报讯')]);
    expect(ask()).toBe(true);
    expect(menus).toEqual([{ x: 12, y: 34 }]);
    expect(control.contains(content)).toBe(true);
    expect(control.contains(document.body)).toBe(false);
  });
});
