/**
 * The inputs a command was given: files, folders (their minutes files, recursively), glob
 * patterns (fast-glob), and `-` for standard input. Order is the user's, then sorted within each
 * folder or pattern, so output is the same from run to run. Each file keeps its path relative to
 * the folder or the pattern's fixed part it was found under, so a batch can mirror the folders.
 */
import fg from "fast-glob";
import { realpathSync, statSync } from "node:fs";
import { basename, join } from "node:path";

/** File name endings read from a folder, in any case. */
export const MINUTES_EXTENSIONS = ["txt", "md", "text", "markdown"];

export interface Input {
  /** the path to read (or `-`) */
  path: string;
  /** where it sits under the argument that named it: `2019/june.txt` */
  rel: string;
}

export interface Expanded {
  files: string[];
  inputs: Input[];
  /** arguments that name nothing: `arg: why` */
  problems: string[];
}

/** The fixed folder a glob pattern starts from: `archive/2019/` of `archive/2019/**\/*.txt`. */
function patternBase(pattern: string): string {
  const parts = pattern.split("/");
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (p !== "" && fg.isDynamicPattern(p)) break;
    fixed.push(p);
  }
  return fixed.length ? fixed.join("/") + "/" : "";
}

/** The real path of a file, links resolved; the path as given where it cannot be resolved. */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/** Expand the command line's inputs into a list of files (and `-`). */
export function expandInputs(args: readonly string[]): Expanded {
  const inputs: Input[] = [];
  const problems: string[] = [];
  // Each file once, by its real path: a link back up a folder ("archive/2019/all -> ..") would
  // otherwise give the same minutes again at every depth the system lets a search go. Of the
  // paths to one file, the one with the fewest folders is kept, in the place of the first.
  const seen = new Map<string, number>();
  const depth = (rel: string) => rel.split("/").length;
  const add = (path: string, rel: string) => {
    const key = path === "-" ? path : realPath(path);
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, inputs.length);
      inputs.push({ path, rel });
    } else if (depth(rel) < depth(inputs[at]!.rel)) inputs[at] = { path, rel };
  };
  for (const arg of args) {
    if (arg === "-") {
      add(arg, "stdin.txt");
      continue;
    }
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(arg);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      // (endings in any case: exports from Windows tools are often MINUTES.TXT)
      const found = fg.sync(`**/*.{${MINUTES_EXTENSIONS.join(",")}}`, { cwd: arg, onlyFiles: true, ignore: ["**/node_modules/**"], dot: false, caseSensitiveMatch: false }).sort();
      if (found.length === 0) problems.push(`${arg}: no minutes files (${MINUTES_EXTENSIONS.map((e) => `*.${e}`).join(", ")}) in this folder`);
      for (const f of found) add(join(arg, f), f);
    } else if (st) add(arg, basename(arg));
    else if (fg.isDynamicPattern(arg)) {
      // A backslash escapes a pattern's special character ('Minutes \[2019\]/*.txt'), except on
      // Windows, where it separates folders; the fixed part is compared without its escapes.
      const pattern = process.platform === "win32" ? arg.replace(/\\/g, "/") : arg;
      const base = patternBase(pattern).replace(/\\(.)/g, "$1");
      const found = fg.sync(pattern, { onlyFiles: true, ignore: ["**/node_modules/**"], dot: false }).sort();
      if (found.length === 0) problems.push(`${arg}: no files match this pattern`);
      for (const f of found) add(f, base && f.startsWith(base) ? f.slice(base.length) : basename(f));
    } else problems.push(`${arg}: no such file or folder`);
  }
  return { files: inputs.map((i) => i.path), inputs, problems };
}
