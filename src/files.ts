/**
 * The inputs a command was given: files, folders (their minutes files, recursively), glob
 * patterns (fast-glob), and `-` for standard input. Order is the user's, then sorted within each
 * folder or pattern, so output is the same from run to run.
 */
import fg from "fast-glob";
import { statSync } from "node:fs";
import { join } from "node:path";

/** File name endings read from a folder. */
export const MINUTES_EXTENSIONS = ["txt", "md", "text", "markdown"];

export interface Expanded {
  files: string[];
  /** arguments that name nothing: `arg: why` */
  problems: string[];
}

/** Expand the command line's inputs into a list of files (and `-`). */
export function expandInputs(args: readonly string[]): Expanded {
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const arg of args) {
    if (arg === "-") {
      add(arg);
      continue;
    }
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(arg);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const found = fg.sync(`**/*.{${MINUTES_EXTENSIONS.join(",")}}`, { cwd: arg, onlyFiles: true, ignore: ["**/node_modules/**"], dot: false }).sort();
      if (found.length === 0) problems.push(`${arg}: no minutes files (${MINUTES_EXTENSIONS.map((e) => `*.${e}`).join(", ")}) in this folder`);
      for (const f of found) add(join(arg, f));
    } else if (st) add(arg);
    else if (fg.isDynamicPattern(arg)) {
      const found = fg.sync(arg.replace(/\\/g, "/"), { onlyFiles: true, ignore: ["**/node_modules/**"], dot: false }).sort();
      if (found.length === 0) problems.push(`${arg}: no files match this pattern`);
      for (const f of found) add(f);
    } else problems.push(`${arg}: no such file or folder`);
  }
  return { files, problems };
}
