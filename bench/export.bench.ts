// export.articles_per_s: 10,000 generated articles by default (pages of 50, text from the fixture pages)
// exported in every format, including writing the files to a temporary folder the way
// `galley export` does (staged in a folder of its own, then swapped in); export.cost_vs_plain_write: that time
// against a plain writeFile loop of the same bytes into the same kind of folder, same run.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeExport } from '../src/cli/exportFolder';
import { exportFiles, exportProject } from '../src/core/export/exportProject';
import type { ProjectSnapshot } from '../src/core/export/snapshot';
import { EXPORT_FORMATS } from '../src/core/export/snapshot';
import type { Article, Page, TextField } from '../src/core/model';
import { emptyContent } from '../src/core/model';
import { FIRST_TRAIN_PAGES, fixtureText } from '../tests/fixtures';

const lines = FIRST_TRAIN_PAGES.map(fixtureText)
  .flatMap((raw) => raw.split('\n'))
  .map((l) => l.replace(/^#+\s*/, '').trim())
  .filter((l) => l.length > 4);

// `npm run bench -- export 100000` (or `npx tsx bench/export.bench.ts 100000`) for the scaled variant.
const PER_PAGE = 50;
const PAGES = Math.ceil(Number(process.argv[2] ?? 10_000) / PER_PAGE);

function generate(): ProjectSnapshot {
  let cursor = 0;
  const next = (): string => lines[cursor++ % lines.length];
  const pages: ProjectSnapshot['pages'] = [];
  for (let p = 0; p < PAGES; p++) {
    let raw = '';
    const field = (text: string): TextField => {
      const start = raw.length;
      raw += text + '\n';
      // The correction: OCR spaces between CJK characters removed, a misread 己 fixed.
      return {
        text: text.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '').replace(/己/g, '已'),
        spans: [{ start, end: start + text.length }],
      };
    };
    const id = `page-${String(p).padStart(4, '0')}`;
    const articles: Article[] = [];
    for (let a = 0; a < PER_PAGE; a++) {
      const title = field(next().slice(0, 24));
      const paragraphs = [field(next()), field(next()), field(next())];
      articles.push({
        ...emptyContent(),
        title,
        dateline: field('本报讯'),
        paragraphs,
        byline: field('记者 王赛华 通讯员 李淑婷'),
        id: `${id}-${a}`,
        pageId: id,
        order: a,
        status: a % 3 === 0 ? 'reviewed' : 'corrected',
        ...(a % 3 === 0 && { reviewer: '李淑婷', reviewedAt: 1_763_700_000_000 }),
        createdAt: 1_763_600_000_000,
        updatedAt: 1_763_650_000_000,
      });
    }
    const page: Page = {
      id,
      name: `${id}.txt`,
      relativePath: `1999-05/${id}.txt`,
      sha256: 'ab'.repeat(32),
      encoding: 'gb18030',
      bom: false,
      lineEndings: 'crlf',
      byteLength: raw.length * 2,
      charLength: raw.length,
      importedAt: 1_763_500_000_000,
      empty: false,
      furniture: [],
      articleCount: PER_PAGE,
      coverage: 1,
    };
    pages.push({ page, raw, articles });
  }
  return { pages };
}

async function plainWrite(dir: string, files: { path: string; bytes: Buffer }[]): Promise<void> {
  const made = new Set<string>();
  for (const f of files) {
    const target = path.join(dir, f.path);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile(target, f.bytes);
  }
}

const project = generate();
const base = await mkdtemp(path.join(tmpdir(), 'galley-export-bench-'));
const options = { scope: { pages: 'all' as const, reviewedOnly: false }, formats: EXPORT_FORMATS };
const fullMs: number[] = [];
const plainMs: number[] = [];
const exportOnlyMs: number[] = [];
let fileCount = 0;
let byteCount = 0;
try {
  for (let round = 0; round < 3; round++) {
    // Making the files alone, for the record.
    let t = performance.now();
    const files = exportProject(project, options);
    exportOnlyMs.push(performance.now() - t);

    // The full export as `galley export` runs it: made and written as it goes.
    t = performance.now();
    const out = path.join(base, `full-${round}`);
    await mkdir(out, { recursive: true });
    await writeExport(out, exportFiles(project, options));
    fullMs.push(performance.now() - t);

    const bytes = files.map((f) => ({ path: f.path, bytes: Buffer.from(f.data as string, 'utf8') }));
    fileCount = bytes.length;
    byteCount = bytes.reduce((n, f) => n + f.bytes.length, 0);
    t = performance.now();
    await plainWrite(path.join(base, `plain-${round}`), bytes);
    plainMs.push(performance.now() - t);
  }
} finally {
  await rm(base, { recursive: true, force: true });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const articles = PAGES * PER_PAGE;
console.log(`export.files: ${fileCount} files`);
console.log(`export.bytes: ${(byteCount / 1e6).toFixed(1)} MB`);
console.log(`export.total_ms: ${median(fullMs).toFixed(0)} ms`);
console.log(`export.build_ms: ${median(exportOnlyMs).toFixed(0)} ms`);
console.log(`export.plain_write_ms: ${median(plainMs).toFixed(0)} ms`);
console.log(`export.articles_per_s: ${((articles / median(fullMs)) * 1000).toFixed(0)} articles/s`);
console.log(`export.cost_vs_plain_write: ${(median(fullMs) / median(plainMs)).toFixed(2)} x`);
