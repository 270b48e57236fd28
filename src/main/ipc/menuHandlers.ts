// The native menu follows the app's language, not the system's: the renderer says which
// language it shows, at start and whenever the archivist changes it, and the menu is set
// again with that language's words.
import { CHANNELS } from '../../shared/ipc';
import { stringsFor } from '../strings';
import type { HandlerDeps } from './deps';
import { handle } from './registrar';

export function registerMenuHandlers(deps: HandlerDeps): void {
  // The contract has already refused anything but one of the app's languages.
  handle(deps, CHANNELS.setMenuLanguage, ([language]) => {
    deps.setMenu(stringsFor(language));
  });
}
