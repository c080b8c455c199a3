/**
 * Input and output shared by the commands: reading a file or standard input with its limits and
 * decoding, atomic writes, and the failure type that carries an exit code.
 */
import { chmodSync, chownSync, closeSync, fstatSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, basename, join } from "node:path";
import { decode } from "./decode.js";

/** A failure the user must act on, with the exit code it earns. */
export class CliFailure extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** standard input's bytes: all of them, or the first `limit` + 1 where there are more */
  readStdin: (limit: number) => Buffer;
  /** whether colour is wanted when the user did not say (a terminal, and no NO_COLOR) */
  colorByDefault?: () => boolean;
  /** whether stderr is a terminal (a progress bar) or a log (plain lines) */
  stderrIsTTY?: () => boolean;
  /** the width of the terminal stderr is, if it is one */
  stderrColumns?: () => number | undefined;
}

export const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: (limit) => readUpTo(0, limit),
  colorByDefault: () => !!process.stdout.isTTY && !process.env["NO_COLOR"] && process.env["TERM"] !== "dumb",
  stderrIsTTY: () => !!process.stderr.isTTY,
  stderrColumns: () => process.stderr.columns,
};

export const MB = 1024 * 1024;

/** "over the 50 MB limit (...)": the limit as it was given, to two places at most ("0.01 MB"). */
export function overLimit(maxBytes: number): string {
  return `over the ${+(maxBytes / MB).toFixed(2)} MB limit (raise it with --max-size)`;
}

/** Read one input: a path or `-` for standard input. */
export function readInput(file: string, io: Io, maxBytes: number): string {
  return readDecoded(file, io, maxBytes).text;
}

/**
 * The bytes of one file, within a size limit; what went wrong as a reason (no file name), for the
 * caller to report as it reports errors.
 */
