import { describe, expect, it } from 'vitest';
import { readBackupRecords } from '../../../src/core/backup/parse';
import { planRestore, RestorePlanner } from '../../../src/core/backup/restore';
import { streamBackup } from '../../../src/core/backup/stream';
import { emptyProjectData } from '../../../src/core/backup/types';
import { projectData } from './fixtures';

describe('a restore planned as the backup streams past', () => {
  it('keeps which of the backup’s articles, texts and revisions to write, not the records, and agrees with the plan over records in hand', () => {
    const data = projectData();
    const file = streamBackup(data, { createdAt: 1_700_000_000_000 });
    const planner = new RestorePlanner(emptyProjectData());
    const read = readBackupRecords(file, { record: (t, r) => planner.record(t, r), figures: () => {} });
    expect(read.ok).toBe(true);
    const streamed = planner.finish();
    expect(streamed.put.articles).toEqual([]);
    expect(streamed.put.texts).toEqual([]);
    const whole = planRestore(emptyProjectData(), data);
    expect([...streamed.fromBackup.articles.keys()].sort()).toEqual(
      whole.put.articles.map((a) => a.id).sort(),
    );
    expect([...streamed.fromBackup.texts].sort()).toEqual(whole.put.texts.map((t) => t.pageId).sort());
    expect(streamed.counts).toEqual(whole.counts);
    expect(streamed.conflicts).toEqual(whole.conflicts);
  });

  it('refuses a backup whose tables are out of order', () => {
    const data = projectData();
    const lines = new TextDecoder()
      .decode(streamBackup(data, { createdAt: 0, gzip: false }))
      .trimEnd()
      .split('\n');
    const article = lines.findIndex((l) => l.startsWith('{"articles"'));
    const page = lines.findIndex((l) => l.startsWith('{"pages"'));
    [lines[page], lines[article]] = [lines[article], lines[page]];
    const planner = new RestorePlanner(emptyProjectData());
    const read = readBackupRecords(new TextEncoder().encode(lines.join('\n') + '\n'), {
      record: (t, r) => planner.record(t, r),
      figures: () => {},
    });
    expect(read.ok ? null : [read.error.kind, read.error.code]).toEqual(['invalid', 'backup.schema']);
  });
});
