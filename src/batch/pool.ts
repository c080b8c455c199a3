/**
 * Spread conversions over worker threads. Files go out in small batches so that a worker is
 * never idle for long and the messages' overhead stays small; a worker that dies fails only the
 * files of the batch it held, and a new one takes its place.
 */
import { Worker } from "node:worker_threads";
import { convertFile, type ConvertOptions, type ConvertResult, type ConvertTask } from "./convert.js";

export interface PoolOptions {
  jobs: number;
  /** files per message */
  batchSize?: number;
  /** the worker script (the bundle's `worker.mjs`) */
  workerUrl: URL;
}

/** Convert every task, calling `onResult` as each finishes. With one job, no worker is started. */
export async function convertAll(tasks: readonly ConvertTask[], opts: ConvertOptions, pool: PoolOptions, onResult: (r: ConvertResult) => void): Promise<void> {
  if (pool.jobs <= 1 || tasks.length <= 1) {
    for (const t of tasks) {
      onResult(convertFile(t, opts));
      // let the event loop draw progress and flush output between files
      if (t.index % 16 === 15) await new Promise((r) => setImmediate(r));
    }
    return;
  }
  const size = pool.batchSize ?? 8;
  const batches: ConvertTask[][] = [];
  for (let i = 0; i < tasks.length; i += size) batches.push(tasks.slice(i, i + size));
  let next = 0;
  let id = 0;
  const inFlight = new Map<number, ConvertTask[]>();
  await new Promise<void>((resolve) => {
    let live = 0;
    const start = () => {
      const w = new Worker(pool.workerUrl);
      live++;
      let mine: number | null = null;
      const feed = () => {
        if (next >= batches.length) {
          mine = null;
          void w.terminate();
          return;
        }
        mine = id++;
        inFlight.set(mine, batches[next]!);
        w.postMessage({ id: mine, tasks: batches[next++]!, opts });
      };
      w.on("message", (msg: { id: number; results: ConvertResult[] }) => {
        inFlight.delete(msg.id);
        for (const r of msg.results) onResult(r);
        feed();
      });
      w.on("error", (e) => {
        // the worker is gone: its batch fails, a fresh worker carries on
        if (mine !== null) {
          for (const t of inFlight.get(mine) ?? []) onResult({ index: t.index, path: t.path, status: "failed", bytes: 0, error: `internal error: the worker stopped: ${e.message}` });
          inFlight.delete(mine);
          mine = null;
        }
        if (next < batches.length) start();
      });
      w.on("exit", () => {
        live--;
        if (live === 0 && inFlight.size === 0) resolve();
      });
      feed();
    };
    for (let k = 0; k < Math.min(pool.jobs, batches.length); k++) start();
  });
}
