/**
 * Convert one file of a batch: read, hash, skip when its output is up to date, decode, parse,
 * validate, serialise, and write atomically. Never throws: a bad file is a result, not a crash.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, readSync } from "node:fs";
import { dirname } from "node:path";
import { decode } from "../decode.js";
import { readBytes, writeAtomic, writeReason } from "../io.js";
import { isBlank, parseTaken, validateDocument } from "../parse.js";

export interface ConvertTask {
  /** index in the run's input order */
  index: number;
  path: string;
  /** where to write the JSON, if anywhere */
  out?: string;
  /** the sha256 a database already holds for this path, to skip an unchanged file */
  knownSha?: string;
  /** why this input is not converted at all (its output would be written over an input) */
  refuse?: string;
}

export interface ConvertOptions {
  force: boolean;
  /** return the JSON text (for --ndjson and --sqlite) */
  keepJson: boolean;
  maxBytes: number;
  version: string;
}

export type ConvertResult =
  | { index: number; path: string; status: "converted"; bytes: number; warnings: number; sha256: string; json?: string }
  | { index: number; path: string; status: "skipped"; bytes: number; sha256: string; json?: string }
  | { index: number; path: string; status: "failed"; bytes: number; error: string };

/** The sha256 and converter version an output file records in its first bytes, if any. */
export function recordedSource(out: string): { sha256: string; parser: string } | null {
  let fd: number | undefined;
  try {
    fd = openSync(out, "r");
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n).toString("utf8");
    const sha = /"sha256":"([0-9a-f]{64})"/.exec(head)?.[1];
    const parser = /"parser":"([^"]*)"/.exec(head)?.[1];
    return sha && parser !== undefined ? { sha256: sha, parser } : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Convert text already read (a file's bytes, or standard input). */
export function convertBytes(task: ConvertTask, bytes: Buffer, opts: ConvertOptions): ConvertResult {
  const { index, path } = task;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (!opts.force) {
    if (task.knownSha === sha256 && !task.out) return { index, path, status: "skipped", bytes: bytes.length, sha256 };
    if (task.out) {
      const rec = recordedSource(task.out);
      if (rec && rec.sha256 === sha256 && rec.parser === opts.version) {
        if (!opts.keepJson || task.knownSha === sha256) return { index, path, status: "skipped", bytes: bytes.length, sha256 };
        try {
          return { index, path, status: "skipped", bytes: bytes.length, sha256, json: readFileSync(task.out, "utf8").trimEnd() };
        } catch {
          // unreadable output: convert again
        }
      }
    }
  }
  const d = decode(bytes);
  if (!d.ok) return { index, path, status: "failed", bytes: bytes.length, error: d.reason };
  if (isBlank(d)) return { index, path, status: "failed", bytes: bytes.length, error: "the input is empty" };
  // (the parser takes the text from `d` once its lines are made: see parseTaken)
  const { document } = parseTaken(d);
  const problems = validateDocument(document);
  if (problems.length) return { index, path, status: "failed", bytes: bytes.length, error: `internal: the document does not match its schema: ${problems[0]}` };
  const { schemaVersion, ...rest } = document;
  // the source first, so that a later run reads whether the output is up to date from its first bytes
  const json = JSON.stringify({ schemaVersion, source: { path, sha256, bytes: bytes.length, parser: opts.version }, ...rest });
  if (task.out) {
    try {
      mkdirSync(dirname(task.out), { recursive: true });
      writeAtomic(task.out, json + "\n");
    } catch (e) {
      return { index, path, status: "failed", bytes: bytes.length, error: `cannot write ${task.out}: ${writeReason(e, task.out)}` };
    }
  }
  const warnings = document.diagnostics.filter((x) => x.severity !== "info").length;
  return { index, path, status: "converted", bytes: bytes.length, warnings, sha256, json: opts.keepJson ? json : undefined };
}

/** Read and convert one file. */
export function convertFile(task: ConvertTask, opts: ConvertOptions): ConvertResult {
  const { index, path } = task;
  if (task.refuse) return { index, path, status: "failed", bytes: 0, error: task.refuse };
  const r = readBytes(path, opts.maxBytes);
  if (!("bytes" in r)) return { index, path, status: "failed", bytes: r.size ?? 0, error: r.reason };
  try {
    return convertBytes(task, r.bytes, opts);
  } catch (e) {
    return { index, path, status: "failed", bytes: r.bytes.length, error: `internal error: ${(e as Error).message}` };
  }
}
