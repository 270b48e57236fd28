// Presence and page assignments of a shared project, both on the project document: its
// awareness carries which page each member's window shows (core/sync presence), its
// `assignments` map who each page is assigned to (only the owner may change it; the
// server refuses anyone else's change).

import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import {
  PRESENCE_FIELD,
  assignPage,
  assignments,
  isRole,
  openElsewhere,
  type Role,
} from '../../../core/sync';
import { LOCAL_EDIT } from './projection';

export interface TeamMember {
  user: string;
  role: Role | null;
}

/** Who the token names (read, not verified: the server verifies it on every connection). */
export function memberOf(token: string): TeamMember {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as { sub?: unknown; role?: unknown };
    return {
      user: typeof claims.sub === 'string' ? claims.sub : '',
      role: isRole(claims.role) ? claims.role : null,
    };
  } catch {
    return { user: '', role: null };
  }
}

export class TeamPresence {
  constructor(
    private readonly provider: HocuspocusProvider,
    private readonly project: Y.Doc,
    readonly member: TeamMember,
  ) {}

  /** Tells the other members which page this window shows (null: none). */
  show(pageId: string | null): void {
    this.provider.awareness?.setLocalStateField(PRESENCE_FIELD, { user: this.member.user, pageId });
  }

  /** The other members who have `pageId` open. */
  others(pageId: string): string[] {
    const awareness = this.provider.awareness;
    return awareness ? openElsewhere(awareness.getStates(), awareness.clientID, pageId) : [];
  }

  assignee(pageId: string): string | undefined {
    return assignments(this.project).get(pageId);
  }

  /** The owner assigns a page (an empty name takes the assignment away). */
  assign(pageId: string, user: string): void {
    this.project.transact(() => assignPage(this.project, pageId, user.trim()), LOCAL_EDIT);
  }

  /** Called whenever presence or assignments change. */
  subscribe(listener: () => void): () => void {
    this.provider.awareness?.on('change', listener);
    this.project.on('update', listener);
    return () => {
      this.provider.awareness?.off('change', listener);
      this.project.off('update', listener);
    };
  }
}
