import { describe, expect, it } from 'vitest';
import { workerProgress } from '../../../src/renderer/src/db/workerProgress';

describe('progress reported from a worker', () => {
  it('reaches the dialog while the work runs and is dropped once its answer is in', () => {
    const seen: number[] = [];
    const progress = workerProgress((made: number) => seen.push(made));
    progress.callback(100);
    progress.callback(200);
    progress.settle();
    // A late call from the worker's own message port, after the answer settled the dialog.
    progress.callback(300);
    expect(seen).toEqual([100, 200]);
  });
});
