// One editable field. The textarea is uncontrolled: React never rewrites it while the
// archivist types, and never during an IME composition (pinyin in progress), so characters
// are neither lost nor doubled. The text goes to the session on every input outside a
// composition and once when a composition ends. With `live` the field listens to the session
// itself (liveText.ts) and puts a text it did not type (an undo, a replace, a sync) into the
// textarea directly: a keystroke renders neither its card nor the field.

import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { FieldRef } from '../../../core/model';
import { useEvent, useLatest } from '../common/useLatest';
import { fitField } from './fieldFit';
import { liveFieldText, type LiveArticles } from './liveText';

export interface FieldEditorProps {
  articleId: string;
  field: FieldRef;
  /** The text the card was drawn with; the session's own text wins when `live` is given. */
  value: string;
  live?: LiveArticles | undefined;
  label: string;
  focused: boolean;
  /** Paragraphs and notes are long; headline fields are one line. */
  long?: boolean;
  onText: (articleId: string, field: FieldRef, text: string) => void;
  onFocusField: (articleId: string, field: FieldRef) => void;
  onCaret: (articleId: string, field: FieldRef, offset: number) => void;
  onBlurField: () => void;
}

/** A keystroke's events that nothing above a field listens to (see the layout effect below). */
const STOPPED_AT_FIELD = [
  'beforeinput',
  'input',
  'keypress',
  'keyup',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'select',
  'selectionchange',
];

export function fieldKey(field: FieldRef): string {
  return 'index' in field ? `${field.kind}-${field.index}` : field.kind;
}

export const FieldEditor = memo(function FieldEditor(props: FieldEditorProps) {
  const { articleId, field, label, focused, long, live, value } = props;
  const ref = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const latest = useLatest(props);

  // The text as the session has it now goes into the textarea when it differs: on every
  // change of the session, with no render; the archivist's own keystroke is already there.
  // The textarea is read only when this field's text changed (reading copies the whole
  // text, and every field of the card hears every keystroke).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let seen: string | undefined;
    const show = () => {
      const text = liveFieldText(live, articleId, field, value);
      if (text === seen || composing.current) return;
      seen = text;
      if (el.value !== text) el.value = text;
    };
    show();
    return live?.subscribe(show);
  }, [live, articleId, field, value]);

  const send = useEvent(() => {
    const el = ref.current;
    if (!el) return;
    const p = latest.current;
    p.onText(p.articleId, p.field, el.value);
    p.onCaret(p.articleId, p.field, el.selectionStart);
  });
  const caret = useEvent(() => {
    const el = ref.current;
    if (el) latest.current.onCaret(latest.current.articleId, latest.current.field, el.selectionStart);
  });

  // The textarea element is made once per field and handed back unchanged on later renders,
  // and it has no defaultValue (the layout effect above puts the text in): React rewrites a
  // textarea's defaultValue, its text node, on every render of it and after every input
  // event, which would lay the field out again on every keystroke.
  const textarea = useMemo(
    () => (
      <textarea
        ref={ref}
        className="field-input"
        rows={long ? 2 : 1}
        spellCheck={false}
        data-article={articleId}
        data-field={fieldKey(field)}
        onFocus={() => {
          latest.current.onFocusField(latest.current.articleId, latest.current.field);
          caret();
        }}
        onBlur={() => latest.current.onBlurField()}
      />
    ),
    [articleId, field, long, caret, latest],
  );

  // A keystroke's own events are heard here, on the textarea, and go no further than the
  // field's form: React dispatches every event that reaches its root through its event
  // plugins (input, select and before-input polyfills, each walking the field's ancestors
  // for listeners), ~1 ms a key in a CPU profile of a 80-article page, and nothing above the
  // field wants them. Chromium also fires `selectionchange` at the textarea on every
  // keystroke; bubbling to the document it had CodeMirror's raw view read the window's
  // selection. `keydown` goes on: the window's shortcuts hear it.
  const form = useRef<HTMLFormElement>(null);
  const box = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    return el && box.current ? fitField(el, box.current) : undefined;
  }, []);
  useLayoutEffect(() => {
    const el = ref.current;
    const box = form.current;
    if (!el || !box) return;
    const onInput = (e: Event) => {
      if (composing.current || (e as InputEvent).isComposing) return;
      send();
    };
    const onCompositionStart = () => {
      composing.current = true;
    };
    const onCompositionEnd = () => {
      composing.current = false;
      send();
    };
    const own: [string, (e: Event) => void][] = [
      ['input', onInput],
      ['compositionstart', onCompositionStart],
      ['compositionend', onCompositionEnd],
      // The caret moved by arrow keys, a click or a drag.
      ['keyup', caret],
      ['mouseup', caret],
    ];
    const stop = (e: Event) => e.stopPropagation();
    for (const [type, listener] of own) el.addEventListener(type, listener);
    for (const type of STOPPED_AT_FIELD) box.addEventListener(type, stop);
    return () => {
      for (const [type, listener] of own) el.removeEventListener(type, listener);
      for (const type of STOPPED_AT_FIELD) box.removeEventListener(type, stop);
    };
  }, [send, caret]);

  return (
    <form ref={form} className="field-form" onSubmit={(e) => e.preventDefault()}>
      <label className={`field field-${field.kind}${focused ? ' field-focused' : ''}`}>
        <span className="field-label">{label}</span>
        <span className="field-cell">
          <span className="field-fit" ref={box}>
            {textarea}
          </span>
        </span>
      </label>
    </form>
  );
});
