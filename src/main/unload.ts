// Closing or reloading with unsaved work: the page's beforeunload handler says there is
// some (a save still failing or not yet written). Electron then keeps the page and asks
// nobody, so the main process asks the user here and lets the page go only on Leave.
import type { MainStrings } from './strings';

/** The part of a WebContents this needs. */
interface UnloadEventsLike {
  on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown;
}

/** Asks with a modal message box; answers the index of the button chosen (synchronous, as the event needs). */
export type AskSync = (options: {
  type: 'warning';
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}) => number;

export function guardUnload(contents: UnloadEventsLike, ask: AskSync, strings: MainStrings): void {
  contents.on('will-prevent-unload', (event) => {
    const leave =
      ask({
        type: 'warning',
        message: strings.unsavedWork,
        detail: strings.unsavedWorkDetail,
        buttons: [strings.stay, strings.leave],
        defaultId: 0,
        cancelId: 0,
      }) === 1;
    // preventDefault here cancels the page's refusal: the window closes or reloads.
    if (leave) event.preventDefault();
  });
}
