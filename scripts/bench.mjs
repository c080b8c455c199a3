#!/usr/bin/env node
// Measures end-to-end parsing speed on one thread over the bundled fixtures, varied to a corpus
// of a few megabytes (names, sums and minute numbers changed per copy), beside a baseline measured
// in the same run (reading the same text and JSON.stringify of its lines), and the growth of time
// with size on one document and on generated shapes that once grew quadratically; then batch
// conversion of the same corpus written to files (or of another count), with one job, with one
// job and one V8 helper thread, and with every core, and the scaling efficiency; then the
// command's peak memory on a 10 MB document (also with a smaller young generation) and on a
// 10 MB single line.
// Writes the figures to .bench/results.json.
//   npm run bench            # default: 200 documents
//   npm run bench -- 1000    # more documents
//   npm run bench -- 1000 6000   # and a batch of 6,000 files (about 100 MB) instead of the same 1,000
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync, spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import os from "node:os";
import { rmSync } from "node:fs";
import { fixtureTexts, makeCorpus, vary } from "./make-corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { parseForBench, lexForBench, grammarForBench, tokensForBench, parseTokensForBench } = await import(join(root, "dist", "bench.mjs"));
/** A count from the command line, or the default. */
function count(arg, dflt) {
  const n = Number(arg ?? dflt);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench: error: a count of documents is a whole number of at least 1, not '${arg}'`);
    process.exit(2);
  }
  return n;
}
const docs = count(process.argv[2], 200);
const texts = fixtureTexts();
const corpus = Array.from({ length: docs }, (_, i) => vary(texts[i % texts.length], i));
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
const mb = bytes / 1024 / 1024;

/** Seconds for one run of fn: the best of `runs` (three unless asked), after one run to warm up. */
function time(fn, runs = 3) {
  fn();
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best / 1000;
}
const baseline = time(() => { for (const t of corpus) JSON.stringify(t.split("\n")); });
let memPeak = 0;
const parse = time(() => {
  for (const t of corpus) {
    JSON.stringify(parseForBench(t));
    const rss = process.memoryUsage().rss;
    if (rss > memPeak) memPeak = rss;
  }
});
// the grammar alone: the view and lexer; the view, lexer and parser; and the parser alone, over
// tokens made beforehand (the difference of the first two is within the machine's noise)
const lexOnly = time(() => { for (const t of corpus) lexForBench(t); });
const lexParse = time(() => { for (const t of corpus) grammarForBench(t); });
const lexed = corpus.map(tokensForBench);
const parseOnly = time(() => { for (const tokens of lexed) parseTokensForBench(tokens); });
lexed.length = 0;
// growth: one document of about 0.5 MB and one ten times the size, end to end
const joined = (target) => { let s = ""; for (let i = 0; s.length < target; i++) s += corpus[i % corpus.length] + "\n\n"; return s; };
const small = joined(512 * 1024);
const large = joined(10 * 512 * 1024);
// (best of seven: a run of the small one is some 50 ms, and the machine's noise moved the ratio
// between 8 and 13 over runs at best of three)
const tSmall = time(() => JSON.stringify(parseForBench(small)), 7);
const tLarge = time(() => JSON.stringify(parseForBench(large)), 7);
// growth on generated minutes of shapes that once grew with the square of their size: wrapped
// lines of one attendance entry, and one decision label after another (8,000 and 32,000 lines)
const shapes = {
  wrappedList: (n) => "Present: Cllr A Smith (Chair),\n" + Array.from({ length: n }, (_, i) => `and councillor number ${i} of the ward,`).join("\n") + "\n\n1. Apologies\nNone.\n",
  decisionLabels: (n) => "1. Finance\n" + Array.from({ length: n }, (_, i) => `RESOLVED: that payment ${i} of £${i} be approved, proposed Cllr A, seconded Cllr B, all agreed.`).join("\n") + "\n",
};
const shapeGrowth = {};
for (const [name, make] of Object.entries(shapes)) {
  const [a, b] = [make(8000), make(32000)];
  const ta = time(() => parseForBench(a), 1);
  const tb = time(() => parseForBench(b), 1);
  shapeGrowth[name] = { linesRatio: 4, seconds8000: +ta.toFixed(3), seconds32000: +tb.toFixed(3), timeRatio: +(tb / ta).toFixed(2) };
}
const startup = (cmd) => {
  const runs = 5;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) execFileSync(process.execPath, cmd, { stdio: "ignore" });
  return (performance.now() - t0) / runs;
};
const results = {
  machine: `${os.cpus()[0]?.model ?? "cpu"} x${os.cpus().length}, node ${process.version}`,
  documents: docs,
  megabytes: +mb.toFixed(2),
  endToEnd: { seconds: +parse.toFixed(3), mbPerSecond: +(mb / parse).toFixed(2), docsPerSecond: +(docs / parse).toFixed(1) },
  baselineStringify: { seconds: +baseline.toFixed(3), mbPerSecond: +(mb / baseline).toFixed(2) },
  lexer: { seconds: +lexOnly.toFixed(3), mbPerSecond: +(mb / lexOnly).toFixed(2) },
  lexerAndParser: { seconds: +lexParse.toFixed(3), mbPerSecond: +(mb / lexParse).toFixed(2) },
  parserAlone: { seconds: +parseOnly.toFixed(3), mbPerSecond: +(mb / parseOnly).toFixed(2) },
  growth: { smallMb: +(small.length / 1048576).toFixed(2), smallSeconds: +tSmall.toFixed(3), largeMb: +(large.length / 1048576).toFixed(2), largeSeconds: +tLarge.toFixed(3), timeRatio: +(tLarge / tSmall).toFixed(2), sizeRatio: +(large.length / small.length).toFixed(2) },
  shapeGrowth,
  peakRssMb: +(memPeak / 1024 / 1024).toFixed(1),
  startupMs: { minutesVersion: +startup([join(root, "bin", "minutes.js"), "--version"]).toFixed(1), bareNode: +startup(["-e", "0"]).toFixed(1) },
};
// batch: the same corpus as files (or as many as asked), converted by the command with 1 job and
// with every core
const benchDir = join(root, ".bench");
rmSync(join(benchDir, "corpus"), { recursive: true, force: true });
const batchDocs = count(process.argv[3], docs);
const batchMb = makeCorpus(join(benchDir, "corpus"), batchDocs).reduce((n, p) => n + statSync(p).size, 0) / 1024 / 1024;
/**
 * Run the command, with Node's own options if given; its seconds and its peak resident memory in
 * MB (see `max-rss.cjs`).
 */
const command = (args, nodeOptions = []) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeOptions, "-r", join(root, "scripts", "max-rss.cjs"), join(root, "bin", "minutes.js"), ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`minutes ${args.join(" ")}: exit ${r.status}: ${r.stderr.slice(-500)}`);
  const kb = Number(/MAX_RSS_KB (\d+)/.exec(r.stderr)?.[1]);
  return { seconds, peakRssMb: +(kb / 1024).toFixed(1) };
};
const batch = (jobs, nodeOptions) => {
  rmSync(join(benchDir, "out"), { recursive: true, force: true });
  return command(["parse", join(benchDir, "corpus"), "--out-dir", join(benchDir, "out"), "--jobs", String(jobs), "--quiet"], nodeOptions);
};
const cores = os.availableParallelism();
const one = batch(1);
// Node starts four helper threads for V8 by default, and each that compiles keeps its own malloc
// arena: one helper thread (a start-up option, so set by the user) lowers a long batch's peak
const onePool = batch(1, ["--v8-pool-size=1"]);
const all = batch(cores);
results.batch = {
  documents: batchDocs,
  megabytes: +batchMb.toFixed(2),
  oneJob: { seconds: +one.seconds.toFixed(2), filesPerSecond: +(batchDocs / one.seconds).toFixed(1), mbPerSecond: +(batchMb / one.seconds).toFixed(2), peakRssMb: one.peakRssMb },
  oneJobOneHelperThread: { nodeOptions: "--v8-pool-size=1", seconds: +onePool.seconds.toFixed(2), filesPerSecond: +(batchDocs / onePool.seconds).toFixed(1), mbPerSecond: +(batchMb / onePool.seconds).toFixed(2), peakRssMb: onePool.peakRssMb },
  allCores: { jobs: cores, seconds: +all.seconds.toFixed(2), filesPerSecond: +(batchDocs / all.seconds).toFixed(1), mbPerSecond: +(batchMb / all.seconds).toFixed(2), peakRssMb: all.peakRssMb },
  scalingEfficiency: +(one.seconds / all.seconds / cores).toFixed(2),
};
// one large document through the command: minutes one after another to 10 MB, and the same text
// as a single line; the peak memory beside the document's size (the target is under 20 times)
const tenMb = joined(10 * 1024 * 1024);
const asLine = tenMb.replace(/\r?\n/g, " ");
// (V8 lets its young generation grow to 32 MB while the document's objects survive; a start-up
// option, so set by the user, keeps it to 8)
const smallYoung = ["--max-semi-space-size=4"];
for (const [name, text, nodeOptions] of [["tenMbDocument", tenMb, []], ["tenMbDocumentSmallYoungGeneration", tenMb, smallYoung], ["tenMbSingleLine", asLine, []]]) {
  const file = join(benchDir, `${name}.txt`);
  writeFileSync(file, text);
  const r = command(["parse", file, "--output", join(benchDir, `${name}.json`), "--max-size", "50"], nodeOptions);
  const sizeMb = Buffer.byteLength(text) / 1048576;
  results[name] = { ...(nodeOptions.length ? { nodeOptions: nodeOptions.join(" ") } : {}), megabytes: +sizeMb.toFixed(2), seconds: +r.seconds.toFixed(2), peakRssMb: r.peakRssMb, timesSize: +(r.peakRssMb / sizeMb).toFixed(1) };
}
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));
