/**
 * Batch conversion: `minutes parse 'archive/**\/*.txt' --out-dir out/` (and `--ndjson`,
 * `--sqlite`). One bad file never stops the run; it is reported and counted, and the exit code
 * says whether every file converted.
 */
import { availableParallelism } from "node:os";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { expandInputs, type Input } from "../files.js";
import { CliFailure, MB, maxSizeBytes, overLimit, realPathOf, temporaryTarget, writeReason, type Io } from "../io.js";
import type { MinutesDocumentT } from "../schema.js";
import { convertBytes, type ConvertOptions, type ConvertResult, type ConvertTask } from "./convert.js";
import { convertAll } from "./pool.js";
import { Progress, type ProgressMode, type Tally } from "./progress.js";
import type { ArchiveDb } from "./sqlite.js";

export interface BatchOptions {
  outDir?: string;
  ndjson?: boolean;
  sqlite?: string;
  jobs?: string;
  force?: boolean;
  quiet?: boolean;
  progress?: boolean;
  maxSize: string;
}

/**
 * Where each input's JSON goes: its path under the argument that named it, `.json` for its ending.
 * Two inputs never share an output: "a.txt" and "a.md" side by side give a.json and a.md.json, and
 * the same path under two folders given (`councilA/ councilB/`) gives a.json, a.txt.json, then
 * a-3.json, a-4.json, ... in the order of the inputs, so the same command writes the same names.
 * (Names are compared without case, for file systems that do not tell "A.json" from "a.json".)
 */
function plan(inputs: readonly Input[], outDir: string | undefined): (string | undefined)[] {
  if (!outDir) return inputs.map(() => undefined);
  const taken = new Set<string>();
  return inputs.map((i) => {
    const ext = extname(i.rel);
    const stem = ext ? i.rel.slice(0, -ext.length) : i.rel;
    let rel = stem + ".json";
    const has = (r: string) => taken.has(r.toLowerCase());
    if (has(rel)) rel = i.rel + ".json";
    for (let k = 3; has(rel); k++) rel = `${stem}-${k}.json`;
    taken.add(rel.toLowerCase());
    return join(outDir, rel);
  });
}

/**
 * Remove the temporary files an interrupted run left beside the outputs this run plans: only names
 * of this command's own form (`.cabinet.json.minutes-4711.tmp`), never another file of the folder.
 */
function sweepTemporaries(outs: readonly (string | undefined)[]): void {
  const byFolder = new Map<string, Set<string>>();
  for (const o of outs) {
    if (!o) continue;
    const dir = dirname(o);
    let names = byFolder.get(dir);
    if (!names) byFolder.set(dir, (names = new Set()));
    names.add(basename(o));
  }
  for (const [dir, names] of byFolder) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue; // (a folder not made yet, or unreadable: its outputs' writes will say so)
    }
    for (const e of entries) {
      const target = temporaryTarget(e);
      if (target !== undefined && names.has(target)) rmSync(join(dir, e), { force: true });
    }
  }
}

/** The number of worker threads: what was asked for, at most one a core. */
function jobCount(asked: string | undefined, io: Io, quiet: boolean): number {
  const cores = availableParallelism();
  if (asked === undefined) return cores;
  const jobs = Number(asked);
  if (!Number.isInteger(jobs) || jobs < 1) throw new CliFailure(`minutes parse: error: --jobs takes a whole number of at least 1, not '${asked}'`, 2);
  if (jobs > cores) {
    // (more threads than cores only add memory: 100 workers took 4 GB and ran no faster)
    if (!quiet) io.stderr(`minutes: note: --jobs ${jobs} is more than the ${cores} cores here; running ${cores}\n`);
    return cores;
  }
  return jobs;
}

