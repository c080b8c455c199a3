#!/usr/bin/env node
// Measures end-to-end parsing speed on one thread over the bundled fixtures, varied to a corpus
// of a few megabytes (names, sums and minute numbers changed per copy), beside a baseline measured
// in the same run (reading the same text and JSON.stringify of its lines); then batch conversion
// of the same corpus written to files, with one job and with every core, and the scaling
// efficiency. Writes the figures to .bench/results.json.
//   npm run bench            # default: 200 documents
//   npm run bench -- 1000    # more documents
import { mkdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import os from "node:os";
import { rmSync } from "node:fs";
import { fixtureTexts, makeCorpus, vary } from "./make-corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { parseForBench, lexForBench, grammarForBench } = await import(join(root, "dist", "bench.mjs"));
const docs = Number(process.argv[2] ?? 200);
const texts = fixtureTexts();
const corpus = Array.from({ length: docs }, (_, i) => vary(texts[i % texts.length], i));
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
const mb = bytes / 1024 / 1024;

/** Seconds for one run of fn: the best of three, after one run to warm up. */
function time(fn) {
  fn();
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
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
// the grammar alone: the view and lexer; the view, lexer and parser (the parser alone is the difference)
const lexOnly = time(() => { for (const t of corpus) lexForBench(t); });
const lexParse = time(() => { for (const t of corpus) grammarForBench(t); });
// growth: one document of about 0.5 MB and one ten times the size, end to end
const joined = (target) => { let s = ""; for (let i = 0; s.length < target; i++) s += corpus[i % corpus.length] + "\n\n"; return s; };
const small = joined(512 * 1024);
const large = joined(10 * 512 * 1024);
const tSmall = time(() => JSON.stringify(parseForBench(small)));
const tLarge = time(() => JSON.stringify(parseForBench(large)));
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
  parserAlone: { seconds: +(lexParse - lexOnly).toFixed(3), mbPerSecond: +(mb / Math.max(lexParse - lexOnly, 1e-6)).toFixed(2) },
  growth: { smallMb: +(small.length / 1048576).toFixed(2), smallSeconds: +tSmall.toFixed(3), largeMb: +(large.length / 1048576).toFixed(2), largeSeconds: +tLarge.toFixed(3), timeRatio: +(tLarge / tSmall).toFixed(2), sizeRatio: +(large.length / small.length).toFixed(2) },
  peakRssMb: +(memPeak / 1024 / 1024).toFixed(1),
  startupMs: { minutesVersion: +startup([join(root, "bin", "minutes.js"), "--version"]).toFixed(1), bareNode: +startup(["-e", "0"]).toFixed(1) },
};
// batch: the same corpus as files, converted by the command with 1 job and with every core
const benchDir = join(root, ".bench");
rmSync(join(benchDir, "corpus"), { recursive: true, force: true });
makeCorpus(join(benchDir, "corpus"), docs);
const batch = (jobs) => {
  rmSync(join(benchDir, "out"), { recursive: true, force: true });
  const t0 = performance.now();
  execFileSync(process.execPath, [join(root, "bin", "minutes.js"), "parse", join(benchDir, "corpus"), "--out-dir", join(benchDir, "out"), "--jobs", String(jobs), "--quiet"], { stdio: "inherit" });
  return (performance.now() - t0) / 1000;
};
const cores = os.availableParallelism();
const one = batch(1);
const all = batch(cores);
results.batch = {
  oneJob: { seconds: +one.toFixed(2), filesPerSecond: +(docs / one).toFixed(1), mbPerSecond: +(mb / one).toFixed(2) },
  allCores: { jobs: cores, seconds: +all.toFixed(2), filesPerSecond: +(docs / all).toFixed(1), mbPerSecond: +(mb / all).toFixed(2) },
  scalingEfficiency: +(one / all / cores).toFixed(2),
};
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));
