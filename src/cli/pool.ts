/**
 * A batch over the machine's cores: worker threads (one per core, at most one per file) each take the next file as
 * soon as they are free; results come back in the order of the inputs whatever order they finish in. One file that
 * fails — even one that kills its worker — is that file's error, never the batch's. Run from the TypeScript sources
 * (tests) there is no compiled worker: the files are then audited one after another in this thread.
 */
import { existsSync } from 'fs';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import { auditFile, type WorkOptions, type WorkResult } from './work';

export interface PoolOptions {
  /** Worker threads; 0 or 1 = in this thread. Default: one per core from 4 cores up, else this thread (see below). */
  workers?: number;
  /** Called as each file finishes (done of total, the file just finished). */
  onProgress?: (done: number, total: number, file: string) => void;
}

export function defaultWorkers(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

const WORKER = path.join(__dirname, 'worker.js');

export async function auditAll(files: string[], options: (file: string) => WorkOptions, pool: PoolOptions = {}): Promise<WorkResult[]> {
  // Measured on the 2-core development machine (npm run bench, 200 workbooks): two workers ran at 0.79× the speed of
  // one thread — two processes there each run this allocation-heavy work at half speed — so below 4 cores the default
  // is this thread; --workers N still chooses.
  const cores = defaultWorkers();
  const n = Math.min(pool.workers ?? (cores >= 4 ? cores : 1), files.length);
  const results: WorkResult[] = new Array(files.length);
  let done = 0;
  const finish = (i: number, r: WorkResult) => {
    results[i] = r;
    pool.onProgress?.(++done, files.length, files[i]);
  };
  if (n <= 1 || !existsSync(WORKER)) {
    for (let i = 0; i < files.length; i++) finish(i, await auditFile(files[i], options(files[i])));
    return results;
  }
  let next = 0;
  await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<void>((resolve) => {
          let current = -1;
          let w: Worker;
          const start = () => {
            // A heap of its own, bounded: a hostile file exhausts that worker, not the batch.
            w = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: 1536 } });
            w.on('message', (m: { i: number; result: WorkResult }) => {
              finish(m.i, m.result);
              current = -1;
              feed();
            });
            // A worker that dies (out of memory on a hostile file) fails its file only; a fresh one takes the rest.
            w.on('error', (e) => {
              if (current >= 0)
                finish(current, { file: files[current], notes: [], error: { zh: `无法读取（${e.message}）`, en: `cannot be read (${e.message})` } });
              current = -1;
              start();
              feed();
            });
          };
          const feed = () => {
            if (next >= files.length) {
              void w.terminate().then(() => resolve());
              return;
            }
            current = next++;
            w.postMessage({ i: current, file: files[current], options: options(files[current]) });
          };
          start();
          feed();
        }),
    ),
  );
  return results;
}
