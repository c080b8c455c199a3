// Line and column of source offsets: LF-only texts take a faster path than texts with CR in them,
// and both must place every offset alike.
import { describe, expect, it } from "vitest";
import { lineIndex } from "../../grammar/view.js";

/** Line and column of every offset, counted a character at a time. */
function byHand(text: string): [number, number][] {
  const out: [number, number][] = [];
  let line = 1;
  let col = 1;
  for (let i = 0; i <= text.length; i++) {
    out.push([line, col]);
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      col = 1;
    } else col++;
  }
  return out;
}

describe("lineIndex", () => {
  const texts = {
    "LF only": "1. Apologies\nNone.\n\n2. Minutes\nRESOLVED: approved.\n",
    CRLF: "1. Apologies\r\nNone.\r\n\r\n2. Minutes\r\n",
    "lone CR": "1. Apologies\rNone.\r\r2. Minutes",
    mixed: "a\nb\r\nc\rd\n\re",
    "no line end": "The meeting closed at 9pm",
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`places every offset of a text with ${name}`, () => {
      const at = lineIndex(text);
      const got = Array.from({ length: text.length + 1 }, (_, o) => [at(o).line, at(o).column]);
      expect(got).toEqual(byHand(text));
    });
  }

  it("gives the fourth line of an LF text from its first character", () => {
    const text = "Present:\nCllr A Smith\n\nApologies: none";
    expect(lineIndex(text)(text.indexOf("Apologies"))).toEqual({ line: 4, column: 1, offset: 23 });
  });
});
