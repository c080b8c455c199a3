// The JSON the command writes a piece at a time is the text JSON.stringify would have made.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunked, jsonPieces } from "../src/json.js";
import { fixtureTexts, parsed } from "./helpers.js";

const joined = (value: unknown, indent: number) => [...jsonPieces(value, indent)].join("");

describe("jsonPieces", () => {
  it.each(fixtureTexts())("%s: compact and indented, as JSON.stringify", (rel) => {
    const doc = parsed(rel);
    expect(joined(doc, 0)).toBe(JSON.stringify(doc));
    expect(joined(doc, 2)).toBe(JSON.stringify(doc, null, 2));
  });
  it("writes a document an item at a time", () => {
    const doc = parsed(fixtureTexts()[0]!);
    const pieces = [...jsonPieces(doc, 0)];
    const items = JSON.stringify(doc.items[0]);
    expect(doc.items.length).toBeGreaterThan(1);
    expect(pieces).toContain(items);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(doc).length / 2);
  });
  it("agrees with JSON.stringify on any value, empty containers and left-out keys among them", () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: "small" }, fc.jsonValue(), fc.constant(undefined), fc.array(tie("any")), fc.dictionary(fc.string(), tie("any"))),
    })).any;
    fc.assert(
      fc.property(value, fc.constantFrom(0, 2, 4), fc.integer({ min: 0, max: 4 }), (v, indent, depth) => {
        expect([...jsonPieces(v, indent, depth)].join("")).toBe(JSON.stringify(v, null, indent || undefined) ?? "null");
      }),
      { numRuns: 2000 },
    );
  });
  it("gathers pieces into chunks without changing the text", () => {
    const pieces = ["a", "bc", "", "def", "g"];
    expect([...chunked(pieces, 3)]).toEqual(["abc", "def", "g"]);
    expect([...chunked([], 3)]).toEqual([]);
  });
});
