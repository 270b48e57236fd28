// @vitest-environment happy-dom
// The shared modal: it opens as a modal <dialog> with the focus inside, Escape asks to close
// it (not while busy), closing gives the focus back to the opener, and while it is open the
// window-wide shortcuts (Ctrl+Z in the article panel) do nothing.
import { act, useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useShortcuts } from '../../../src/renderer/src/articles/useShortcuts';
import { Modal } from '../../../src/renderer/src/common/Modal';
import { isModalOpen } from '../../../src/renderer/src/common/modalState';
import { mountPerTest } from '../support/mount';

const view = mountPerTest();

function Harness({
  busy = false,
  onCommand = () => {},
}: {
  busy?: boolean;
  onCommand?: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useShortcuts(panel, null, () => {}, onCommand);
  return (
    <div ref={panel}>
      <button type="button" id="opener" onClick={() => setOpen(true)}>
        open
      </button>
      {open && (
        <Modal labelledBy="t" onClose={() => setOpen(false)} canClose={!busy}>
          <h2 id="t">Title</h2>
          <button type="button" id="first">
            first
          </button>
          <button type="button" id="second">
            second
          </button>
        </Modal>
      )}
    </div>
  );
}

const $ = (id: string) => document.getElementById(id);

function press(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  act(() => void target.dispatchEvent(event));
  return event;
}

function openFromOpener(): void {
  $('opener')!.focus();
  act(() => $('opener')!.click());
}

describe('the shared modal', () => {
  it('opens as a modal dialog with the focus inside it', () => {
    view.render(<Harness />);
    openFromOpener();
    const dialog = view.container.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('t');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe($('first'));
    expect(isModalOpen()).toBe(true);
  });

  it('closes on Escape and gives the focus back to the opener', () => {
    view.render(<Harness />);
    openFromOpener();
    $('second')!.focus();
    const escape = press($('second')!, { key: 'Escape', code: 'Escape' });
    expect(escape.defaultPrevented).toBe(true);
    expect(view.container.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe($('opener'));
    expect(isModalOpen()).toBe(false);
  });

  it('stays open on Escape while busy', () => {
    view.render(<Harness busy />);
    openFromOpener();
    press($('first')!, { key: 'Escape', code: 'Escape' });
    expect(view.container.querySelector('dialog')?.open).toBe(true);
  });

  it('keeps Ctrl+Z from undoing behind it', () => {
    const onCommand = vi.fn();
    view.render(<Harness onCommand={onCommand} />);
    press($('opener')!, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(onCommand).toHaveBeenCalledWith('undo');
    onCommand.mockClear();
    openFromOpener();
    press($('first')!, { key: 'z', code: 'KeyZ', ctrlKey: true });
    press(window, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(onCommand).not.toHaveBeenCalled();
    press($('first')!, { key: 'Escape', code: 'Escape' });
    press($('opener')!, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(onCommand).toHaveBeenCalledWith('undo');
  });

  it('takes the focus back inside when what held it goes (working → done), so Escape still reaches it', () => {
    function Working({ done, onClose }: { done: boolean; onClose: () => void }) {
      return (
        <Modal labelledBy="w" onClose={onClose} canClose={done}>
          <h2 id="w">Backing up</h2>
          {done ? (
            <button type="button" id="close">
              close
            </button>
          ) : (
            <button type="button" id="wait" disabled>
              wait
            </button>
          )}
        </Modal>
      );
    }
    const onClose = vi.fn();
    view.render(<Working done={false} onClose={onClose} />);
    view.render(<Working done onClose={onClose} />);
    expect(document.activeElement?.id).toBe('close');
    press(document.activeElement!, { key: 'Escape', code: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});
