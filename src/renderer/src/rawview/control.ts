// The raw view as the app sees it: one framework-free object around one CodeMirror view,
// made once and kept across React renders, in the manner of Joplin's editor control. React
// calls its operations (show a page, paint spans and suggestions, read and set the
// selection, scroll, focus) and listens for its events (picks, context menus, scrolling);
// nothing outside rawview/ touches the EditorView.

import { EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Span } from '../../../core/model';
import type { RawViewEvents, SpanPick } from './events';
import { setGhostPaint, type GhostPaint } from './ghosts';
import { setPhrases, type Phrases } from './phrases';
import { rawViewExtensions } from './rawViewExtensions';
import { scrollToOffset, topOffset } from './scrollPosition';
import { setSoftWrap } from './softWrap';
import { setSpanPaint, type SpanPaint } from './spans';

export interface RawPage {
  pageId: string;
  text: string;
  softWrap: boolean;
  phrases: Phrases;
  /** The view's accessible name. */
  label?: string | undefined;
  /** Where to scroll when this page is first shown (a raw offset). */
  topOffset?: number | undefined;
}

export interface RawViewListeners {
  /** Assigned raw text was clicked. */
  pick: (pick: SpanPick) => void;
  /** The context menu was asked for over a selection, at these client coordinates. */
  contextMenu: (at: { x: number; y: number }) => void;
  /** The reader scrolled: the raw offset now at the top (debounced). */
  scrolled: (pageId: string, offset: number) => void;
}

type ListenerSets = { [K in keyof RawViewListeners]: Set<RawViewListeners[K]> };

const SCROLL_SETTLE_MS = 250;

export class RawViewControl {
  private readonly view: EditorView;
  private shown: { pageId: string; text: string } | null = null;
  private readonly listeners: ListenerSets = { pick: new Set(), contextMenu: new Set(), scrolled: new Set() };
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the state's event facet calls: the same object for every page's state. */
  private readonly events: RawViewEvents = {
    pick: (p) => this.listeners.pick.forEach((l) => l(p)),
    contextMenu: (at) => {
      if (this.listeners.contextMenu.size === 0) return false;
      this.listeners.contextMenu.forEach((l) => l(at));
      return true;
    },
  };

  /** `extra`: extensions added to every page's state (tests add probes). */
  constructor(
    parent: HTMLElement,
    private readonly extra: readonly Extension[] = [],
  ) {
    this.view = new EditorView({ parent });
    this.view.scrollDOM.addEventListener('scroll', this.onScroll, { passive: true });
  }

  /** The page shown, null before the first. */
  get pageId(): string | null {
    return this.shown?.pageId ?? null;
  }

  /** The editor state shown now: to read (tests, the test hook), never to keep. */
  get state(): EditorState {
    return this.view.state;
  }

  /**
   * Shows a page: a fresh read-only state for a new page or text, nothing for the same
   * one (a re-render). True when the state was replaced.
   */
  show(page: RawPage): boolean {
    const current = this.shown;
    if (current && current.pageId === page.pageId && current.text === page.text) return false;
    this.view.setState(
      EditorState.create({
        doc: page.text,
        extensions: rawViewExtensions({
          pageId: page.pageId,
          softWrap: page.softWrap,
          phrases: page.phrases,
          events: this.events,
          extra: this.extra,
        }),
      }),
    );
    if (page.label) this.view.contentDOM.setAttribute('aria-label', page.label);
    this.shown = { pageId: page.pageId, text: page.text };
    const samePage = current?.pageId === page.pageId;
    if (!samePage && page.topOffset) scrollToOffset(this.view, page.topOffset);
    else if (!samePage) this.view.scrollDOM.scrollTop = 0;
    return true;
  }

  setSoftWrap(on: boolean): void {
    if (this.shown) setSoftWrap(this.view, on);
  }

  setPhrases(table: Phrases): void {
    if (this.shown) setPhrases(this.view, table);
  }

  /** Colours the page's article fields and furniture; replaces the last paint. */
  paintSpans(paint: SpanPaint): void {
    this.view.dispatch({ effects: setSpanPaint.of(paint) });
  }

  /** Outlines suggested articles; replaces the last paint. */
  paintGhosts(paint: GhostPaint): void {
    this.view.dispatch({ effects: setGhostPaint.of(paint) });
  }

  /** The selected raw text, as spans (empty ranges left out). */
  selectedSpans(): Span[] {
    return this.selectionRanges().filter((r) => r.end > r.start);
  }

  /** Every selection range, carets included. */
  selectionRanges(): Span[] {
    return this.view.state.selection.ranges.map((r) => ({ start: r.from, end: r.to }));
  }

  hasSelection(): boolean {
    return this.view.state.selection.ranges.some((r) => !r.empty);
  }

  /** Where the main selection ends. */
  selectionEnd(): number {
    return this.view.state.selection.main.to;
  }

  /** Selects raw spans (clipped to the text), as a mouse drag would. */
  select(spans: readonly Span[], opts: { scroll?: boolean; focus?: boolean } = {}): void {
    if (spans.length === 0) return;
    const clip = (n: number) => Math.max(0, Math.min(n, this.view.state.doc.length));
    this.view.dispatch({
      selection: EditorSelection.create(spans.map((s) => EditorSelection.range(clip(s.start), clip(s.end)))),
      scrollIntoView: opts.scroll ?? false,
    });
    if (opts.focus) this.view.focus();
  }

  /** Leaves a caret where the main selection ended. */
  collapseSelection(): void {
    this.view.dispatch({ selection: { anchor: this.selectionEnd() } });
  }

  /** Scrolls so `offset` is in the middle of the view (or at its top). */
  scrollTo(offset: number, align: 'center' | 'start' = 'center'): void {
    if (align === 'start') {
      scrollToOffset(this.view, offset);
      return;
    }
    const pos = Math.max(0, Math.min(offset, this.view.state.doc.length));
    this.view.dispatch({ effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
  }

  /** The raw offset at the top of the view. */
  topOffset(): number {
    return topOffset(this.view);
  }

  focus(): void {
    this.view.focus();
  }

  /** Whether a DOM node (an event's target) is inside the raw view. */
  contains(node: Node | null): boolean {
    return !!node && this.view.dom.contains(node);
  }

  on<K extends keyof RawViewListeners>(event: K, listener: RawViewListeners[K]): () => void {
    const set = this.listeners[event] as Set<RawViewListeners[K]>;
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  destroy(): void {
    clearTimeout(this.scrollTimer);
    this.view.scrollDOM.removeEventListener('scroll', this.onScroll);
    this.view.destroy();
    this.shown = null;
    for (const set of Object.values(this.listeners)) set.clear();
  }

  private readonly onScroll = (): void => {
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => {
      const page = this.shown;
      if (page) this.listeners.scrolled.forEach((l) => l(page.pageId, topOffset(this.view)));
    }, SCROLL_SETTLE_MS);
  };
}
