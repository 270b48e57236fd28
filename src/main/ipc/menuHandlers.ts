// The native menu and dialogs follow the app's language, not the system's: the renderer
// says which language it shows, at start and whenever the archivist changes it; the menu is
// set again with that language's words, and the words object every dialog and message box
// reads when it opens (deps.strings, shared with the window's own guards) takes them too.
import { CHANNELS } from '../../shared/ipc';
import { stringsFor } from '../strings';
import type { HandlerDeps } from './deps';
import { handle } from './registrar';

export function registerMenuHandlers(deps: HandlerDeps): void {
  // The contract has already refused anything but one of the app's languages.
  handle(deps, CHANNELS.setMenuLanguage, ([language]) => {
    Object.assign(deps.strings, stringsFor(language));
    deps.setMenu(deps.strings);
  });
}
