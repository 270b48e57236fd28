// Who may do what in a team project. The server checks every incoming change against the
// sender's role (from the signed token) before it touches the shared document; the app
// asks the same functions to offer only what the archivist's role allows.

import * as Y from 'yjs';
import { articlesMap } from './layout';
import { assignments } from './projectDoc';

export const ROLES = ['editor', 'reviewer', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Marking an article reviewed (or changing who reviewed it) is for reviewers and owners. */
export function mayReview(role: Role): boolean {
  return role === 'reviewer' || role === 'owner';
}

/** Assigning pages to members is the owner's. */
export function mayAssign(role: Role): boolean {
  return role === 'owner';
}

export type Refusal = 'review.forbidden' | 'assign.forbidden';

/**
 * Why `update` may not be applied to `doc` by someone with `role`, or null when it may.
 * The update is tried on a copy, so a refused change never reaches the shared document.
 */
export function refusedUpdate(role: Role, doc: Y.Doc, update: Uint8Array): Refusal | null {
  if (mayReview(role) && mayAssign(role)) return null;
  const probe = new Y.Doc({ gc: false });
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  const reviewsBefore = mayReview(role) ? null : reviews(probe);
  const assignedBefore = mayAssign(role) ? null : JSON.stringify(assignments(probe).toJSON());
  Y.applyUpdate(probe, update);
  if (reviewsBefore) {
    const after = reviews(probe);
    for (const [id, review] of after) if (review !== reviewsBefore.get(id)) return 'review.forbidden';
  }
  if (assignedBefore !== null && assignedBefore !== JSON.stringify(assignments(probe).toJSON()))
    return 'assign.forbidden';
  return null;
}

/** Every reviewed article with who reviewed it and when: what only reviewers may set. */
function reviews(doc: Y.Doc): Map<string, string> {
  const found = new Map<string, string>();
  articlesMap(doc).forEach((map, id) => {
    if (map.get('status') === 'reviewed')
      found.set(id, JSON.stringify([map.get('reviewer') ?? null, map.get('reviewedAt') ?? null]));
  });
  return found;
}
