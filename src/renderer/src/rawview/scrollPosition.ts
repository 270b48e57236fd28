import { EditorView } from '@codemirror/view';

/**
 * The raw offset shown at the top-left of the view. An offset, not pixels: it survives
 * a different window size or soft-wrap setting.
 */
export function topOffset(view: EditorView): number {
  const scroller = view.scrollDOM.getBoundingClientRect();
  const content = view.contentDOM.getBoundingClientRect();
  const top = Math.max(scroller.top, view.documentTop) + 2;
  return view.posAtCoords({ x: content.left + 16, y: top }, false);
}

export function scrollToOffset(view: EditorView, offset: number): void {
  const pos = Math.min(Math.max(0, offset), view.state.doc.length);
  view.dispatch({ effects: EditorView.scrollIntoView(pos, { y: 'start' }) });
}
