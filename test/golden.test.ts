// Golden tests: each fixture's output is compared with the JSON beside it. UPDATE=1 rewrites them
// (npm run golden:update); a rewritten golden file is reviewed like code.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureTexts, fixtures, parsed } from "./helpers.js";

const update = process.env.UPDATE === "1";

describe("golden output", () => {
  for (const rel of fixtureTexts()) {
    it(rel, () => {
      const out = JSON.stringify(parsed(rel), null, 2) + "\n";
      const goldenPath = join(fixtures, rel.replace(/\.txt$/, ".json"));
      if (update || !existsSync(goldenPath)) {
        if (!update) throw new Error(`no golden file ${goldenPath}: run npm run golden:update and review it`);
        writeFileSync(goldenPath, out);
        return;
      }
      expect(out).toBe(readFileSync(goldenPath, "utf8"));
    });
  }
});
