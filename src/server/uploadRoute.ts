// POST /projects/<id>/documents with the owner's token and a bundle body (core/sync/bundle):
// moving a project in from the app in one request. Each page document is written only when
// the project lacks that page (a page it has keeps its shared history); the project
// document's entry adds the pages it does not list yet. Written through Hocuspocus
// (a direct connection), so it is stored, and members with the project open hear of it.

import type { IncomingMessage } from 'node:http';
import type { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { addPages, decodeBundle, listPages, parseDocName, projectPages, rawOf } from '../core/sync';
import type { Member } from './token';

/** At most what a Galley backup may be, read before anything is written. */
const MAX_BODY_BYTES = 512 * 1024 * 1024;

export async function receiveUpload(
  request: IncomingMessage,
  member: Member,
  project: string,
  instance: Hocuspocus,
): Promise<{ status: number; body: string }> {
  if (member.role !== 'owner') return { status: 403, body: 'only the project owner may upload' };
  let entries;
  try {
    entries = decodeBundle(await bodyOf(request));
  } catch (e) {
    return { status: 400, body: e instanceof Error ? e.message : String(e) };
  }
  const named = entries.map((e) => ({ ...e, doc: parseDocName(e.name) }));
  if (named.some((e) => e.doc?.projectId !== project))
    return { status: 400, body: 'every document must belong to the project' };
  let uploaded = 0;
  let kept = 0;
  for (const { name, state, doc } of named) {
    const connection = await instance.openDirectConnection(name, member);
    await connection.transact((document) => {
      if (doc?.kind === 'project') {
        const incoming = new Y.Doc();
        Y.applyUpdate(incoming, state);
        const listed = projectPages(document);
        addPages(
          document,
          listPages(incoming).filter((p) => !listed.has(p.id)),
        );
      } else if (rawOf(document) !== undefined) kept++;
      else {
        Y.applyUpdate(document, state);
        uploaded++;
      }
    });
    await connection.disconnect();
  }
  return { status: 200, body: JSON.stringify({ uploaded, kept }) };
}

async function bodyOf(request: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('larger than a Galley backup can be');
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
