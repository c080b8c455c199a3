// Any input, nothing lost: property-based tests (fast-check) over arbitrary strings, arbitrary
// bytes and mutations of the fixtures; the invariants that every character that is not
// whitespace or markup lies inside some node, and every word reaches the document; and the
// grammar's patterns checked for catastrophic backtracking. FUZZ_SCALE multiplies the runs
// (`npm run fuzz` uses 20).
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";
import { parseMinutes, validateDocument } from "../src/parse.js";
import { fixtureTexts, read, root } from "./helpers.js";
import { missingWords, ranges, uncovered } from "./invariants.js";

const SCALE = Number(process.env["FUZZ_SCALE"] ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

/** Parsing returns a valid document, the same one twice, with positions inside the text. */
function wellFormed(text: string): void {
  const a = parseMinutes(text).document;
  const problems = validateDocument(a);
  if (problems.length) throw new Error(`invalid document: ${problems[0]}`);
  const again = JSON.stringify(parseMinutes(text).document);
  if (again !== JSON.stringify(a)) throw new Error("not deterministic");
  for (const [s, e] of ranges(a)) if (s < 0 || e > text.length || s > e) throw new Error(`position ${s}-${e} outside a text of ${text.length}`);
}

/** Nothing lost: no text outside the tree, no word missing from the document. */
function nothingLost(text: string): void {
  const doc = parseMinutes(text).document;
  const out = uncovered(text, doc);
  if (out.length) throw new Error(`text outside every node: ${JSON.stringify(out[0]!.slice(0, 80))}`);
  const missing = missingWords(text, doc);
  if (missing.length) throw new Error(`words missing from the document: ${missing.slice(0, 5).join(", ")}`);
}

// pieces of minutes, so that random texts reach the grammar's deeper paths
const piece = fc.constantFrom(
  "1.", "23. APOLOGIES FOR ABSENCE", "204/19 Apologies", "14/06/5", "5.1 Report", "a)", "(ii) That", "RESOLVED:", "Resolved 14/06/5.01", "AGREED",
  "Present:", "Apologies:", "Cllr A Smith (Chair), Cllr B Jones", "Councillor Diana Toynbee*", "PQ 1\tMs Reid\t<p>Why?</p>\t<p>Because.</p>",
  "Questioner:", "Response:", "The meeting closed at 9.15pm", "Signed ______ Dated ____", "Page 2 of 3", "<table><tr><td>1</td><td>x</td></tr></table>",
  "<td>14/06/2<div></div>i)</td><td><strong>Reports</strong><div></div>text</td>",
  "<table><tr><td>Present:</td><td></td><td></td></tr><tr><td>A Smith (AS)</td><td>Clerk</td><td><b>Apologies:</b></td><td>B Jones</td></tr><tr><td>C Brown</td><td>Cllr</td><td>&nbsp;</td><td>D White</td></tr></table>", "| **1.** | **Apologies** |", "|---|---|", "**bold", "&nbsp;&amp;", "\t", "   ", "- ", "# ",
  "proposed by Cllr X, seconded by Cllr Y, 6 for, 1 against", "Minutes of the meeting of Ashby Parish Council held on Tuesday 4 October 2022 at 7pm",
);
const minutesLike = fc.array(fc.oneof(piece, fc.string({ maxLength: 40 })), { maxLength: 60 }).chain((parts) =>
  fc.array(fc.constantFrom("\n", "\n\n", " ", "\r\n", "\r"), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, k) => p + seps[k]).join("")),
);

// mutations of a real set of minutes: lines deleted, duplicated, swapped, cut mid-line, markup put in
type Op = { kind: "delete" | "duplicate" | "swap" | "truncate" | "inject"; a: number; b: number; markup: string };
const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom("delete", "duplicate", "swap", "truncate", "inject"),
  a: fc.nat(),
  b: fc.nat(),
  markup: fc.constantFrom("<p>", "</p>", "**", "<td>", "</tr>", "|", "&nbsp;", "\t", "<b>x</b>", "1.", "a)", "RESOLVED:", "\f", "\u0000"),
});
function mutate(text: string, ops: Op[]): string {
  let lines = text.split("\n");
  for (const o of ops) {
    if (lines.length === 0) break;
    const i = o.a % lines.length;
    const j = o.b % lines.length;
    if (o.kind === "delete") lines.splice(i, 1);
    else if (o.kind === "duplicate") lines.splice(i, 0, lines[i]!);
    else if (o.kind === "swap") [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    else if (o.kind === "truncate") lines = [...lines.slice(0, i), lines[i]!.slice(0, o.b % (lines[i]!.length + 1))];
    else lines[i] = lines[i]!.slice(0, o.b % (lines[i]!.length + 1)) + o.markup + lines[i]!.slice(o.b % (lines[i]!.length + 1));
  }
  return lines.join("\n");
}
const texts = fixtureTexts().map(read);

describe("never throws, always valid, always the same", () => {
  it("arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => wellFormed(s)), { numRuns: runs(1500) });
  });
  it("texts made of the pieces of minutes", () => {
    fc.assert(fc.property(minutesLike, (s) => wellFormed(s)), { numRuns: runs(1500) });
  });
  it("arbitrary bytes, decoded or refused with a reason", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const d = decode(bytes);
        if (!d.ok) {
          if (!d.reason) throw new Error("refused without a reason");
          return;
        }
        wellFormed(d.text);
      }),
      { numRuns: runs(1000) },
    );
  });
  it("mutations of the fixtures", () => {
    fc.assert(fc.property(fc.nat({ max: texts.length - 1 }), fc.array(op, { minLength: 1, maxLength: 8 }), (k, ops) => wellFormed(mutate(texts[k]!, ops))), { numRuns: runs(300) });
  });
});

describe("nothing lost", () => {
  for (const [k, f] of fixtureTexts().entries()) {
    it(`${f}: every character but whitespace and markup is inside a node, every word in the document`, () => nothingLost(texts[k]!));
  }
  it("in texts made of the pieces of minutes", () => {
    fc.assert(fc.property(minutesLike, (s) => nothingLost(s)), { numRuns: runs(500) });
  });
  it("in mutations of the fixtures", () => {
    fc.assert(fc.property(fc.nat({ max: texts.length - 1 }), fc.array(op, { minLength: 1, maxLength: 6 }), (k, ops) => nothingLost(mutate(texts[k]!, ops))), { numRuns: runs(150) });
  });
});

describe("the grammar's patterns", () => {
  it("have no catastrophic backtracking (recheck, over every pattern in grammar/)", () => {
    const r = spawnSync(process.execPath, ["scripts/check-regexes.mjs", "grammar"], { cwd: root, encoding: "utf8" });
    expect(r.stdout).toMatch(/\d+ patterns: \d+ safe, 0 vulnerable/);
    expect(r.status).toBe(0);
  }, 120_000);
});