/** Run a batch; returns the exit code. */
export async function batchCommand(args: readonly string[], opts: BatchOptions, io: Io, version: string, workerUrl: URL): Promise<number> {
  const jobs = jobCount(opts.jobs, io, !!opts.quiet);
  const maxBytes = maxSizeBytes(opts.maxSize, "minutes parse");
  if (args.length === 0) throw new CliFailure("minutes parse: error: give files, folders or glob patterns to convert", 2);

  const { inputs, problems } = expandInputs(args);
  for (const p of problems) io.stderr(`${p.replace(/^([^:]*): /, "$1: error: ")}\n`);
  if (inputs.length === 0) return 2;

  if (opts.outDir && existsSync(opts.outDir) && !statSync(opts.outDir).isDirectory()) throw new CliFailure(`${opts.outDir}: error: --out-dir names a file, not a folder`, 2);
  if (opts.sqlite) {
    const dbReal = realPathOf(opts.sqlite);
    const clash = dbReal && inputs.find((i) => realPathOf(i.path) === dbReal);
    if (clash) throw new CliFailure(`${opts.sqlite}: error: --sqlite names one of the inputs (${clash.path}); the database would be written over it`, 2);
  }

  let db: ArchiveDb | undefined;
  if (opts.sqlite) {
    const { ArchiveDb } = await import("./sqlite.js");
    try {
      db = await ArchiveDb.open(opts.sqlite);
    } catch (e) {
      throw new CliFailure(`${opts.sqlite}: error: cannot open the database: ${writeReason(e, opts.sqlite)}`, 2);
    }
  }
  const known = db?.known() ?? new Map<string, { sha256: string; parser: string }>();
  const outs = plan(inputs, opts.outDir);
  // an interrupted run leaves temporary files behind, never half-written outputs
  sweepTemporaries(outs);
  // a document is one row, by the real path of its file, whatever path named it
  const keys = inputs.map((i) => (i.path === "-" ? "<stdin>" : (realPathOf(i.path) ?? i.path)));
  const convertOpts: ConvertOptions = { force: !!opts.force, keepJson: !!opts.ndjson || !!db, maxBytes, version };
  const inputReal = new Set(keys);
  const tasks: ConvertTask[] = inputs.map((i, index) => {
    const k = known.get(keys[index]!);
    const out = outs[index];
    // an output that is itself one of the inputs (`'*' --out-dir .` over a.json) is never written
    const clash = out !== undefined && inputReal.has(realPathOf(out) ?? "");
    return { index, path: i.path, out, knownSha: k && k.parser === version ? k.sha256 : undefined, refuse: clash ? `its output ${out} is one of the inputs, and would be written over` : undefined };
  });

  const mode: ProgressMode = opts.quiet || opts.progress === false ? "none" : io.stderrIsTTY?.() ? "bar" : "lines";
  const progress = new Progress(mode, io.stderr, undefined, () => io.stderrColumns?.());
  const tally: Tally = { done: 0, total: tasks.length, converted: 0, skipped: 0, failed: 0, warnings: 0, bytes: 0 };
  // --ndjson keeps the input order: results that arrive early wait for those before them
  const pending = new Map<number, string | null>();
  let nextOut = 0;
  const flush = () => {
    while (pending.has(nextOut)) {
      const line = pending.get(nextOut)!;
      pending.delete(nextOut++);
      if (line !== null) io.stdout(line + "\n");
    }
  };
  let dbBatch = 0;
  db?.begin();
  const onResult = (r: ConvertResult) => {
    tally.done++;
    tally.bytes += r.bytes;
    if (r.status === "failed") {
      tally.failed++;
      progress.clear();
      io.stderr(`${r.path}: error: ${r.error}\n`);
    } else if (r.status === "skipped") tally.skipped++;
    else {
      tally.converted++;
      tally.warnings += r.warnings;
    }
    if (opts.ndjson) {
      pending.set(r.index, r.status !== "failed" && r.json ? r.json : null);
      flush();
    }
    if (db && r.status !== "failed" && r.json) {
      db.put(JSON.parse(r.json) as MinutesDocumentT, keys[r.index]!);
      if (++dbBatch % 200 === 0) {
        db.commit();
        db.begin();
      }
    }
    progress.update(tally);
  };

  const stdinAt = inputs.findIndex((i) => i.path === "-");
  const fileTasks = tasks.filter((t) => t.path !== "-");
  if (stdinAt >= 0) {
    const bytes = io.readStdin(maxBytes);
    const task = { ...tasks[stdinAt]!, path: "<stdin>" };
    onResult(
      bytes.length > maxBytes
        ? { index: task.index, path: task.path, status: "failed", bytes: bytes.length, error: `input is ${overLimit(maxBytes)}` }
        : convertBytes(task, bytes, convertOpts),
    );
  }
  await convertAll(fileTasks, convertOpts, { jobs, workerUrl }, onResult);
  flush();
  let counts = "";
  if (db) {
    db.commit();
    const c = db.counts();
    counts = `; database ${opts.sqlite}: ${c["meetings"]} meetings, ${c["attendees"]} attendees, ${c["items"]} items, ${c["resolutions"]} resolutions, ${c["questions"]} questions`;
    db.close();
  }
  progress.update(tally, true);
  progress.clear();
  if (!opts.quiet) {
    const secs = progress.elapsed();
    const mb = tally.bytes / MB;
    io.stderr(
      `minutes: ${tally.converted} converted, ${tally.skipped} skipped (up to date), ${tally.failed} failed, ${tally.warnings} warnings; ` +
        `${mb.toFixed(2)} MB in ${secs.toFixed(1)} s (${(tally.done / secs).toFixed(1)} files/s, ${(mb / secs).toFixed(2)} MB/s, ${jobs} ${jobs === 1 ? "job" : "jobs"})${counts}\n`,
    );
  }
  if (problems.length) return 2;
  return tally.failed > 0 ? 1 : 0;
}