export function readBytes(file: string, maxBytes: number): { bytes: Buffer } | { reason: string; directory?: boolean; size?: number } {
  let fd: number | undefined;
  try {
    // (opened first and asked of its kind after: what is read is what was checked)
    fd = openSync(file, "r");
    const st = fstatSync(fd);
    if (st.isDirectory()) return { reason: "is a directory, not a file", directory: true, size: 0 };
    if (st.isFile() && st.size > maxBytes) return { reason: `file is ${(st.size / MB).toFixed(1)} MB, ${overLimit(maxBytes)}`, size: st.size };
    // a device, a pipe or a file still growing says nothing true of its size: every read stops
    // one chunk past the limit (`/dev/zero` is refused at once, not read to the end of memory)
    const bytes = readUpTo(fd, maxBytes);
    if (bytes.length > maxBytes) return { reason: `input is ${overLimit(maxBytes)}`, size: bytes.length };
    return { bytes };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : (e as Error).message;
    if (code === "EISDIR") return { reason: "is a directory, not a file", directory: true, size: 0 };
    return { reason: `cannot read: ${why}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The real path of `path` (links resolved), or null where there is no such file. */
export function realPathOf(path: string): string | null {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
}

/** Whether writing `output` would write over the input `input` (the same file by its real path). */
export function isSameFile(output: string, input: string): boolean {
  if (input === "-") return false;
  const a = realPathOf(output);
  return a !== null && a === realPathOf(input);
}

/** Read one input and say how it was encoded (a fix is written back only to UTF-8). */
export function readDecoded(file: string, io: Io, maxBytes: number): { text: string; encoding: string } {
  const name = file === "-" ? "<stdin>" : file;
  let bytes: Buffer;
  if (file === "-") bytes = io.readStdin(maxBytes);
  else {
    const r = readBytes(file, maxBytes);
    if (!("bytes" in r)) {
      const hint = r.directory ? " (give a file, or '-' for standard input; convert a folder with --out-dir, --ndjson or --sqlite)" : "";
      throw new CliFailure(`${name}:1:1: error: ${r.reason}${hint}`, 2);
    }
    bytes = r.bytes;
  }
  if (bytes.length > maxBytes) throw new CliFailure(`${name}:1:1: error: input is ${overLimit(maxBytes)}`, 2);
  const d = decode(bytes);
  if (!d.ok) throw new CliFailure(`${name}:1:1: error: ${d.reason}`, 2);
  return { text: d.text, encoding: d.encoding };
}

/**
 * The bytes of a stream (standard input) until its end, or until more than `limit` have come: a
 * caller refuses those, and a stream of gigabytes is not read whole, nor held, to find it too big.
 * (`readFileSync(0)` read 300 MB piped in, to 676 MB of memory, before the size was checked.)
 */
export function readUpTo(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(1 << 16);
  while (total <= limit) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // a non-blocking pipe with nothing yet: wait a little; Windows says EOF at the end
      if (code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/** The byte limit of a --max-size value in megabytes, or a usage error naming the command. */
export function maxSizeBytes(value: string, command: string): number {
  const n = Math.round(Number(value) * MB);
  if (!Number.isFinite(n) || n <= 0) throw new CliFailure(`${command}: error: --max-size takes a number of megabytes, not '${value}'`, 2);
  return n;
}

/**
 * Write a command's output to a file, atomically, or to standard output when no file is given. The
 * output is a string or pieces of one (see `json.ts`), each written as it comes, so that a large
 * output is never held whole.
 */
export function writeOutput(path: string | undefined, data: string | Iterable<string>, io: Io): void {
  if (!path) {
    for (const p of typeof data === "string" ? [data] : data) io.stdout(p);
    return;
  }
  try {
    writeAtomic(path, data);
  } catch (e) {
    throw new CliFailure(`${path}:1:1: error: cannot write: ${writeReason(e, path)}`, 2);
  }
}

/**
 * Why a write to `path` failed, in terms of the user's path: the system's message would name the
 * temporary file beside it (see `writeAtomic`), or say "resource busy" for a directory. An error
 * with no system code (or only the SQLite library's) is explained by the path's folder where it can be.
 */
export function writeReason(e: unknown, path: string): string {
  try {
    if (statSync(path).isDirectory()) return "is a directory, not a file";
  } catch {
    // (no such path yet: the usual case)
  }
  const folder = dirname(path);
  let code = (e as NodeJS.ErrnoException).code;
  // the SQLite library's own codes (SQLITE_CANTOPEN) say nothing of which part of the path failed
  if (!code || code.startsWith("SQLITE_")) {
    code = undefined;
    try {
      if (!statSync(folder).isDirectory()) code = "ENOTDIR";
    } catch {
      code = "ENOENT";
    }
  }
  if (code === "ENOENT") return `no such folder: ${folder}`;
  if (code === "ENOTDIR") return `${folder} is not a folder`;
  if (code === "EACCES" || code === "EPERM") return `permission denied (in ${folder})`;
  if (code === "ENOSPC") return "no space left on the device";
  if (code === "EROFS") return "read-only file system";
  return (e as Error).message;
}

/**
 * The mark of this command's temporary files, `.NAME.minutes-PID.tmp` beside the file NAME they
 * become: a run that was killed leaves them, and the next one removes only names of this form
 * beside the outputs it plans (see `temporaryTarget`), never a user's own `.notes.tmp`.
 */
const TEMP_MARK = ".minutes-";
const TEMP_NAME = /^\.(.+)\.minutes-\d+\.tmp$/;

/** The file that `name`, if it is one of this command's temporary files, was to become. */
export function temporaryTarget(name: string): string | undefined {
  return TEMP_NAME.exec(name)?.[1];
}

/**
 * Write a file through a temporary one beside it, renamed into place; none is left when it fails.
 * A link is written through to the file it names, and a file that was there keeps its mode and its
 * owner (where the process may give it that owner).
 */
export function writeAtomic(path: string, data: string | Iterable<string>): void {
  const target = realPathOf(path) ?? path;
  let keep: { mode: number; uid: number; gid: number } | undefined;
  try {
    const st = statSync(target);
    if (st.isFile()) keep = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
  } catch {
    // (a new file)
  }
  const tmp = join(dirname(target), `.${basename(target)}${TEMP_MARK}${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, "w", keep?.mode ?? 0o666);
    try {
      for (const p of typeof data === "string" ? [data] : data) writeFileSync(fd, p);
    } finally {
      closeSync(fd);
    }
    if (keep) {
      chmodSync(tmp, keep.mode);
      try {
        chownSync(tmp, keep.uid, keep.gid);
      } catch {
        // (only root may give a file to another user; the mode is kept all the same)
      }
    }
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
