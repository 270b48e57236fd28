// The contradictions between a backup's records (duplicate ids, dangling references, spans
// off their page's text), found as the records stream past in backup order: what it keeps
// is ids and text lengths, never the records, so a backup of any size is checked whole.

import { fieldsOf, type Article, type Page, type PageText } from '../model';
import type { BackupProblem } from '../problems';
import type { BackupTable, TableRecords } from './stream';
import type { ProjectData, Revision } from './types';

const inside = (s: { start: number; end: number }, length: number) => s.start <= s.end && s.end <= length;
const outside = (path: string): BackupProblem => ({
  code: 'backup.schema',
  path,
  detail: 'a span inside the page’s raw text',
});

export class ConsistencyCheck {
  /** The first contradiction met; later records are not looked at. */
  problem: BackupProblem | null = null;
  private readonly pages = new Map<string, { index: number; furniture: Page['furniture'] }>();
  private readonly lengths = new Map<string, number>();
  private readonly ids: Record<'articles' | 'revisions' | 'rules' | 'settings', Set<string>> = {
    articles: new Set(),
    revisions: new Set(),
    rules: new Set(),
    settings: new Set(),
  };
  private readonly index: Record<'revisions', number> = { revisions: 0 };

  record<T extends BackupTable>(table: T, record: TableRecords[T]): void {
    if (this.problem) return;
    switch (table) {
      case 'pages':
        return this.page(record as Page);
      case 'texts':
        return this.text(record as PageText);
      case 'articles':
        return this.article(record as Article);
      case 'revisions':
        return this.revision(record as Revision);
      case 'rules':
        return this.unique('rules', (record as { id: string }).id);
      case 'settings':
        return this.unique('settings', (record as { key: string }).key);
    }
  }

  /** Every record was seen: the first contradiction, or null. */
  finish(): BackupProblem | null {
    if (this.problem) return this.problem;
    for (const id of this.pages.keys())
      if (!this.lengths.has(id)) return { code: 'backup.no-text', page: id };
    return null;
  }

  private page(p: Page): void {
    if (this.pages.has(p.id)) this.problem = { code: 'backup.duplicate', table: 'pages', id: p.id };
    else this.pages.set(p.id, { index: this.pages.size, furniture: p.furniture });
  }

  private text(t: PageText): void {
    const page = this.pages.get(t.pageId);
    if (!page) this.problem = { code: 'backup.text-of-unknown-page', page: t.pageId };
    else if (this.lengths.has(t.pageId)) this.problem = { code: 'backup.two-texts', page: t.pageId };
    else {
      this.lengths.set(t.pageId, t.raw.length);
      // Furniture and revisions are restored as they are, and a later backup of the project
      // checks them again: one outside its text would make every later backup refused.
      const at = page.furniture.findIndex((s) => !inside(s, t.raw.length));
      if (at >= 0) this.problem = outside(`pages.${page.index}.furniture.${at}`);
    }
  }

  private article(a: Article): void {
    if (this.ids.articles.has(a.id)) {
      this.problem = { code: 'backup.duplicate', table: 'articles', id: a.id };
      return;
    }
    this.ids.articles.add(a.id);
    const length = this.lengths.get(a.pageId);
    if (length === undefined) {
      // Texts come before articles: a known page without one has none.
      this.problem = this.pages.has(a.pageId)
        ? { code: 'backup.no-text', page: a.pageId }
        : { code: 'backup.article-on-unknown-page', article: a.id, page: a.pageId };
      return;
    }
    for (const [, f] of fieldsOf(a))
      if (!f.spans.every((s) => inside(s, length))) {
        this.problem = { code: 'backup.span-outside', article: a.id };
        return;
      }
  }

  private revision(r: Revision): void {
    const index = this.index.revisions++;
    const length = this.lengths.get(r.pageId);
    if (length !== undefined)
      for (const [ref, f] of fieldsOf(r.content))
        if (!f.spans.every((s) => inside(s, length))) {
          this.problem = outside(`revisions.${index}.content.${ref.kind}`);
          return;
        }
    this.unique('revisions', r.id);
  }

  private unique(table: 'revisions' | 'rules' | 'settings', id: string): void {
    if (this.ids[table].has(id)) this.problem = { code: 'backup.duplicate', table, id };
    else this.ids[table].add(id);
  }
}

/** The first contradiction between records in hand. */
export function inconsistency(data: ProjectData): BackupProblem | null {
  const check = new ConsistencyCheck();
  for (const p of data.pages) check.record('pages', p);
  for (const t of data.texts) check.record('texts', t);
  for (const a of data.articles) check.record('articles', a);
  for (const r of data.revisions) check.record('revisions', r);
  for (const r of data.rules) check.record('rules', r);
  for (const s of data.settings) check.record('settings', s);
  return check.finish();
}
