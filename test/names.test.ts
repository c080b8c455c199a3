// The grammar describes forms, not people: the seeds with their names changed give the same
// structure, with the new names in the places of the old.
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../src/parse.js";
import { parsed, read, seed } from "./helpers.js";

const swaps: [RegExp, string][] = [
  [/Lester/g, "Okonkwo"], [/Swinglehurst/g, "Abernathy"], [/Stoddart/g, "Vasquez"], [/Jonathan/g, "Priya"],
  [/Toni Fagan/g, "Marta Kowalczyk"], [/Fagan/g, "Kowalczyk"], [/Cornthwaite/g, "Oyelaran"], [/Rob Williams/g, "Ian Drummond"],
  [/Howells/g, "Tremaine"], [/Hewitt/g, "Dubois"], [/Sebastian Bowen/g, "Ruth Ng"], [/Currie/g, "Fairweather"],
  [/Herefordshire/g, "Wessex"], [/Hereford/g, "Casterbridge"],
];
const rename = (s: string) => swaps.reduce((t, [re, to]) => t.replace(re, to), s);
const shape = (d: ReturnType<typeof parsed>) => ({
  items: d.items.map((i) => [i.number, i.resolutions.map((r) => r.clauses.length), i.actions.length]),
  attendees: d.attendees.map((a) => [a.attendance, a.voting ?? null, a.substituteFor !== undefined]),
  questions: d.questions.map((q) => [q.ref, q.kind, Boolean(q.response), Boolean(q.supplementary)]),
  header: [d.meeting.date, d.meeting.startTime, d.meeting.endTime, d.meeting.draft, d.meeting.chair !== null],
});

describe("names changed", () => {
  for (const n of ["000", "002", "003", "004"]) {
    it(`seed ${n} has the same structure`, () => {
      const original = parsed(seed(n));
      const changed = parseMinutes(rename(read(seed(n)))).document;
      expect(shape(changed)).toEqual(shape(original));
      // names have other lengths, so offsets move: compare all but positions
      const noPos = (v: unknown) => JSON.stringify(v, (k, x) => (/^(?:position|numberPosition|titlePosition|labelPosition)$/.test(k) ? undefined : x));
      expect(noPos(changed)).toBe(rename(noPos(original)));
    });
  }
});

describe("names and headings in capitals", () => {
  it("a list of names in capitals is names; a heading in capitals is none", async () => {
    const { looksLikeName } = await import("../src/names.js");
    expect(looksLikeName("JOHN SMITH")).toBe(true);
    expect(looksLikeName("DECLARATIONS OF INTEREST")).toBe(false);
    expect(looksLikeName("MINUTES OF THE LAST MEETING")).toBe(false);
  });
});
