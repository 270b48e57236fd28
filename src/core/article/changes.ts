// Which rows an operation touched: operations keep untouched articles identical (===),
// so the rows to write are found without comparing contents.

import type { Article } from '../model';
import type { PageArticles } from './state';

export interface Changes {
  put: Article[];
  /** Ids of articles that no longer exist. */
  remove: string[];
  furnitureChanged: boolean;
}

export function changesBetween(before: PageArticles, after: PageArticles): Changes {
  const old = new Map(before.articles.map((a) => [a.id, a]));
  const put = after.articles.filter((a) => old.get(a.id) !== a);
  const kept = new Set(after.articles.map((a) => a.id));
  const remove = before.articles.filter((a) => !kept.has(a.id)).map((a) => a.id);
  return { put, remove, furnitureChanged: before.furniture !== after.furniture };
}

export function isUnchanged(c: Changes): boolean {
  return c.put.length === 0 && c.remove.length === 0 && !c.furnitureChanged;
}
