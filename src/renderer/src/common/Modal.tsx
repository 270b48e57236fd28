// The one modal dialog: a native <dialog> opened with showModal(), so the page behind is
// inert (focus cannot leave the dialog), Escape asks to close it and ::backdrop dims the
// page. Focus goes back to what had it before the dialog opened. While any modal is open,
// isModalOpen() tells the window-wide shortcuts to stand still.

import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useLatest } from './useLatest';
import { modalOpened } from './modalState';
import './modal.css';

interface ModalProps {
  /** The id of the dialog's heading. */
  labelledBy: string;
  /** Escape, a click on the backdrop (when `closeOnBackdrop`), or the dialog's own buttons. */
  onClose: () => void;
  /** False while the dialog is busy: Escape then does nothing. */
  canClose?: boolean;
  closeOnBackdrop?: boolean;
  /** Extra class for the dialog box (its size, its own layout). */
  className?: string;
  children: ReactNode;
}

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';
const ENABLED = FOCUSABLE.split(', ')
  .map((s) => `${s}:not([disabled])`)
  .join(', ');

export function Modal({
  labelledBy,
  onClose,
  canClose = true,
  closeOnBackdrop = false,
  className,
  children,
}: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Read while rendering, before anything in the dialog can take the focus.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  const latest = useLatest({ onClose, canClose });

  useLayoutEffect(() => {
    const element = dialog.current!;
    const closed = modalOpened();
    if (!element.open) element.showModal();
    // Browsers focus the first focusable element; make sure of it where they do not.
    if (!element.contains(document.activeElement)) element.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      closed();
      if (element.open) element.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);

  // Content that changes while open (working → done) may take the focus away with it, e.g.
  // on a button that was disabled: the focus comes back inside, so the keys go to the dialog.
  useEffect(() => {
    const element = dialog.current;
    if (!element?.open || element.contains(document.activeElement)) return;
    element.querySelector<HTMLElement>(ENABLED)?.focus();
  });

  const requestClose = () => {
    if (latest.current.canClose) latest.current.onClose();
  };

  return (
    <dialog
      ref={dialog}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={labelledBy}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Handled here, so the browser's own cancel does not close the element behind React's
        // back and no window listener (the tools drawer's Escape) sees the key too.
        e.preventDefault();
        e.stopPropagation();
        requestClose();
      }}
      onCancel={(e) => {
        e.preventDefault();
        requestClose();
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog itself, outside its box.
        if (!closeOnBackdrop || e.target !== dialog.current) return;
        const box = dialog.current.getBoundingClientRect();
        const inside =
          e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom;
        if (!inside) requestClose();
      }}
    >
      {children}
    </dialog>
  );
}
