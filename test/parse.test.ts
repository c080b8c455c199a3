// parseTaken takes the text from its holder once the lines are made, so that a caller holding only
// the holder lets a large text go before the document is built; the document is parseMinutes'.
import { describe, expect, it } from "vitest";
import { parseMinutes, parseTaken } from "../src/parse.js";
import { fixtureTexts, read } from "./helpers.js";

describe("parseTaken", () => {
  for (const rel of fixtureTexts().filter((f) => f.startsWith("seeds/"))) {
    it(`gives ${rel} the document parseMinutes gives, and empties its holder`, () => {
      const text = read(rel);
      const input = { text };
      const { document } = parseTaken(input);
      expect(input.text).toBe("");
      expect(JSON.stringify(document)).toBe(JSON.stringify(parseMinutes(text).document));
    });
  }

  it("places the lines it reads in the source, whichever are asked for", () => {
    const { document } = parseTaken({ text: "Present: Cllr A Smith (Chair), Cllr B Jones\n\n1. Apologies\nNone.\n" });
    expect(document.attendees.map((a) => [a.name, a.position?.start.line, a.position?.start.column])).toEqual([
      ["A Smith", 1, 1],
      ["B Jones", 1, 1],
    ]);
  });
});
