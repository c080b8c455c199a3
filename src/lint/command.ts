/**
 * `minutes lint FILES...`: parse each document, run the rules, print what they found in the
 * chosen format. Exit 0 clean, 1 when an error-level problem (or too many warnings) was found,
 * 2 for usage errors or input that could not be read; the rest of the files are still linted.
 */
import { Command, Option } from "commander";
import type { Io } from "../io.js";
import type { LintOptions } from "./run.js";

const FORMATS = ["stylish", "json", "github", "sarif"];

/** Add `lint` to the program. */
export function registerLint(program: Command, io: Io, version: string, setExit: (code: number) => void): void {
  program
    .command("lint")
    .description("check published minutes for defects (markup left in, wrong weekdays, minute numbers out of sequence, ...)")
    .argument("[inputs...]", "files, folders, glob patterns, or '-' for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("stylish"))
    .option("--fix", "fix what is certain (stray markup) and write the files back")
    .option("--max-warnings <n>", "exit 1 when there are more than N warnings (-1: no limit)", "-1")
    .option("-c, --config <file>", "use this configuration instead of the nearest .minutesrc.json")
    .option("-o, --output <file>", "write the report to FILE (atomically) instead of standard output")
    // (the name it had first, kept so that scripts written for it still run; `parse` says --output)
    .addOption(new Option("--output-file <file>").hideHelp())
    .option("--color", "colour the stylish output even when not on a terminal")
    .option("--no-color", "never colour the output (NO_COLOR is honoured too)")
    .option("--max-size <MB>", "refuse inputs larger than this many megabytes", "50")
    .option("--list-rules", "list the rules with their ids, names and default severities")
    .addHelpText(
      "after",
      `
Examples:
  minutes lint minutes/
  minutes lint 'archive/**/*.txt' --format github
  minutes lint minutes/ --format sarif --output minutes.sarif
  cat minutes.txt | minutes lint -
  minutes lint minutes/ --fix

Configuration: .minutesrc.json in the file's folder or above, e.g.
  { "rules": { "name-spelling": "off", "MIN001": "error" } }

Exit status: 0 no errors; 1 errors found, or more warnings than --max-warnings;
2 usage error, bad configuration, or an input that could not be read.`,
    )
    .action(async (inputs: string[], opts: LintOptions & { outputFile?: string }) => {
      const { lintCommand } = await import("./run.js");
      setExit(lintCommand(inputs, { ...opts, output: opts.output ?? opts.outputFile }, io, version));
    });
}
