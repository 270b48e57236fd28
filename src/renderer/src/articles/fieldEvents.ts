// A keystroke in a field is heard by that field and by the window's shortcuts, and by
// nothing in between. React's root listens to every event in both phases and runs each
// through its event plugins, walking the field's ancestors for listeners (~0.5 ms a key in a
// CPU profile of the 80-article page), and nothing in React wants a field's keystrokes;
// the `selectionchange` Chromium fires at the textarea had CodeMirror read the window's
// selection. So ONE listener on the window, in the capture phase, where an event starts,
// takes every keystroke event aimed at a field, stops it there and hands it to the field.
// The shortcuts listen on the window too (useShortcuts, the palette) and still hear every
// key; a key with Ctrl, Alt or Meta, and Escape, go on as usual for the listeners below
// the window that want them (the tools drawer's Escape, the browser build's Ctrl+O).

/** A field's own keystroke listeners, by event type. */
type FieldListeners = Partial<Record<string, (e: Event) => void>>;

/** Every event a keystroke fires at a textarea: none goes past the window. */
const KEYSTROKE = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'select',
  'selectionchange',
];

const fields = new WeakMap<EventTarget, FieldListeners>();
let listening = false;

/** A key some listener below the window may want: a shortcut or Escape. */
function wanted(e: Event): boolean {
  if (e.type !== 'keydown' && e.type !== 'keyup') return false;
  const k = e as KeyboardEvent;
  return k.ctrlKey || k.altKey || k.metaKey || k.key === 'Escape';
}

function route(e: Event): void {
  const own = e.target ? fields.get(e.target) : undefined;
  if (!own) return;
  own[e.type]?.(e);
  if (!wanted(e)) e.stopPropagation();
}

/** `textarea`'s keystrokes go to `listeners` alone from now on; the result ends it. */
export function hearKeystrokes(textarea: HTMLTextAreaElement, listeners: FieldListeners): () => void {
  if (!listening && typeof window !== 'undefined') {
    for (const type of KEYSTROKE) window.addEventListener(type, route, true);
    listening = true;
  }
  fields.set(textarea, listeners);
  return () => {
    if (fields.get(textarea) === listeners) fields.delete(textarea);
  };
}
