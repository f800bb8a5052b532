/** A worker thread of a batch: audits the files the main thread sends it, one at a time (src/cli/pool.ts). */
import { parentPort } from 'worker_threads';
import { auditFile, type WorkOptions } from './work';

parentPort?.on('message', (m: { i: number; file: string; options: WorkOptions }) => {
  auditFile(m.file, m.options).then(
    (result) => parentPort!.postMessage({ i: m.i, result }),
    (e: Error) => parentPort!.postMessage({ i: m.i, result: { file: m.file, notes: [], error: { zh: `无法读取（${e.message}）`, en: 'cannot be read' } } }),
  );
});
