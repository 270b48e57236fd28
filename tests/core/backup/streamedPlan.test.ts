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

  it('reads the planned file again to write it as the same records, and a copy cut short or missing records still fails', () => {
    const data = projectData();
    const file = streamBackup(data, { createdAt: 1_700_000_000_000 });
    const records = (bytes: Uint8Array, checked: boolean) => {
      const seen: unknown[] = [];
      const read = readBackupRecords(
        bytes,
        { record: (t, r) => seen.push([t, r]), figures: () => {} },
        { checked },
      );
      return read.ok ? seen : `${read.error.kind} ${read.error.code}`;
    };
    expect(records(file, true)).toEqual(records(file, false));
    expect(records(file.subarray(0, file.length - 30), true)).toMatch(
      /^corrupt backup\.(truncated|bad-compression)/,
    );
    const lines = new TextDecoder()
      .decode(streamBackup(data, { createdAt: 0, gzip: false }))
      .trimEnd()
      .split('\n');
    const dropped = [...lines.slice(0, 2), ...lines.slice(3)].join('\n') + '\n';
    expect(records(new TextEncoder().encode(dropped), true)).toBe('corrupt backup.truncated');
  });
});
