// parseTaken takes the text from its holder once the lines are made, so that a caller holding only
// the holder lets a large text go before the document is built; the document is parseMinutes'.
// And a whole web page saved as text: its minutes are read, its declarations are markup.
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

describe("a whole web page saved as text", () => {
  const page = [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8"><title>Minutes - Parish Council</title>',
    "<style>body { font-family: Arial; }</style>",
    "<script>window.dataLayer = window.dataLayer || [];</script>",
    '</head><body><nav><a href="/">Home</a> | <a href="/minutes">Minutes</a></nav>',
    "<h1>Minutes of the Meeting of Wellbeck Parish Council held on Tuesday 2 June 2020 at 7.30pm</h1>",
    "<p><strong>Present:</strong> Cllr J Brown (Chairman), Cllr P Green, Cllr S White</p>",
    "<h2>1. Apologies</h2><p>Apologies were received from Cllr T Black.</p>",
    "<h2>2. Minutes</h2><p>RESOLVED: that the minutes of the meeting held on 5 May 2020 be approved.</p>",
    "<p>The meeting closed at 8.45pm.</p>",
    "</body></html>",
  ].join("\n");
  it("reads the minutes in it; the declaration is markup, and the page's script stays as text", () => {
    const d = parseMinutes(page).document;
    expect(d.meeting).toMatchObject({ body: "Wellbeck Parish Council", date: "2020-06-02", startTime: "19:30", endTime: "20:45", chair: "J Brown", title: "Minutes - Parish Council" });
    expect(d.attendees.map((a) => [a.name, a.attendance])).toEqual([["J Brown", "present"], ["P Green", "present"], ["S White", "present"], ["T Black", "apologies"]]);
    expect(d.items.map((i) => [i.number, i.title, i.resolutions.length])).toEqual([["1", "Apologies", 0], ["2", "Minutes", 1]]);
    expect(JSON.stringify(d.preamble)).toContain("window.dataLayer");
  });
});
