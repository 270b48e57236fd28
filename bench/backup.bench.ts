// backup.ms / restore.ms: a project of N generated articles (default 100,000; 50 to a page,
// half with a revision; text from the fixture pages) backed up with the streaming writer
// (version 2, JSON Lines through gzip: streamBackup) and read back with parseBackup (line by
// line as it is unpacked) + planRestore into an empty project (the Dexie writes are not
// included; bench/browser-review times the app's whole restore).
// Each phase runs in a fresh process, so its peak memory is its own: backup.peak_rss_mb is
// the phase's peak resident size above what the process held before it began, and
// *.peak_vs_unpacked that against the backup's uncompressed size (goal < 3).
// Scaled variants: `npx tsx bench/backup.bench.ts 10000` (or BACKUP_ARTICLES=10000).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'fflate';
import { parseBackup, planRestore, streamBackup, type ProjectData } from '../src/core/backup';
import { emptyProjectData } from '../src/core/backup/types';
import type { Article, Page, TextField } from '../src/core/model';
import { emptyContent } from '../src/core/model';
import { FIRST_TRAIN_PAGES, fixtureText } from '../tests/fixtures';

const PER_PAGE = 50;

function generate(articles: number): ProjectData {
  const lines = FIRST_TRAIN_PAGES.map(fixtureText)
    .flatMap((raw) => raw.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l.length > 4);
  let cursor = 0;
  const data = emptyProjectData();
  for (let p = 0; p * PER_PAGE < articles; p++) {
    const parts: string[] = [];
    let length = 0;
    const field = (text: string): TextField => {
      const start = length;
      parts.push(text, '\n');
      length += text.length + 1;
      return { text: text.replace(/ /g, ''), spans: [{ start, end: start + text.length }] };
    };
    const next = () => lines[cursor++ % lines.length];
    const pageId = `page-${String(p).padStart(5, '0')}`;
    for (let a = 0; a < PER_PAGE && p * PER_PAGE + a < articles; a++) {
      const article: Article = {
        ...emptyContent(),
        title: field(next().slice(0, 24)),
        paragraphs: [field(next()), field(next()), field(next())],
        byline: field('记者 王赛华'),
        id: `${pageId}-${a}`,
        pageId,
        order: a,
        status: 'corrected',
        createdAt: 1_763_600_000_000,
        updatedAt: 1_763_650_000_000,
      };
      data.articles.push(article);
      if (a % 2 === 0) {
        const { id, pageId: _p, order: _o, status, createdAt: _c, updatedAt, ...content } = article;
        data.revisions.push({ id: `r-${id}`, articleId: id, pageId, createdAt: updatedAt, status, content });
      }
    }
    const raw = parts.join('');
    const page: Page = {
      id: pageId,
      name: `${pageId}.txt`,
      relativePath: `1999/${pageId}.txt`,
      sha256: (p.toString(16) + 'ab'.repeat(32)).slice(0, 64),
      encoding: 'utf-8',
      bom: false,
      lineEndings: 'lf',
      byteLength: raw.length * 3,
      charLength: raw.length,
      importedAt: 1_763_500_000_000,
      empty: false,
      furniture: [],
      articleCount: PER_PAGE,
      coverage: 1,
    };
    data.pages.push(page);
    data.texts.push({ pageId, raw });
  }
  return data;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
/** CPU time (user + system) this process spent since `from`: on a loaded machine, next to the wall time. */
const cpuMsSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};
/** Peak resident size of this process so far, in bytes. */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

const [, , first, second, third] = process.argv;
if (first === '--phase') {
  const file = third;
  if (second === 'backup') {
    const data = generate(Number(process.env.BACKUP_ARTICLES));
    const before = process.memoryUsage().rss;
    const t = performance.now();
    const cpu = process.cpuUsage();
    const bytes = streamBackup(data, { createdAt: 1_763_700_000_000 });
    const ms = performance.now() - t;
    const cpuMs = cpuMsSince(cpu);
    const peak = peakRss() - before;
    writeFileSync(file, bytes);
    console.log(JSON.stringify({ ms, cpuMs, peak, bytes: bytes.byteLength }));
  } else {
    const bytes = new Uint8Array(readFileSync(file));
    const before = process.memoryUsage().rss;
    const t = performance.now();
    const cpu = process.cpuUsage();
    const read = parseBackup(bytes);
    if (!read.ok) throw new Error(`backup refused: ${read.error.code}`);
    const empty = emptyProjectData();
    const plan = planRestore(empty, read.data);
    const ms = performance.now() - t;
    const cpuMs = cpuMsSince(cpu);
    console.log(JSON.stringify({ ms, cpuMs, peak: peakRss() - before, articles: plan.put.articles.length }));
  }
} else {
  const articles = Number(first ?? process.env.BACKUP_ARTICLES ?? 100_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-backup-bench-'));
  const file = path.join(dir, 'project.galley-backup');
  const phase = (name: string) => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bench/backup.bench.ts', '--phase', name, file],
      {
        env: { ...process.env, BACKUP_ARTICLES: String(articles) },
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    if (run.status !== 0) throw new Error(`${name} phase failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop()!) as {
      ms: number;
      cpuMs: number;
      peak: number;
      bytes?: number;
    };
  };
  try {
    const backup = phase('backup');
    const unpacked = gunzipSync(new Uint8Array(readFileSync(file))).byteLength;
    const restore = phase('restore');
    console.log(`backup.articles: ${articles} articles`);
    console.log(`backup.file_mb: ${mb(backup.bytes!).toFixed(1)} MB`);
    console.log(`backup.unpacked_mb: ${mb(unpacked).toFixed(1)} MB`);
    console.log(`backup.ms: ${backup.ms.toFixed(0)} ms`);
    console.log(`backup.cpu_ms: ${backup.cpuMs.toFixed(0)} ms`);
    console.log(`backup.peak_rss_mb: ${mb(backup.peak).toFixed(0)} MB`);
    console.log(`backup.peak_vs_unpacked: ${(backup.peak / unpacked).toFixed(2)} x`);
    console.log(`restore.ms: ${restore.ms.toFixed(0)} ms`);
    console.log(`restore.cpu_ms: ${restore.cpuMs.toFixed(0)} ms`);
    console.log(`restore.peak_rss_mb: ${mb(restore.peak).toFixed(0)} MB`);
    console.log(`restore.peak_vs_unpacked: ${(restore.peak / unpacked).toFixed(2)} x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
