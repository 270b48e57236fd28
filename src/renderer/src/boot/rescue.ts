// The backup offered when the database will not open: the tables read as they are
// (readStored.ts), written in the ordinary backup format and saved through the Host.

import { makeBackup } from '../../../core/backup';
import { backupName } from '../backup/makeProjectBackup';
import type { Host } from '../host/Host';
import type { RescueResult } from './BootFailure';
import { readStoredProject } from './readStored';

export async function rescueBackup(
  dbName: string,
  host: Host,
  now: Date = new Date(),
): Promise<RescueResult> {
  const data = await readStoredProject(dbName);
  const bytes = makeBackup(data, { createdAt: now.getTime() });
  const name = backupName(now);
  const saved = await host.saveFile(name, bytes);
  return { saved, name, pages: data.pages.length, articles: data.articles.length };
}
