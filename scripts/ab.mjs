#!/usr/bin/env node
// Compares two builds of the benchmark entry (`dist/bench.mjs`) on the same machine at the same
// time: each document of a varied corpus is parsed by one build and then the other (the order
// alternating by round), so that the machine's noise falls on both alike. Prints each build's
// MB/s and the ratio of their times.
//   git worktree add /tmp/old <commit> && (cd /tmp/old && npm ci && npm run build)
//   node scripts/ab.mjs /tmp/old/dist/bench.mjs dist/bench.mjs [e2e|lex|parse] [rounds] [documents]
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { fixtureTexts, vary } from "./make-corpus.mjs";

const [a, b, mode = "e2e", rounds = "6", docs = "150"] = process.argv.slice(2);
if (!a || !b || !["e2e", "lex", "parse"].includes(mode)) {
  console.error("usage: node scripts/ab.mjs A/dist/bench.mjs B/dist/bench.mjs [e2e|lex|parse] [rounds] [documents]");
  process.exit(2);
}
const builds = [await import(pathToFileURL(resolve(a)).href), await import(pathToFileURL(resolve(b)).href)];
const run = builds.map((m) => (mode === "lex" ? m.lexForBench : mode === "parse" ? m.grammarForBench : (t) => JSON.stringify(m.parseForBench(t))));
const texts = fixtureTexts();
const corpus = Array.from({ length: Number(docs) }, (_, i) => vary(texts[i % texts.length], i));
const mb = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1048576;
for (const f of run) for (const t of corpus) f(t); // warm up both
const ms = [0, 0];
for (let r = 0; r < Number(rounds); r++) {
  for (const t of corpus) {
    for (let k0 = 0; k0 < 2; k0++) {
      const k = (k0 + r) % 2;
      const t0 = performance.now();
      run[k](t);
      ms[k] += performance.now() - t0;
    }
  }
}
[a, b].forEach((p, k) => console.log(`${p}: ${mode} ${((mb * Number(rounds)) / (ms[k] / 1000)).toFixed(2)} MB/s`));
console.log(`time of A / time of B: ${(ms[0] / ms[1]).toFixed(3)}`);
