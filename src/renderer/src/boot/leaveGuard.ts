// Closing or reloading the window while a save is pending or failing: the browser (and
// Electron, through the main process's will-prevent-unload) asks first.

import { unsavedWork } from '../articles/session/unsaved';

export function guardLeaving(target: Window = window): void {
  target.addEventListener('beforeunload', (event) => {
    if (!unsavedWork.hasUnsaved) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  });
}
