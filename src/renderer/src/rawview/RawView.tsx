// A thin React binding around the raw view control (control.ts): the control and its
// EditorView are made once; a new page gets a fresh EditorState (its raw text never
// changes afterwards), so nothing is re-created on re-render. Features get the control
// through onShown, never the view.

import type { Extension } from '@codemirror/state';
import { useEffect, useRef } from 'react';
import { useEvent, useLatest } from '../common/useLatest';
import { RawViewControl } from './control';
import type { Phrases } from './phrases';

export interface RawViewProps {
  pageId: string;
  text: string;
  softWrap: boolean;
  /** CodeMirror's words (search panel) in the UI's language. */
  phrases?: Phrases;
  /** Read once, when the view is made: added to every page's state (tests add probes). */
  extensions?: readonly Extension[];
  /** Where to scroll when this page is first shown (a raw offset). */
  initialTopOffset?: number | undefined;
  /** Called with the control once it shows `pageId`'s text, and with null when it goes away. */
  onShown?: (control: RawViewControl | null, pageId: string | null) => void;
  /** The raw offset at the top of the view, after the reader scrolled. */
  onScrolled?: (pageId: string, offset: number) => void;
  label?: string;
}

const NO_PHRASES: Phrases = {};

export function RawView(props: RawViewProps) {
  const { pageId, text, softWrap, phrases = NO_PHRASES } = props;
  const host = useRef<HTMLDivElement>(null);
  const control = useRef<RawViewControl | null>(null);
  // Callbacks and creation-time options are read when used, so the view is never re-made for them.
  const latest = useLatest(props);
  const tellShown = useEvent((c: RawViewControl | null, id: string | null) => props.onShown?.(c, id));
  const tellScrolled = useEvent((id: string, offset: number) => props.onScrolled?.(id, offset));

  useEffect(() => {
    const c = new RawViewControl(host.current!, latest.current.extensions);
    control.current = c;
    const off = c.on('scrolled', tellScrolled);
    return () => {
      off();
      c.destroy();
      control.current = null;
      tellShown(null, null);
    };
  }, [latest, tellShown, tellScrolled]);

  useEffect(() => {
    const c = control.current;
    if (!c) return;
    const { softWrap: wrap, phrases: table = NO_PHRASES, label, initialTopOffset } = latest.current;
    if (c.show({ pageId, text, softWrap: wrap, phrases: table, label, topOffset: initialTopOffset })) {
      tellShown(c, pageId);
    }
  }, [pageId, text, latest, tellShown]);

  useEffect(() => control.current?.setSoftWrap(softWrap), [softWrap]);

  const phrasesShown = useRef(phrases);
  useEffect(() => {
    if (phrasesShown.current === phrases) return;
    phrasesShown.current = phrases;
    control.current?.setPhrases(phrases);
  }, [phrases]);

  return <div className="raw-view" ref={host} data-page-id={pageId} />;
}
