// Moving a project in from the app: a backup file's pages sent to the server project in
// one request (POST of a bundle, with the owner's token). The server writes only the pages
// the project lacks; members get them by opening the server project (Share and sync).

import { parseBackup } from '../../../core/backup/parse';
import { backupBundle, bundleAddress } from '../../../core/sync';
import type { TeamSettings } from './teamSync';

export type UploadOutcome =
  | { ok: true; uploaded: number; kept: number }
  | { ok: false; problem: 'team.uploadNotBackup' | 'team.uploadRefused' | 'team.uploadUnreachable' };

export async function uploadBackupFile(settings: TeamSettings, bytes: Uint8Array): Promise<UploadOutcome> {
  const backup = parseBackup(bytes);
  if (!backup.ok) return { ok: false, problem: 'team.uploadNotBackup' };
  const body = backupBundle(settings.project, backup.data);
  try {
    const response = await fetch(bundleAddress(settings.url, settings.project), {
      method: 'POST',
      headers: { Authorization: `Bearer ${settings.token}` },
      body,
    });
    if (!response.ok) return { ok: false, problem: 'team.uploadRefused' };
    const { uploaded, kept } = (await response.json()) as { uploaded: number; kept: number };
    return { ok: true, uploaded, kept };
  } catch {
    return { ok: false, problem: 'team.uploadUnreachable' };
  }
}
