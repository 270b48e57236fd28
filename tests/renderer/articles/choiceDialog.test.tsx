// @vitest-environment happy-dom
// The needs-choice dialog: both versions of each field shown, the archivist's pick handed back.
import '../../../src/renderer/src/i18n';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ChoiceDialog } from '../../../src/renderer/src/articles/ChoiceDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

it('shows keep and drop for each field and answers with the picks', () => {
  const onChoose = vi.fn();
  const field = { kind: 'paragraph', index: 0 } as const;
  act(() =>
    root.render(
      <ChoiceDialog
        choices={[{ articleId: 'a1', field, before: '甲乙【注】丙', keep: '甲【注】丙', drop: '甲丙' }]}
        describe={() => 'Article 1 · Paragraph 1'}
        onChoose={onChoose}
        onCancel={() => {}}
      />,
    ),
  );
  const texts = [...container.ownerDocument.querySelectorAll('.choice-text')].map((q) => q.textContent);
  expect(texts).toEqual(['甲【注】丙', '甲丙']);
  const drop = container.ownerDocument.querySelector<HTMLInputElement>('[data-pick="drop"] input')!;
  act(() => drop.click());
  const confirm = [...container.ownerDocument.querySelectorAll('button')].find((b) =>
    b.classList.contains('primary'),
  )!;
  act(() => confirm.click());
  expect(onChoose).toHaveBeenCalledWith([{ articleId: 'a1', field, pick: 'drop' }]);
});
