// Who has which page open, from the awareness states of the project document (Hocuspocus
// passes each member's state to the others): every member's app sets `{ user, pageId }`
// for the page it shows, so each page can say who else is on it.

/** What one member's app tells the others. */
export interface Presence {
  user: string;
  /** The page on screen, or null when none is. */
  pageId: string | null;
}

export const PRESENCE_FIELD = 'presence';

function presenceOf(state: unknown): Presence | null {
  const value = (state as Record<string, unknown> | null)?.[PRESENCE_FIELD];
  const { user, pageId } = (value ?? {}) as { user?: unknown; pageId?: unknown };
  if (typeof user !== 'string' || user === '') return null;
  return { user, pageId: typeof pageId === 'string' ? pageId : null };
}

/**
 * The members (by name, sorted, each once) who have `pageId` open in another window:
 * `states` are the awareness states by client id, `self` this window's client id.
 */
export function openElsewhere(states: ReadonlyMap<number, unknown>, self: number, pageId: string): string[] {
  const users = new Set<string>();
  for (const [client, state] of states) {
    if (client === self) continue;
    const presence = presenceOf(state);
    if (presence?.pageId === pageId) users.add(presence.user);
  }
  return [...users].sort();
}
