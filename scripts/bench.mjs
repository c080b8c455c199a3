#!/usr/bin/env node
// Measures end-to-end parsing speed on one thread over the bundled fixtures, repeated to a
// corpus of a few megabytes, beside a baseline measured in the same run (reading the same text and
// JSON.stringify of its lines). Writes the figures to .bench/results.json.
//   npm run bench            # default: 200 documents
//   npm run bench -- 1000    # more documents
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import os from "node:os";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { parseForBench } = await import(join(root, "dist", "minutes.mjs"));
const docs = Number(process.argv[2] ?? 200);
const texts = [];
for (const d of ["seeds", "corpus"]) {
  for (const f of readdirSync(join(root, "fixtures", d)).filter((f) => f.endsWith(".txt")).sort()) texts.push(readFileSync(join(root, "fixtures", d, f), "utf8"));
}
const corpus = Array.from({ length: docs }, (_, i) => texts[i % texts.length]);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
const mb = bytes / 1024 / 1024;

function time(fn) {
  fn(); // warm up
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
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
  peakRssMb: +(memPeak / 1024 / 1024).toFixed(1),
  startupMs: { minutesVersion: +startup([join(root, "bin", "minutes.js"), "--version"]).toFixed(1), bareNode: +startup(["-e", "0"]).toFixed(1) },
};
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));
