// The shapes an article session hands out (ArticleSession.ts).

import type { PageArticles } from '../../../../core/article';
import type { FieldRef } from '../../../../core/model';
import type { SaveObserver } from '../../instruments';
import type { SaveStatus } from './writer';

/** The article (and field) the archivist is on. */
export interface Selection {
  articleId: string;
  field?: FieldRef | undefined;
}

export interface SessionSnapshot {
  state: PageArticles;
  save: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
  version: number;
}

export interface SessionOptions {
  now?: () => number;
  newId?: () => string;
  /** Told how long each write took, from handing the change to Dexie to the committed transaction. */
  saveObserver?: SaveObserver | undefined;
}
