// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldRef } from '../../../src/core/model';
import { FieldEditor } from '../../../src/renderer/src/articles/FieldEditor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const field: FieldRef = { kind: 'paragraph', index: 0 };
let container: HTMLElement;
afterEach(() => container?.remove());

function mount(value: string, sent: string[]) {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const render = (v: string) =>
    act(() =>
      root.render(
        <FieldEditor
          articleId="a"
          field={field}
          value={v}
          label="Paragraph 1"
          focused={false}
          onText={(_a, _f, text) => sent.push(text)}
          onFocusField={() => {}}
          onCaret={() => {}}
          onBlurField={() => {}}
        />,
      ),
    );
  render(value);
  return { textarea: container.querySelector('textarea')!, render };
}

function input(el: HTMLTextAreaElement, value: string, isComposing: boolean) {
  el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing }));
}

describe('field editor and IME composition', () => {
  it('sends the composed characters once, never the pinyin in progress', () => {
    const sent: string[] = [];
    const { textarea } = mount('今年以来', sent);
    act(() => {
      textarea.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    });
    act(() => input(textarea, '今年以来q', true));
    act(() => input(textarea, '今年以来qing', true));
    act(() => input(textarea, '今年以来清', true));
    act(() => {
      textarea.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '清' }));
    });
    act(() => input(textarea, '今年以来清', false));
    expect(new Set(sent)).toEqual(new Set(['今年以来清']));
  });

  it('does not rewrite the text while a composition is open, and takes outside changes after', () => {
    const sent: string[] = [];
    const { textarea, render } = mount('一', sent);
    act(() => {
      textarea.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    });
    act(() => input(textarea, '一er', true));
    // An undo elsewhere re-renders with another value mid-composition: the IME's text stays.
    render('旧');
    expect(textarea.value).toBe('一er');
    act(() => input(textarea, '一二', true));
    act(() => {
      textarea.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    });
    expect(sent).toEqual(['一二']);
    render('一二三');
    expect(textarea.value).toBe('一二三');
  });
});
