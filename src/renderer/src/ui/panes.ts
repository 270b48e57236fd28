// The desk's three panes (page list, raw view, article form): how wide the two outer ones
// are and which are folded away. Pure, so the rules are tested without a window.

import type { PaneLayout } from '../db/settings';

export type PaneId = 'list' | 'raw' | 'articles';

export const DEFAULT_PANES: PaneLayout = {
  listWidth: 220,
  articlesWidth: 440,
  listHidden: false,
  rawHidden: false,
  articlesHidden: false,
};

/** Narrower than this a pane's words no longer fit; wider leaves the raw view too little. */
export const PANE_LIMITS = {
  list: { min: 160, max: 480 },
  articles: { min: 300, max: 900 },
} as const;

const clamp = (value: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, value)));

export function resizePane(layout: PaneLayout, pane: 'list' | 'articles', width: number): PaneLayout {
  const { min, max } = PANE_LIMITS[pane];
  return pane === 'list'
    ? { ...layout, listWidth: clamp(width, min, max) }
    : { ...layout, articlesWidth: clamp(width, min, max) };
}

export function isHidden(layout: PaneLayout, pane: PaneId): boolean {
  return pane === 'list' ? layout.listHidden : pane === 'raw' ? layout.rawHidden : layout.articlesHidden;
}

/**
 * Folds a pane away or brings it back. The raw view and the article form are never both
 * away: folding one while the other is away brings the other back, so a page always shows.
 */
export function togglePane(layout: PaneLayout, pane: PaneId): PaneLayout {
  if (pane === 'list') return { ...layout, listHidden: !layout.listHidden };
  if (pane === 'raw') {
    const rawHidden = !layout.rawHidden;
    return { ...layout, rawHidden, articlesHidden: rawHidden ? false : layout.articlesHidden };
  }
  const articlesHidden = !layout.articlesHidden;
  return { ...layout, articlesHidden, rawHidden: articlesHidden ? false : layout.rawHidden };
}
