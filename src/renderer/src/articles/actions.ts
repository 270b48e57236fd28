// Every command of the article feature with its keyboard shortcut, in one table the
// toolbar, the raw view's context menu, the key handler and the `?` overlay all read.

import type { AssignTarget } from '../../../core/article';
import type { FieldRef } from '../../../core/model';

export type AssignActionId =
  | 'new-article'
  | 'section'
  | 'kicker'
  | 'title'
  | 'subtitle'
  | 'dateline'
  | 'byline'
  | 'dateline-byline'
  | 'new-paragraph'
  | 'append-paragraph'
  | 'caption'
  | 'note'
  | 'furniture';

export type CommandId =
  | 'next-gap'
  | 'next-block'
  | 'unassign'
  | 'undo'
  | 'redo'
  | 'move-up'
  | 'move-down'
  | 'merge-next'
  | 'split'
  | 'delete-article'
  | 'help';

export interface Shortcut {
  /** KeyboardEvent.code, so the shortcut does not depend on the keyboard layout or IME. */
  code: string;
  alt?: boolean;
  mod?: boolean;
  shift?: boolean;
  /** Shown in the help overlay and tooltips. */
  label: string;
}

export const ASSIGN_ACTIONS: { id: AssignActionId; shortcut: Shortcut; needsArticle: boolean }[] = [
  { id: 'new-article', shortcut: { code: 'KeyN', alt: true, label: 'Alt+N' }, needsArticle: false },
  // With no article (or after a finished one), the parts that open an article start one.
  { id: 'title', shortcut: { code: 'KeyT', alt: true, label: 'Alt+T' }, needsArticle: false },
  { id: 'kicker', shortcut: { code: 'KeyK', alt: true, label: 'Alt+K' }, needsArticle: false },
  { id: 'subtitle', shortcut: { code: 'KeyU', alt: true, label: 'Alt+U' }, needsArticle: true },
  { id: 'section', shortcut: { code: 'KeyE', alt: true, label: 'Alt+E' }, needsArticle: false },
  { id: 'dateline', shortcut: { code: 'KeyD', alt: true, label: 'Alt+D' }, needsArticle: true },
  { id: 'byline', shortcut: { code: 'KeyB', alt: true, label: 'Alt+B' }, needsArticle: true },
  {
    id: 'dateline-byline',
    shortcut: { code: 'KeyD', alt: true, shift: true, label: 'Alt+Shift+D' },
    needsArticle: true,
  },
  { id: 'new-paragraph', shortcut: { code: 'KeyP', alt: true, label: 'Alt+P' }, needsArticle: false },
  { id: 'append-paragraph', shortcut: { code: 'KeyA', alt: true, label: 'Alt+A' }, needsArticle: true },
  { id: 'caption', shortcut: { code: 'KeyC', alt: true, label: 'Alt+C' }, needsArticle: true },
  { id: 'note', shortcut: { code: 'KeyO', alt: true, label: 'Alt+O' }, needsArticle: true },
  { id: 'furniture', shortcut: { code: 'KeyF', alt: true, label: 'Alt+F' }, needsArticle: false },
];

export const COMMANDS: { id: CommandId; shortcut: Shortcut }[] = [
  { id: 'next-gap', shortcut: { code: 'KeyG', alt: true, label: 'Alt+G' } },
  // One printed block at a time (up to a blank line): what one field takes.
  { id: 'next-block', shortcut: { code: 'KeyJ', alt: true, label: 'Alt+J' } },
  // Takes the selected raw text out of every field and the furniture (X: cut it loose).
  { id: 'unassign', shortcut: { code: 'KeyX', alt: true, label: 'Alt+X' } },
  { id: 'undo', shortcut: { code: 'KeyZ', mod: true, label: 'Ctrl+Z' } },
  { id: 'redo', shortcut: { code: 'KeyZ', mod: true, shift: true, label: 'Ctrl+Shift+Z' } },
  { id: 'move-up', shortcut: { code: 'ArrowUp', alt: true, label: 'Alt+↑' } },
  { id: 'move-down', shortcut: { code: 'ArrowDown', alt: true, label: 'Alt+↓' } },
  { id: 'merge-next', shortcut: { code: 'KeyM', alt: true, label: 'Alt+M' } },
  { id: 'split', shortcut: { code: 'KeyS', alt: true, label: 'Alt+S' } },
  { id: 'delete-article', shortcut: { code: 'Delete', alt: true, shift: true, label: 'Alt+Shift+Delete' } },
  { id: 'help', shortcut: { code: 'Slash', shift: true, label: '?' } },
];

export function matches(s: Shortcut, e: KeyboardEvent): boolean {
  const mod = e.ctrlKey || e.metaKey;
  return e.code === s.code && !!s.alt === e.altKey && !!s.mod === mod && !!s.shift === e.shiftKey;
}

/** The parts printed above an article's body: a second one after a body starts the next article. */
const OPENING = new Set<AssignActionId>(['section', 'kicker', 'title']);

/**
 * The assign target of an action, given the current article and field. Title-first
 * marking: a section, kicker or title with no article chosen, or when the chosen one
 * already has that part and its body, starts a new article; a paragraph with none starts
 * one too. A body marked first still takes its title and kicker afterwards.
 */
export function targetOf(
  id: AssignActionId,
  current: { articleId: string; field?: FieldRef | undefined } | undefined,
  paragraphCount: number,
  /** Whether the current article already has the part `id` assigns. */
  hasPart = false,
): AssignTarget | undefined {
  if (id === 'new-article') return { kind: 'new-article', after: current?.articleId };
  if (id === 'furniture') return { kind: 'furniture' };
  if (OPENING.has(id) && (!current || (paragraphCount > 0 && hasPart)))
    return { kind: 'new-article', after: current?.articleId, field: id as 'section' | 'kicker' | 'title' };
  if (id === 'new-paragraph' && !current) return { kind: 'new-article' };
  if (!current) return undefined;
  const { articleId, field } = current;
  const paragraph = field?.kind === 'paragraph' && 'index' in field ? field.index : undefined;
  switch (id) {
    case 'new-paragraph':
      return { kind: 'new-paragraph', articleId, after: paragraph };
    case 'append-paragraph':
      return { kind: 'append-paragraph', articleId, index: paragraph ?? Math.max(0, paragraphCount - 1) };
    case 'caption':
      return { kind: 'caption', articleId };
    case 'note':
      return { kind: 'note', articleId };
    case 'dateline-byline':
      // What cannot be split (no names in brackets) is a dateline as it stands.
      return { kind: 'field', articleId, field: 'dateline' };
    default:
      return { kind: 'field', articleId, field: id };
  }
}
