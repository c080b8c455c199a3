// White space as the patterns read it: the character loops that ask `isSpace` must agree with `\s`.
import { describe, expect, it } from "vitest";
import { isSpace } from "../../grammar/markup.js";

describe("isSpace", () => {
  it("agrees with \\s on every UTF-16 code unit", () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });

  it("reads a tab, a no-break space and an ideographic space as space, and a letter or NaN as not", () => {
    expect([9, 0xa0, 0x3000].map(isSpace)).toEqual([true, true, true]);
    expect(["a".charCodeAt(0), "".charCodeAt(0)].map(isSpace)).toEqual([false, false]);
  });
});
