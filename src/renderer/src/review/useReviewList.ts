// The review's list as the window holds it: the counts and totals of one page or of the
// whole corpus, filtered, sorted and summed by the review worker, and only the rows the
// table shows, taken a block at a time by place. So opening "All pages" on 100,000 articles
// clones a few hundred rows into the window, not every one. Read again when figures or
// pages change, anywhere (this window or a worker).

import { proxy } from 'comlink';
import { Dexie, type ObservabilitySet } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLatest } from '../common/useLatest';
import type { GalleyDb } from '../db/db';
import { reviewWorkFor } from './reviewClient';
import type { ReviewRow } from './reviewRows';
import type { Opening, PlacedRow, ReviewList, ReviewQuery, ReviewScope, ReviewWork } from './reviewWork';

/** Rows taken from the worker per message. */
const BLOCK = 200;
/** Saves come in bursts (a corpus-wide replace, a restore): one reading after them. */
const SETTLE_MS = 150;

/** Bumps a counter when the figures or pages of `db` change, anywhere (this window or a worker). */
function useChangeCount(db: GalleyDb): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const watched = [`idb://${db.name}/pageFigures/`, `idb://${db.name}/pages/`];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (parts: ObservabilitySet) => {
      if (!Object.keys(parts).some((part) => watched.some((w) => part.startsWith(w)))) return;
      clearTimeout(timer);
      timer = setTimeout(() => setCount((n) => n + 1), SETTLE_MS);
    };
    Dexie.on('storagemutated', onChange);
    return () => {
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
  }, [db]);
  return count;
}

interface Shown {
  /** The scope the list was made for. */
  key: string;
  list: ReviewList;
  /** Blocks of listed rows taken so far, by block number. */
  blocks: ReadonlyMap<number, readonly ReviewRow[]>;
}

/** A scope's first rows, shown while the review worker reads and sums the rest. */
interface Opened extends Opening {
  key: string;
}

export interface ReviewListView {
  /** Null until the first list is in (or while a scope's opening is shown); then the last one stays until the next is in. */
  list: ReviewList | null;
  /** Rows the table holds: the list's, or while the scope opens, the articles its pages hold. */
  listed: number;
  /** The scope's first rows are shown; its statuses and figures are still counted. */
  counting: boolean;
  rowAt: (index: number) => ReviewRow | undefined;
  current: ReviewRow | null;
  /** The current row's place in the list (-1: filtered out, or not known yet). */
  currentIndex: number;
  /** Shows an article (a click, the queue); each later list brings its row again. */
  show: (placed: PlacedRow) => void;
  /** The table shows places `from` up to `to`: their rows are taken if they are not yet. */
  want: (from: number, to: number) => void;
  work: ReviewWork;
}

async function blocksOf(work: ReviewWork, token: number, wanted: Iterable<number>) {
  const out = new Map<number, readonly ReviewRow[]>();
  await Promise.all(
    [...wanted].map(async (b) => out.set(b, await work.slice(token, b * BLOCK, (b + 1) * BLOCK))),
  );
  return out;
}

const blocksBetween = (from: number, to: number): number[] => {
  const out: number[] = [];
  for (let b = Math.floor(from / BLOCK); b * BLOCK < to; b++) out.push(b);
  return out;
};

const TYPING_PAUSE_MS = 150;

