// A thin React binding around a framework-free CodeMirror view: the EditorView is made
// once; a new page gets a fresh EditorState (its raw text never changes afterwards), so
// nothing is re-created on re-render and extensions see one state per page.

import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { setPhrases, type Phrases } from './phrases';
import { rawViewExtensions } from './rawViewExtensions';
import { scrollToOffset, topOffset } from './scrollPosition';
import { setSoftWrap } from './softWrap';

export interface RawViewProps {
  pageId: string;
  text: string;
  softWrap: boolean;
  /** CodeMirror's words (search panel) in the UI's language. */
  phrases?: Phrases;
  /** Read once, when the view is made. */
  extensions?: readonly Extension[];
  /** Where to scroll when this page is first shown (a raw offset). */
  initialTopOffset?: number;
  /** Called with the view once it shows `pageId`'s text, and with null when it goes away. */
  onShown?: (view: EditorView | null, pageId: string | null) => void;
  /** The raw offset at the top of the view, after the reader scrolled. */
  onScrolled?: (pageId: string, offset: number) => void;
  label?: string;
}

const NO_PHRASES: Phrases = {};

export function RawView(props: RawViewProps) {
  const { pageId, text, softWrap, phrases = NO_PHRASES } = props;
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  // Callbacks and creation-time options live in a ref so the view is never re-made for them.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const shown = useRef<{ pageId: string; text: string } | null>(null);
  const wrapRef = useRef(softWrap);
  const phrasesRef = useRef(phrases);

  useEffect(() => {
    const view = new EditorView({ parent: host.current! });
    viewRef.current = view;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const page = shown.current;
        if (page && viewRef.current) latest.current.onScrolled?.(page.pageId, topOffset(view));
      }, 250);
    };
    view.scrollDOM.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      view.scrollDOM.removeEventListener('scroll', onScroll);
      view.destroy();
      viewRef.current = null;
      shown.current = null;
      latest.current.onShown?.(null, null);
    };
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const current = shown.current;
    if (current && current.pageId === pageId && current.text === text) return;
    const { extensions = [], initialTopOffset, label } = latest.current;
    view.setState(
      EditorState.create({
        doc: text,
        extensions: rawViewExtensions({
          pageId,
          softWrap: wrapRef.current,
          phrases: phrasesRef.current,
          extra: extensions,
        }),
      }),
    );
    if (label) view.contentDOM.setAttribute('aria-label', label);
    shown.current = { pageId, text };
    if (current?.pageId !== pageId && initialTopOffset) scrollToOffset(view, initialTopOffset);
    else view.scrollDOM.scrollTop = current?.pageId === pageId ? view.scrollDOM.scrollTop : 0;
    latest.current.onShown?.(view, pageId);
  }, [pageId, text]);

  useEffect(() => {
    wrapRef.current = softWrap;
    const view = viewRef.current;
    if (view && shown.current) setSoftWrap(view, softWrap);
  }, [softWrap]);

  useEffect(() => {
    if (phrasesRef.current === phrases) return;
    phrasesRef.current = phrases;
    const view = viewRef.current;
    if (view && shown.current) setPhrases(view, phrases);
  }, [phrases]);

  return <div className="raw-view" ref={host} data-page-id={pageId} />;
}
