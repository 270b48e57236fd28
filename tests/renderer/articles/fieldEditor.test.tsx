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

function mount(value: string, sent: string[], carets: number[] = []) {
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
          onCaret={(_a, _f, offset) => carets.push(offset)}
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

describe('field editor and the window', () => {
  it('keeps a keystroke inside the field, sending its text and caret, but lets the shortcuts hear the key', () => {
    const sent: string[] = [];
    const carets: number[] = [];
    const { textarea } = mount('今年', sent, carets);
    const below: string[] = [];
    const shortcuts: string[] = [];
    const types = ['keydown', 'keypress', 'beforeinput', 'input', 'keyup', 'selectionchange'];
    const hearBelow = (e: Event) => below.push(e.type);
    const hearShortcut = (e: Event) => shortcuts.push((e as KeyboardEvent).key);
    for (const type of types) document.addEventListener(type, hearBelow, true);
    // The window's shortcuts listen as useShortcuts does: on the window, capturing.
    window.addEventListener('keydown', hearShortcut, true);
    try {
      act(() => {
        textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
        textarea.dispatchEvent(new KeyboardEvent('keypress', { key: 'a', bubbles: true }));
        textarea.dispatchEvent(new InputEvent('beforeinput', { bubbles: true }));
        input(textarea, '今年a', false);
        textarea.dispatchEvent(new Event('selectionchange', { bubbles: true }));
        textarea.setSelectionRange(1, 1);
        textarea.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowLeft', bubbles: true }));
      });
      // React's root and the raw view (below the window) hear none of it; the shortcuts hear the key.
      expect(below).toEqual([]);
      expect(shortcuts).toEqual(['a']);
      expect(sent).toEqual(['今年a']);
      expect(carets.at(-1)).toBe(1);
      // A key with Ctrl and Escape go on to the listeners below the window that want them.
      act(() => {
        textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', ctrlKey: true, bubbles: true }));
        textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      });
      expect(below).toEqual(['keydown', 'keydown']);
    } finally {
      for (const type of types) document.removeEventListener(type, hearBelow, true);
      window.removeEventListener('keydown', hearShortcut, true);
    }
  });
});
