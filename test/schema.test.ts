// Every fixture's output validates against the JSON Schema that `minutes schema` prints.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { fixtureTexts, parsed, root } from "./helpers.js";

const printed = spawnSync(process.execPath, [join(root, "bin/minutes.js"), "schema"], { encoding: "utf8" });

describe("minutes schema", () => {
  it("prints a JSON Schema and exits 0", () => {
    expect(printed.status).toBe(0);
    const schema = JSON.parse(printed.stdout);
    expect(schema.$schema).toContain("2020-12");
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["meeting", "attendees", "items", "questions", "nextMeeting"]));
  });
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(printed.stdout || "{}"));
  for (const rel of fixtureTexts()) {
    it(`${rel} validates`, () => {
      const ok = validate(JSON.parse(JSON.stringify(parsed(rel))));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }
  it("rejects a document with a wrong field", () => {
    const doc = JSON.parse(JSON.stringify(parsed(fixtureTexts()[0]!)));
    doc.meeting.date = "30 September 2022";
    expect(validate(doc)).toBe(false);
  });
});
