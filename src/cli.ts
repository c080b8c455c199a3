/**
 * The command line: `minutes parse FILE`, `minutes lint FILES...`, `minutes schema`. Commands return an exit code; only
 * `bin/` sets it. Data goes to stdout, messages to stderr as `file:line:column: severity: message`.
 */
import { Command, CommanderError } from "commander";
import { CliFailure, defaultIo, isSameFile, maxSizeBytes, readInput, writeOutput, type Io } from "./io.js";
import { chunked, jsonPieces } from "./json.js";
import type { BatchOptions } from "./batch/run.js";
import { registerLint } from "./lint/command.js";
// the grammar, zod and the builder load when a command needs them, so that `--version` and
// `--help` start as fast as node itself allows

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";

interface ParseOptions {
  output?: string;
  pretty?: boolean;
  maxSize: string;
}

async function parseCommand(file: string, opts: ParseOptions, io: Io): Promise<number> {
  const { isBlank, parseTaken, validateDocument } = await import("./parse.js");
  const maxBytes = maxSizeBytes(opts.maxSize, "minutes");
  if (opts.output && isSameFile(opts.output, file)) {
    throw new CliFailure(`${opts.output}:1:1: error: --output names the input itself; the minutes would be written over with their JSON`, 2);
  }
  const input = readHeld(file, io, maxBytes);
  const name = file === "-" ? "<stdin>" : file;
  if (isBlank(input)) {
    // (nothing to parse: the user must give the file its text, or another file)
    io.stderr(`${name}:1:1: error: the input is empty\n`);
    return 2;
  }
  const { document, minutes } = parseTaken(input);
  const problems = validateDocument(document);
  if (problems.length) {
    io.stderr(`${name}:1:1: error: internal: the document does not match its schema: ${problems.slice(0, 3).join("; ")}\n`);
    return 2;
  }
  // (written an item at a time: a large document's JSON is never one string in memory)
  const json = function* () {
    yield* jsonPieces(document, opts.pretty ? 2 : 0);
    yield "\n";
  };
  writeOutput(opts.output, chunked(json()), io);
  for (const d of document.diagnostics) {
    if (d.severity !== "info") io.stderr(`${name}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]\n`);
  }
  // (a CSV file, a novel or a README: the warning above says so)
  return minutes ? 0 : 1;
}

/**
 * The input's text in a holder for `parseTaken`, which empties it once the lines are made. (Read
 * here, not in the command, so that no register of the command's frame still holds the text while
 * the document is built: on a 10 MB document that is 20 MB of the live heap.)
 */
function readHeld(file: string, io: Io, maxBytes: number): { text: string } {
  return { text: readInput(file, io, maxBytes) };
}

/** The program, with its commands. */
export function program(io: Io = defaultIo, setExit: (code: number) => void = () => {}): Command {
  const p = new Command("minutes")
    .description("Turn the raw text of council meeting minutes into structured, validated JSON.")
    .version(VERSION, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError("(run 'minutes --help' for usage)");
  p.command("parse")
    .description("parse minutes: one file to JSON on standard output, or a whole archive with --out-dir, --ndjson or --sqlite")
    .argument("<inputs...>", "a text file of minutes, or '-' for standard input; with a batch option, also folders and glob patterns")
    .option("-o, --output <file>", "write the JSON to FILE (atomically) instead of standard output")
    .option("--pretty", "indent the JSON")
    .option("--max-size <MB>", "refuse inputs larger than this many megabytes", "50")
    .option("--out-dir <dir>", "batch: write one JSON per input under DIR, mirroring the input folders")
    .option("--ndjson", "batch: write one compact JSON document a line to standard output")
    .option("--sqlite <file>", "batch: write the documents into a SQLite database (created or updated in place)")
    .option("-j, --jobs <n>", "batch: worker threads (default: the number of cores)")
    .option("--force", "batch: convert every input again, even where its output is up to date")
    .option("-q, --quiet", "batch: no progress and no summary, only errors")
    .option("--no-progress", "batch: no progress lines (the summary is still printed)")
    .addHelpText(
      "after",
      `
Examples:
  minutes parse fixtures/seeds/002_f71fa4cd35eb6994.txt --pretty
  cat minutes.txt | minutes parse - > minutes.json
  minutes parse minutes.txt --output minutes.json
  minutes parse 'archive/**/*.txt' --out-dir out/
  minutes parse archive/ --ndjson | jq -r '.meeting.date'
  minutes parse archive/ --out-dir out/ --sqlite archive.db

A batch writes each output atomically; run it again and it skips inputs whose output
records the same content hash (an interrupted run resumes); --force redoes everything.

Exit status, one file: 0 parsed; 1 no meeting structure was found; 2 usage error, or an
input that is empty or cannot be read.
Exit status, a batch: 0 every file converted (or was up to date); 1 some files failed (the
others are still written); 2 usage error, or an input argument that names nothing.`,
    )
    .action(async (inputs: string[], opts: ParseOptions & BatchOptions) => {
      if (opts.outDir || opts.ndjson || opts.sqlite) {
        if (opts.output || opts.pretty) throw new CliFailure("minutes parse: error: --output and --pretty are for one file; a batch writes with --out-dir, --ndjson or --sqlite", 2);
        const { batchCommand } = await import("./batch/run.js");
        setExit(await batchCommand(inputs, opts, io, VERSION, new URL("./worker.mjs", import.meta.url)));
        return;
      }
      if (inputs.length > 1) throw new CliFailure(`minutes parse: error: ${inputs.length} inputs: give one file, or convert several with --out-dir, --ndjson or --sqlite`, 2);
      setExit(await parseCommand(inputs[0]!, opts, io));
    });
  registerLint(p, io, VERSION, setExit);
  p.command("schema")
    .description("print the JSON Schema of the document 'minutes parse' writes")
    .action(async () => {
      const { jsonSchema } = await import("./schema.js");
      io.stdout(JSON.stringify(jsonSchema(), null, 2) + "\n");
      setExit(0);
    });
  return p;
}

/** Run the command line; returns the exit code. Never throws. */
/**
 * When the reader of the process's output goes away (`minutes parse ... --ndjson | head`), the
 * command stops quietly with exit 0, as a reader that has read enough is no failure; any other
 * failure to write there is one line and exit 2. (Node reports both as an 'error' event, which
 * unhandled would end the process with a stack trace.)
 */
export function endOnClosedOutput(streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const s of streams) {
    s.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(0);
      if (s !== process.stderr) process.stderr.write(`minutes: error: cannot write to standard output: ${e.code ?? e.message}\n`);
      process.exit(2);
    });
  }
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  const p = program(io, (c) => (code = c));
  try {
    await p.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
      // the usage: asked for (`minutes help`) or shown because no command was given, a usage error
      if (e.code === "commander.help") return e.exitCode === 0 ? 0 : 2;
      return 2;
    }
    if (e instanceof CliFailure) {
      io.stderr(e.message + "\n");
      return e.exitCode;
    }
    io.stderr(`minutes: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
}
