// The attendance reader tests how a line of a list ends on the end of the line only (`ending`):
// a pattern anchored at the end was tried from every character of long lines.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ending } from "../src/attendance.js";

// the end-anchored patterns `joinWrapped` asks of the line above
const PATTERNS = [/\p{L}\s*[-–—]$/u, /(?:,|\band|&|\p{L}\s*[-–—])$/u, /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?$/];
const pieces = ["a", "Z", " ", "  ", "\t", "-", "–", "—", ",", "&", "and", "band", " and", "Councillor", "Councillor.", "Mr", ".", "𝒜", "é", "\u00a0", "1", "Jo Bruce"];
const texts = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((p) => p.join(""));

describe("ending", () => {
  it("gives every end-anchored pattern of the list reader the answer the whole line gives", () => {
    fc.assert(
      fc.property(texts, (t) => {
        for (const re of PATTERNS) expect(re.test(ending(t))).toBe(re.test(t));
      }),
      { numRuns: 20000 },
    );
  });

  it("keeps the last word, the white space after it and the last character", () => {
    expect(ending("Present: Cllr A Smith, Cllr B Jones, Alison Richardson   -")).toBe("lison Richardson   -");
    expect(ending("Apologies: Councillor.")).toBe("gies: Councillor.");
    expect(ending("Jo Bruce –")).toBe("Jo Bruce –");
  });
});
