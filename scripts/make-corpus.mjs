#!/usr/bin/env node
// Builds a corpus of N minutes from the fixtures, with people's names, sums of money and minute
// numbers varied per copy, in folders of 100 (council-00/, council-01/, ...), for the batch tests
// and the benchmark.
//   node scripts/make-corpus.mjs DIR N
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const SURNAMES = ["Abbott", "Baines", "Carver", "Dalton", "Ellison", "Fairley", "Gorman", "Hollis", "Ingram", "Jessop", "Kendrick", "Lattimer", "Marsden", "Norcott", "Oakley", "Pryce", "Quayle", "Rudd", "Sefton", "Tallis", "Upton", "Varley", "Whitlock", "Yardley"];

function hash(s) {
  let h = 0;
  for (let k = 0; k < s.length; k++) h = (h * 31 + s.charCodeAt(k)) >>> 0;
  return h;
}

/** The minutes texts of the fixtures, sorted by name. */
export function fixtureTexts() {
  const out = [];
  for (const d of ["seeds", "corpus"]) {
    for (const f of readdirSync(join(root, "fixtures", d)).filter((f) => f.endsWith(".txt")).sort()) out.push(readFileSync(join(root, "fixtures", d, f), "utf8"));
  }
  return out;
}

/** Copy `i` of a text: titled surnames, sums of money and plain minute numbers changed. */
export function vary(text, i) {
  const shift = i % 37;
  return text
    .replace(/\b(Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)(\s+)([A-Z][a-z]{2,})\b/g, (_, t, sp, name) => t + sp + SURNAMES[(hash(name) + i) % SURNAMES.length])
    .replace(/£(\d{1,3}(?:,\d{3})*|\d+)(\.\d\d)?/g, (_, n, p) => `£${Number(n.replace(/,/g, "")) + i}${p ?? ""}`)
    .replace(/^(\d{1,3})\.(\s)/gm, (_, n, sp) => `${Number(n) + shift}.${sp}`);
}

/** Write `n` varied minutes under `dir`; returns their paths. */
export function makeCorpus(dir, n) {
  const texts = fixtureTexts();
  const paths = [];
  for (let i = 0; i < n; i++) {
    const folder = join(dir, `council-${String(Math.floor(i / 100)).padStart(2, "0")}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const p = join(folder, `minutes-${String(i).padStart(5, "0")}.txt`);
    writeFileSync(p, vary(texts[i % texts.length], i));
    paths.push(p);
  }
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error("usage: node scripts/make-corpus.mjs DIR N");
    process.exit(2);
  }
  console.log(`${makeCorpus(dir, Number(n)).length} files written under ${dir}`);
}
