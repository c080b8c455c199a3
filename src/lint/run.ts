/**
 * Running `minutes lint`: expand the inputs, read each file, lint (and fix), print the report in
 * the chosen format, and return the exit code. Loaded only when the command runs.
 */
import { dirname } from "node:path";
import { expandInputs } from "../files.js";
import { isBlank } from "../parse.js";
import { CliFailure, isSameFile, maxSizeBytes, readDecoded, writeAtomic, writeOutput, writeReason, type Io } from "../io.js";
import { ConfigError, findConfig, loadConfig } from "./config.js";
import { formatters, type FileResult } from "./formatters/index.js";
import { counts } from "./formatters/types.js";
import { lintAndFix, lintText, type RuleLevels } from "./lint.js";
import { rules } from "./rules/index.js";

export interface LintOptions {
  format: string;
  fix?: boolean;
  maxWarnings: string;
  config?: string;
  color?: boolean;
  maxSize: string;
  output?: string;
  listRules?: boolean;
}

function listRules(): string {
  const w = Math.max(...rules.map((r) => r.alias.length));
  return rules.map((r) => `${r.id}  ${r.alias.padEnd(w)}  ${r.severity.padEnd(7)}  ${r.fixable ? "fix" : "   "}  ${r.description}`).join("\n") + "\n";
}

/** Run the lint command; returns the exit code. */
export function lintCommand(inputs: readonly string[], opts: LintOptions, io: Io, version: string): number {
  if (opts.listRules) {
    io.stdout(listRules());
    return 0;
  }
  if (inputs.length === 0) throw new CliFailure("minutes lint: error: give files, folders or glob patterns to lint, or '-' for standard input", 2);
  const maxWarnings = Number(opts.maxWarnings);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new CliFailure(`minutes lint: error: --max-warnings takes a whole number, not '${opts.maxWarnings}'`, 2);
  const maxBytes = maxSizeBytes(opts.maxSize, "minutes lint");
  if (opts.fix && inputs.includes("-")) throw new CliFailure("minutes lint: error: --fix cannot write back to standard input; give a file", 2);
  const formatter = formatters[opts.format]!;

  let exit = 0;
  const configs = new Map<string, RuleLevels>();
  const levelsFor = (file: string): RuleLevels => {
    const path = opts.config ?? findConfig(file === "-" ? process.cwd() : dirname(file));
    if (!path) return new Map();
    let levels = configs.get(path);
    if (!levels) {
      try {
        levels = loadConfig(path);
      } catch (e) {
        if (e instanceof ConfigError) throw new CliFailure(e.message, 2);
        throw e;
      }
      configs.set(path, levels);
    }
    return levels;
  };
  if (opts.config) levelsFor("-");

  const { files, problems } = expandInputs(inputs);
  const over = opts.output ? files.find((f) => isSameFile(opts.output!, f)) : undefined;
  if (over) throw new CliFailure(`${opts.output}:1:1: error: --output names an input (${over}); the minutes would be written over with the report`, 2);
  for (const p of problems) io.stderr(`${p.replace(/^([^:]*): /, "$1:1:1: error: ")}\n`);
  if (problems.length) exit = 2;

  const results: FileResult[] = [];
  for (const file of files) {
    const name = file === "-" ? "<stdin>" : file;
    let input: { text: string; encoding: string };
    try {
      input = readDecoded(file, io, maxBytes);
    } catch (e) {
      if (!(e instanceof CliFailure)) throw e;
      io.stderr(e.message + "\n");
      exit = 2;
      continue;
    }
    if (isBlank(input)) {
      // (as `parse` refuses it: there are no minutes to check, and three warnings about a
      // missing header would not say so)
      io.stderr(`${name}:1:1: error: the input is empty\n`);
      exit = 2;
      continue;
    }
    const levels = levelsFor(file);
    if (opts.fix && (input.encoding === "utf-8" || input.encoding === "utf-8-bom")) {
      const fixed = lintAndFix(input.text, levels);
      if (fixed.applied > 0) {
        try {
          writeAtomic(file, (input.encoding === "utf-8-bom" ? "\uFEFF" : "") + fixed.text);
        } catch (e) {
          io.stderr(`${name}:1:1: error: cannot write the fixes: ${writeReason(e, file)}\n`);
          exit = 2;
        }
      }
      results.push({ file: name, messages: fixed.messages, fixed: fixed.applied });
    } else {
      if (opts.fix) io.stderr(`${name}:1:1: warning: not fixed: the file is ${input.encoding}, and fixes are written only to UTF-8 files\n`);
      results.push({ file: name, messages: lintText(input.text, levels), fixed: 0 });
    }
  }

  const color = opts.color ?? io.colorByDefault?.() ?? false;
  const report = formatter(results, { color: opts.output ? false : color, version });
  writeOutput(opts.output, report, io);

  const { errors, warnings } = counts(results);
  if (exit === 0 && (errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings))) exit = 1;
  return exit;
}
