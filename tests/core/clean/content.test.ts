import { describe, expect, it } from 'vitest';
import {
  applyTransform,
  changedFields,
  cjkPunctuation,
  cleanContent,
  continuationMarks,
} from '../../../src/core/clean';
import { charDiff } from '../../../src/core/diff';
import { emptyContent, type ArticleContent } from '../../../src/core/model';

const raw = '本报讯(通讯员 张冲) 日前,经开区召开会议。①5\n\n会议要求,要加强统筹。记者 鲁慧';
const cut = raw.indexOf('\n');
const article = (): ArticleContent => ({
  ...emptyContent(),
  title: { text: '区财政局(审计局)召开会议', spans: [] },
  paragraphs: [
    { text: raw.slice(0, cut), spans: [{ start: 0, end: cut }] },
    { text: raw.slice(cut + 2), spans: [{ start: cut + 2, end: raw.length }] },
  ],
});

describe('transforms on an article', () => {
  it('change the fields they are meant for and list what changed, spans untouched', () => {
    const before = article();
    const { content } = applyTransform(cjkPunctuation, before);
    expect(changedFields(before, content)).toEqual([
      { field: { kind: 'title' }, before: '区财政局(审计局)召开会议', after: '区财政局（审计局）召开会议' },
      {
        field: { kind: 'paragraph', index: 0 },
        before: raw.slice(0, cut),
        after: '本报讯（通讯员 张冲） 日前，经开区召开会议。①5',
      },
      {
        field: { kind: 'paragraph', index: 1 },
        before: raw.slice(cut + 2),
        after: '会议要求，要加强统筹。记者 鲁慧',
      },
    ]);
    expect(content.paragraphs.map((p) => p.spans)).toEqual(before.paragraphs.map((p) => p.spans));
  });

  it('report a continuation mark against its field', () => {
    const { reports } = applyTransform(continuationMarks, article());
    expect(reports.map((r) => [r.field, r.text])).toEqual([[{ kind: 'paragraph', index: 0 }, '①5']]);
  });

  it('cleanContent moves dateline, byline and marks to their fields with their raw spans', () => {
    const { content } = cleanContent(article(), raw);
    expect(content.dateline.text).toBe('本报讯（通讯员 张冲）');
    expect(raw.slice(content.dateline.spans[0].start, content.dateline.spans[0].end)).toBe(
      '本报讯(通讯员 张冲)',
    );
    expect(content.byline.text).toBe('记者 鲁慧');
    expect(raw.slice(content.byline.spans[0].start, content.byline.spans[0].end)).toBe('记者 鲁慧');
    expect(content.notes.map((n) => [n.text, raw.slice(n.spans[0].start, n.spans[0].end)])).toEqual([
      ['①5', '①5'],
    ]);
    expect(content.paragraphs.map((p) => p.text)).toEqual([
      '日前，经开区召开会议。',
      '会议要求，要加强统筹。',
    ]);
  });

  it('previews a change character by character', () => {
    expect(charDiff('日前,经开区', '日前，经开区')).toEqual([
      { op: 'equal', text: '日前' },
      { op: 'delete', text: ',' },
      { op: 'insert', text: '，' },
      { op: 'equal', text: '经开区' },
    ]);
  });
});
