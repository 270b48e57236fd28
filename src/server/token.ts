// Membership tokens: a project's owner mints them (`npm run server -- token …`); the server
// checks the signature, the expiry and the project on every connection. HS256 with the
// server's own secret: only the server (and its owner) can make one.

import { SignJWT, jwtVerify } from 'jose';
import { isProjectId, isRole, type Role } from '../core/sync';

export interface Member {
  project: string;
  user: string;
  role: Role;
}

export async function mintToken(
  secret: Uint8Array,
  member: Member,
  expiresInSeconds: number,
): Promise<string> {
  if (!isProjectId(member.project))
    throw new Error(`not a project id: ${member.project} (letters, digits, - and _)`);
  if (!member.user.trim()) throw new Error('a token needs a user name');
  return new SignJWT({ project: member.project, role: member.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(member.user.trim())
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + Math.max(1, Math.floor(expiresInSeconds)))
    .sign(secret);
}

/** The member a token names; throws when it is forged, expired or malformed. */
export async function verifyToken(secret: Uint8Array, token: string): Promise<Member> {
  const { payload } = await jwtVerify(token, secret, {
    algorithms: ['HS256'],
    requiredClaims: ['exp', 'sub'],
  });
  const { project, role, sub } = payload;
  if (typeof project !== 'string' || !isProjectId(project)) throw new Error('token names no project');
  if (!isRole(role)) throw new Error('token names no role');
  if (!sub) throw new Error('token names no user');
  return { project, user: sub, role };
}
