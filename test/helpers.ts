import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { parseMinutes } from "../src/parse.js";
import type { MinutesDocumentT } from "../src/schema.js";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const fixtures = join(root, "fixtures");

/** Every fixture text, as paths relative to fixtures/. */
export function fixtureTexts(): string[] {
  return ["seeds", "corpus"].flatMap((d) =>
    readdirSync(join(fixtures, d))
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => `${d}/${f}`),
  );
}

/**
 * A directory of its own under the system's temporary directory, removed when the test file's tests
 * are done (a batch test writes over 100 MB there).
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function read(rel: string): string {
  return readFileSync(join(fixtures, rel), "utf8");
}

const cache = new Map<string, MinutesDocumentT>();
/** Parse a fixture once per test run. */
export function parsed(rel: string): MinutesDocumentT {
  let d = cache.get(rel);
  if (!d) {
    d = parseMinutes(read(rel)).document;
    cache.set(rel, d);
  }
  return d;
}

/** A seed by its number: "002". */
export function seed(n: string): string {
  const f = readdirSync(join(fixtures, "seeds")).find((x) => x.startsWith(`${n}_`) && x.endsWith(".txt"));
  if (!f) throw new Error(`no seed ${n}`);
  return `seeds/${f}`;
}
