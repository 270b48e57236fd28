// `npm run server`: the team server in one command. Settings come from the environment:
//   GALLEY_SERVER_PORT    port (default 8787)
//   GALLEY_SERVER_DATA    folder for the embedded PostgreSQL and the secret (default ./galley-server)
//   GALLEY_DATABASE_URL   postgres://… : a real PostgreSQL instead of the embedded one
//   GALLEY_REDIS_URL      redis://… : several instances share updates (behind one load balancer)
//   GALLEY_SERVER_SECRET  the token-signing secret (default: made once, kept in the data folder;
//                         every instance behind one load balancer needs the same)
// `npm run server -- token --project ID --user NAME --role editor|reviewer|owner [--days N]`
// prints a membership token signed with the same secret.
// `npm run server -- upload BACKUP --project ID [--url ws://localhost:8787]` moves a project in
// from a backup file: the pages the server project lacks, through the running server.

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { isProjectId, isRole } from '../core/sync';
import { galleyServer } from './server';
import { pgliteStore, postgresStore } from './store';
import { mintToken } from './token';
import { uploadBackup } from './upload';
import { MAX_BACKUP_FILE_BYTES } from '../core/backup/format';
import { parseBackup } from '../core/backup/parse';
import { backupMessage } from '../cli/messages';

const env = process.env;
const dataDir = path.resolve(env.GALLEY_SERVER_DATA ?? 'galley-server');

function secret(): Uint8Array {
  if (env.GALLEY_SERVER_SECRET) return new TextEncoder().encode(env.GALLEY_SERVER_SECRET);
  const file = path.join(dataDir, 'secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

async function token(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      project: { type: 'string' },
      user: { type: 'string' },
      role: { type: 'string', default: 'editor' },
      days: { type: 'string', default: '30' },
    },
  });
  const days = Number(values.days);
  if (!values.project || !values.user || !isRole(values.role) || !(days > 0)) {
    console.error(
      'usage: npm run server -- token --project ID --user NAME --role editor|reviewer|owner [--days N]',
    );
    process.exit(2);
  }
  const role = values.role;
  console.log(await mintToken(secret(), { project: values.project, user: values.user, role }, days * 86400));
}

async function upload(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { project: { type: 'string' }, url: { type: 'string' } },
  });
  const url = values.url ?? `ws://localhost:${env.GALLEY_SERVER_PORT ?? 8787}`;
  if (positionals.length !== 1 || !values.project || !isProjectId(values.project)) {
    console.error('usage: npm run server -- upload BACKUP --project ID [--url ws://localhost:8787]');
    process.exit(2);
  }
  const [file] = positionals;
  if (statSync(file).size > MAX_BACKUP_FILE_BYTES)
    throw new Error(`${file}: larger than a Galley backup can be`);
  const backup = parseBackup(readFileSync(file));
  if (!backup.ok) throw new Error(`${file}: ${backupMessage(backup.error)}`);
  const token = await mintToken(secret(), { project: values.project, user: 'upload', role: 'owner' }, 3600);
  const { uploaded, kept } = await uploadBackup(url, token, values.project, backup.data);
  console.log(
    `uploaded ${uploaded} pages to ${values.project} (${kept} the project had already were left as they are)`,
  );
  process.exit(0);
}

/** The data folder, made on the first start (PGlite makes only its own folder inside). */
function dataFolder(): string {
  mkdirSync(dataDir, { recursive: true });
  return dataDir;
}

/**
 * A fresh embedded database is made by a child process: PGlite's initdb leaves about 500 MB
 * in the process that ran it (840 MB resident against 360 MB for one opening a made folder).
 */
function madeStoreFolder(): string {
  const pgdata = path.join(dataFolder(), 'pgdata');
  if (existsSync(path.join(pgdata, 'PG_VERSION'))) return pgdata;
  const made = spawnSync(process.execPath, [...process.execArgv, process.argv[1], 'make-store', pgdata], {
    stdio: 'inherit',
  });
  if (made.status !== 0) throw new Error(`could not make the embedded database in ${pgdata}`);
  return pgdata;
}

async function makeStore(pgdata: string | undefined): Promise<void> {
  if (!pgdata) throw new Error('make-store needs a folder');
  await (await pgliteStore(pgdata)).close();
  process.exit(0);
}

async function serve(): Promise<void> {
  const port = Number(env.GALLEY_SERVER_PORT ?? 8787);
  const store = env.GALLEY_DATABASE_URL
    ? await postgresStore(env.GALLEY_DATABASE_URL)
    : await pgliteStore(madeStoreFolder());
  const server = galleyServer({
    port,
    store,
    secret: secret(),
    ...(env.GALLEY_REDIS_URL ? { redisUrl: env.GALLEY_REDIS_URL } : {}),
  });
  await server.listen();
  const where = env.GALLEY_DATABASE_URL
    ? 'PostgreSQL (GALLEY_DATABASE_URL)'
    : `embedded PostgreSQL in ${dataDir}`;
  console.log(`Galley server on ws://localhost:${port}, ${await store.count()} documents in ${where}`);
  const stop = async (): Promise<void> => {
    await server.destroy();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

const [command, ...rest] = process.argv.slice(2);
const run =
  command === 'token'
    ? token(rest)
    : command === 'upload'
      ? upload(rest)
      : command === 'make-store'
        ? makeStore(rest[0])
        : command === undefined
          ? serve()
          : Promise.reject(new Error(`unknown command: ${command}`));
run.catch((e: unknown) => {
  console.error(`galley server: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
