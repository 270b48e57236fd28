// Moving a project in from a backup file in one step, on the server's own machine:
// `npm run server -- upload BACKUP --project ID [--url ws://localhost:8787]`. It sends the
// running server the same bundle the app's Team dialog sends (core/sync/backupBundle) as
// the project's owner (a token signed with the server's secret); the server writes each
// page the project lacks through Hocuspocus (uploadRoute.ts), so members already connected
// take the pages in at once. Pages the project already has are left as they are: their
// shared history is the team's.

import type { ProjectData } from '../core/backup/types';
import { backupBundle, bundleAddress } from '../core/sync';

export interface UploadOutcome {
  uploaded: number;
  /** Pages the project had already (left as they are). */
  kept: number;
}

/** Sends the backup's pages; resolves once the server has written those the project lacks. */
export async function uploadBackup(
  url: string,
  token: string,
  project: string,
  data: ProjectData,
): Promise<UploadOutcome> {
  const address = bundleAddress(url, project);
  const response = await fetch(address, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: backupBundle(project, data),
  }).catch((e: unknown) => {
    const why = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
    throw new Error(`no Galley server answers at ${url} (${why})`);
  });
  if (!response.ok) throw new Error(`the server refused the upload: ${await response.text()}`);
  return (await response.json()) as UploadOutcome;
}
