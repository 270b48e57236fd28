// What `galley` prints, read and checked the same way by the fixture tests (tests/cli) and by
// the corpus suite on real pages (tests/corpus/cli).
import { expect } from 'vitest';
import type { ExportRecord } from '../../src/core/export/schema';

/** The JSON Lines `galley segment` prints. */
export const records = (stdout: string): ExportRecord[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ExportRecord);

/** One suggested article as `galley segment` must print it: every schema field, its source, spans that carry their raw text. */
export function expectSegmentRecord(r: ExportRecord, raw: string, file: string): void {
  expect(Object.keys(r)).toEqual(
    expect.arrayContaining([
      'schema',
      'source',
      'order',
      'section',
      'kicker',
      'title',
      'subtitle',
      'dateline',
      'byline',
      'paragraphs',
      'captions',
      'notes',
      'status',
      'spans',
    ]),
  );
  expect(r.source).toMatchObject({ file, encoding: 'utf-8' });
  expect(r.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(r.status).toBe('draft');
  for (const s of r.spans) expect(raw.slice(s.start, s.end)).toBe(s.text);
}

/** `galley clean --diff`: one change per line with a little context, not the page. */
export function expectDiffLines(stdout: string): void {
  const lines = stdout.trim().split('\n');
  for (const line of lines) {
    expect(line).toMatch(/\[-.*-\]|\{\+.*\+\}/);
    expect(line.length).toBeLessThan(80);
  }
  expect(lines.length).toBeGreaterThan(10);
}

/** `galley compare`: one line of figures, named as the review panel names them. */
export function compareFigures(stdout: string): Record<string, number> {
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  const figures = JSON.parse(lines[0]) as Record<string, number>;
  expect(Object.keys(figures)).toEqual([
    'reference_chars',
    'insertions',
    'deletions',
    'substitutions',
    'distance',
    'cer',
  ]);
  return figures;
}
