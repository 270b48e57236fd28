// Whether a modal dialog is open. Window-wide shortcuts (Ctrl+Z in the article panel, the
// review keys, the Edit menu's undo) ask first: nothing may run behind an open dialog.

let open = 0;

export function modalOpened(): () => void {
  open++;
  let closed = false;
  return () => {
    if (!closed) open--;
    closed = true;
  };
}

export function isModalOpen(): boolean {
  return open > 0;
}
