// One editable field. The textarea is uncontrolled: React never rewrites it while the
// archivist types, and never during an IME composition (pinyin in progress), so characters
// are neither lost nor doubled. The text goes to the session on every input outside a
// composition and once when a composition ends. With `live` the field listens to the session
// itself (liveText.ts) and puts a text it did not type (an undo, a replace, a sync) into the
// textarea directly: a keystroke renders neither its card nor the field.

import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { FieldRef } from '../../../core/model';
import { useEvent, useLatest } from '../common/useLatest';
import { hearKeystrokes } from './fieldEvents';
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

  // The field's height follows its text without laying out the card (fieldFit.ts).
  const box = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    return el && box.current ? fitField(el, box.current) : undefined;
  }, []);

  // A keystroke's events go to this field alone (fieldEvents.ts); the caret moved by a click
  // or a drag is heard on the textarea as any mouse event.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const stop = hearKeystrokes(el, {
      input: (e) => {
        if (composing.current || (e as InputEvent).isComposing) return;
        send();
      },
      compositionstart: () => {
        composing.current = true;
      },
      compositionend: () => {
        composing.current = false;
        send();
      },
      // The caret moved by arrow keys.
      keyup: caret,
    });
    el.addEventListener('mouseup', caret);
    return () => {
      stop();
      el.removeEventListener('mouseup', caret);
    };
  }, [send, caret]);

  return (
    <form className="field-form" onSubmit={(e) => e.preventDefault()}>
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
