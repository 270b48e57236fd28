// The review figures a version-2 backup carries after its tables: read back as written,
// kept by a restore only for the content they were counted for, and a file whose figures
// lines were cut or altered is refused like any other damage.
import { gunzipSync, gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { articleFigures } from '../../../src/core/diff';
import { carriedFor, contentKey, countedFigures, FIGURES_VERSION } from '../../../src/core/backup/figures';
import { parseBackup } from '../../../src/core/backup/parse';
import { streamBackup } from '../../../src/core/backup/stream';
import { projectData } from './fixtures';

const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const enc = (s: string) => new TextEncoder().encode(s);

function withFigures() {
  const data = projectData();
  const raws = new Map(data.texts.map((t) => [t.pageId, t.raw]));
  const figures = data.articles.map((a) => countedFigures(a.id, a, raws.get(a.pageId)!));
  return { data, raws, figures };
}

describe('figures carried in a backup', () => {
  it('reads back the figures written after the tables, counted in the end line; a file without them reads as before', () => {
    const { data, figures } = withFigures();
    const file = streamBackup(data, { createdAt: 0, figures });
    const lines = dec(gunzipSync(file)).trimEnd().split('\n');
    const end = JSON.parse(lines[lines.length - 1]).end;
    expect(end.figures).toBe(figures.length);
    expect(Object.keys(JSON.parse(lines[lines.length - 2]))).toEqual(['figures']);
    const read = parseBackup(file);
    expect(read.ok && read.figures.map((f) => f.articleId).sort()).toEqual(
      figures.map((f) => f.articleId).sort(),
    );
    expect(read.ok && read.figures.find((f) => f.articleId === figures[0].articleId)).toEqual(figures[0]);
    const plain = streamBackup(data, { createdAt: 0 });
    expect('figures' in JSON.parse(dec(gunzipSync(plain)).trimEnd().split('\n').pop()!).end).toBe(false);
    const old = parseBackup(plain);
    expect(old.ok && old.figures).toEqual([]);
  });

  it('refuses a backup whose figures lines were cut off or are not figures', () => {
    const { data, figures } = withFigures();
    const lines = dec(gunzipSync(streamBackup(data, { createdAt: 0, figures })))
      .trimEnd()
      .split('\n');
    const cut = [...lines.slice(0, -2), lines[lines.length - 1]];
    const read = parseBackup(gzipSync(enc(cut.join('\n') + '\n')));
    expect(read.ok ? 'ok' : read.error.kind).toBe('corrupt');
    const broken = streamBackup(data, {
      createdAt: 0,
      figures: [{ ...figures[0], figures: { ...figures[0].figures, distance: -1 } }],
    });
    const bad = parseBackup(broken);
    expect(bad.ok ? 'ok' : `${bad.error.kind} ${bad.error.code}`).toBe('invalid backup.schema');
  });

  it('keeps carried figures only for the content they were counted for', () => {
    const { data, raws, figures } = withFigures();
    const byArticle = new Map(figures.map((f) => [f.articleId, f]));
    const article = data.articles.find((a) => a.paragraphs.length > 0 && a.paragraphs[0].text.length > 2)!;
    expect(carriedFor(byArticle, article.id, article)).toEqual(
      articleFigures(article, raws.get(article.pageId)!),
    );
    // One character typed, one span moved, or figures counted by another version: counted again.
    const typed = {
      ...article,
      paragraphs: [{ ...article.paragraphs[0], text: article.paragraphs[0].text + '。' }],
    };
    expect(contentKey(typed)).not.toBe(contentKey(article));
    expect(carriedFor(byArticle, article.id, typed)).toBeNull();
    const span = article.paragraphs[0].spans[0];
    const moved = {
      ...article,
      paragraphs: [{ ...article.paragraphs[0], spans: [{ start: span.start + 1, end: span.end }] }],
    };
    expect(carriedFor(byArticle, article.id, moved)).toBeNull();
    const older = new Map([[article.id, { ...byArticle.get(article.id)!, v: FIGURES_VERSION - 1 }]]);
    expect(carriedFor(older, article.id, article)).toBeNull();
    expect(carriedFor(new Map(), article.id, article)).toBeNull();
  });
});
