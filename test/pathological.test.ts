// Inputs built to break a parser: a 10 MB single line, thousands of nested list markers, 100,000
// numbered minutes, 20,000 nested tags, 40,000 wrapped lines of one list, 100,000 resolutions.
// Each runs as a user runs it, in its own process with a generous time limit, and must end with a
// document or a clear message: no stack overflow, no stack trace, no hang.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, tempDir } from "./helpers.js";

const tmp = tempDir("minutes-patho-");
const bin = join(root, "bin/minutes.js");

const cases: [string, () => string][] = [
  ["a 10 MB single line", () => "word ".repeat(2_000_000)],
  ["5,000 list markers on one line and 3,000 nested bullets", () => "- ".repeat(5000) + "x\n" + Array.from({ length: 3000 }, (_, i) => "  ".repeat(i) + "- item\n").join("")],
  ["100,000 numbered minutes", () => Array.from({ length: 100_000 }, (_, i) => `${i + 1}. ITEM NUMBER ${i + 1}\n`).join("")],
  ["20,000 nested tags", () => "<div>".repeat(20_000) + "text" + "</div>".repeat(20_000)],
  ["50,000 opening brackets", () => "(".repeat(50_000) + "\n" + "[".repeat(50_000) + "](#)"],
  // each wrapped line was checked against the whole entry above it: 8,000 took 8.6 s, so these
  // 40,000 would have taken minutes
  ["40,000 wrapped lines of one attendance entry", () => "Present: Cllr A Smith (Chair),\n" + Array.from({ length: 40_000 }, (_, i) => `and councillor number ${i} of the ward,`).join("\n") + "\n\n1. Apologies\nNone.\n"],
  ["100,000 resolutions in one minute", () => "1. Finance\n" + Array.from({ length: 100_000 }, (_, i) => `AGREED: that payment ${i} be made.`).join("\n") + "\n"],
];

describe("pathological inputs", () => {
  for (const [name, make] of cases) {
    it(`${name}: ends within the time limit with a document or a clear message`, () => {
      const file = join(tmp, `${name.replace(/\W+/g, "-")}.txt`);
      writeFileSync(file, make());
      const r = spawnSync(process.execPath, [bin, "parse", file, "--max-size", "20"], { encoding: "utf8", timeout: 120_000, maxBuffer: 1 << 30 });
      expect(r.error, "timed out or could not run").toBeUndefined();
      expect([0, 1]).toContain(r.status);
      expect(r.stderr).not.toMatch(/\n\s+at |RangeError|Maximum call stack/);
      if (r.status === 0) expect(JSON.parse(r.stdout).schemaVersion).toBe("1");
      else expect(r.stderr).toMatch(/^\S+:\d+:\d+: (?:error|warning): /m);
    }, 150_000);
  }
});