/** `text` once typing has paused: the list is made again for it, not for every key. */
export function useTypingPause(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

/** Views opened in this window: each names its readings apart from an earlier one's. */
let viewsOpened = 0;

export function useReviewList(db: GalleyDb, scope: ReviewScope, query: ReviewQuery): ReviewListView {
  const scopeKey = scope.kind === 'page' ? `page:${scope.pageId}` : 'corpus';
  const { status, text, sort } = query;
  const changes = useChangeCount(db);
  // Changes made while no review was open were counted by none: a view opening reads afresh.
  const [view] = useState(() => ++viewsOpened);
  const reading = `${view}:${changes}`;
  const work = reviewWorkFor(db);
  const [shown, setShown] = useState<Shown | null>(null);
  const shownRef = useLatest(shown);
  const [opened, setOpened] = useState<Opened | null>(null);
  /** The article shown beside the list, and its place in it (as the list it came with has it). */
  const [current, setCurrent] = useState<PlacedRow | null>(null);
  const currentRef = useLatest(current);
  /** What the table showed last: a new list comes with those rows already taken. */
  const range = useRef({ from: 0, to: BLOCK });
  const asked = useRef(new Set<string>());
  /** The list before the one shown: released only at the next, as a step may still ask it. */
  const retired = useRef<number | null>(null);

  /** Takes the row of `id` from the list under `token`, if both are still the ones shown. */
  const refresh = useCallback(
    (token: number, id: string) =>
      void work
        .find(token, id)
        .then((found) =>
          setCurrent((c) => (shownRef.current?.list.token === token && c?.row.article.id === id ? found : c)),
        ),
    [work, shownRef],
  );

  useEffect(() => {
    let live = true;
    const read: ReviewScope =
      scopeKey === 'corpus' ? { kind: 'corpus' } : { kind: 'page', pageId: scopeKey.slice(5) };
    // A scope opened in reading order, unfiltered: its first rows are shown as soon as the
    // worker has them, and its statuses and figures follow (at 100,000 articles, most of a
    // second later). Their places are the list's, so the list takes over without a flash.
    const opens =
      shownRef.current?.key !== scopeKey && status === 'all' && text.trim() === '' && sort === 'order';
    const onOpening = opens
      ? proxy((opening: Opening) => {
          if (live) setOpened({ key: scopeKey, ...opening });
        })
      : null;
    void (async () => {
      const shownId = currentRef.current?.row.article.id ?? null;
      // The blocks the table shows come with the list.
      const wanted = blocksBetween(range.current.from, Math.max(range.current.to, BLOCK));
      const first = wanted[0] ?? 0;
      const span = [first * BLOCK, (first + wanted.length) * BLOCK] as const;
      const list = await work.list(db.name, read, { status, text, sort }, reading, shownId, span, onOpening);
      if (!live) return void work.release(list.token);
      const blocks = new Map(
        wanted.map((b) => [b, list.rows.slice((b - first) * BLOCK, (b - first + 1) * BLOCK)]),
      );
      const before = shownRef.current;
      asked.current.clear();
      setShown({ key: scopeKey, list, blocks });
      setOpened(null);
      // An article shown meanwhile (a click, the queue) stays, and its row is asked again.
      const now = currentRef.current?.row.article.id ?? null;
      if (now === shownId) setCurrent(list.current);
      else if (now !== null) refresh(list.token, now);
      if (retired.current !== null) void work.release(retired.current);
      retired.current = before?.list.token ?? null;
    })().catch((err: unknown) => console.error('Reading the review failed', err));
    return () => {
      live = false;
    };
  }, [db, work, refresh, shownRef, currentRef, scopeKey, status, text, sort, reading]);

  // The worker holds the last lists until they are released.
  useEffect(
    () => () => {
      for (const token of [shownRef.current?.list.token, retired.current])
        if (token != null) void work.release(token);
    },
    [work, shownRef],
  );

  /** The scope's opening, while its list is not in yet. */
  const opening = opened?.key === scopeKey && shown?.key !== scopeKey ? opened : null;
  const openingRef = useLatest(opening);
  const want = useCallback(
    (from: number, to: number) => {
      range.current = { from, to };
      const now = shownRef.current;
      // While the scope opens, the places are its own: its list brings their rows.
      if (!now || openingRef.current) return;
      const { token } = now.list;
      const missing = blocksBetween(from, to).filter(
        (b) => !now.blocks.has(b) && !asked.current.has(`${token}:${b}`),
      );
      if (missing.length === 0) return;
      for (const b of missing) asked.current.add(`${token}:${b}`);
      void blocksOf(work, token, missing).then((got) =>
        setShown((s) => (s?.list.token === token ? { ...s, blocks: new Map([...s.blocks, ...got]) } : s)),
      );
    },
    [work, shownRef, openingRef],
  );

  const rowAt = useCallback(
    (index: number) =>
      opening ? opening.rows[index] : shown?.blocks.get(Math.floor(index / BLOCK))?.[index % BLOCK],
    [shown, opening],
  );
  return {
    list: opening ? null : (shown?.list ?? null),
    listed: opening ? opening.total : (shown?.list.listed ?? 0),
    counting: opening !== null,
    rowAt,
    want,
    work,
    current: current?.row ?? null,
    // Its place in the opening scope is not known until the list is in.
    currentIndex: opening ? -1 : (current?.index ?? -1),
    show: setCurrent,
  };
}
