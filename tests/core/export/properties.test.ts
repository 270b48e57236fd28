import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportProject } from '../../../src/core/export/exportProject';
import { EXPORT_FORMATS } from '../../../src/core/export/snapshot';
import { article, page } from './fixtures';

// Anything an archivist might type or OCR might produce, including what breaks writers.
const tricky = fc.string({
  unit: fc.constantFrom(
    '报',
    '讯',
    'a',
    ' ',
    '\n',
    '\r',
    '\t',
    '&',
    '<',
    '>',
    '"',
    "'",
    ',',
    '/',
    '\\',
    ':',
    '*',
    '?',
    '|',
    '.',
    '#',
    '=',
    '\u0000',
    '\u0007',
    '\ufffe',
    '𠀀',
    '👍🏽',
    'é',
    'A',
  ),
  maxLength: 30,
});

describe('exports of arbitrary text', () => {
  it('always have safe unique names and parse back in every format', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(tricky, tricky), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('p.txt', 'a/b c.txt', 'con.txt', '..txt'),
        (fields, relativePath) => {
          const raw = fields.map(([t, p]) => t + '\n' + p).join('\n');
          let at = 0;
          const articles = fields.map(([title, paragraph], order) => {
            const t = { start: at, end: at + title.length };
            const p = { start: t.end + 1, end: t.end + 1 + paragraph.length };
            at = p.end + 1;
            return article('p1', order, {
              title: { text: title, spans: [t] },
              paragraphs: [{ text: paragraph, spans: [p] }],
              reviewer: title,
            });
          });
          const files = exportProject(
            { pages: [{ page: page('p1', relativePath, raw), raw, articles }] },
            { scope: { pages: 'all', reviewedOnly: false }, formats: EXPORT_FORMATS },
          );
          const seen = new Set<string>();
          for (const f of files) {
            const key = f.path.normalize('NFC').toLowerCase();
            expect(seen.has(key)).toBe(false);
            seen.add(key);
            for (const segment of f.path.split('/')) {
              // eslint-disable-next-line no-control-regex
              expect(segment).not.toMatch(/[\\:*?"<>|\u0000-\u001f]|^\.|[. ]$|^$/);
              expect(new TextEncoder().encode(segment).length).toBeLessThan(200);
            }
            expect(f.data as string).not.toContain('\r');
          }
          const tei = files.find((f) => f.path.endsWith('.tei.xml'))!.data as string;
          const errors: string[] = [];
          new DOMParser({ onError: (level, msg) => level !== 'warning' && errors.push(msg) }).parseFromString(
            tei,
            'text/xml',
          );
          expect(errors).toEqual([]);
          const annotations = JSON.parse(
            files.find((f) => f.path.endsWith('.annotations.json'))!.data as string,
          );
          const cps = [...raw];
          for (const item of annotations.items) {
            for (const target of item.target) {
              const [position, quote] = target.selector;
              expect(cps.slice(position.start, position.end).join('')).toBe(quote.exact);
            }
          }
          const csv = files.find((f) => f.path === 'manifest.csv')!.data as string;
          const { data, errors: csvErrors } = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' });
          expect(csvErrors).toEqual([]);
          expect(data.slice(1).filter((r) => r.length > 1)).toHaveLength(fields.length);
          const lines = (files.find((f) => f.path === 'corpus.jsonl')!.data as string).trim().split('\n');
          expect(lines.map((l) => JSON.parse(l).title)).toEqual(fields.map(([t]) => t));
        },
      ),
      { numRuns: 150 },
    );
  });
});
