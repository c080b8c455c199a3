import { at, samePerson, type Rule } from "../rule.js";

/** MIN012: nobody is both at the meeting and sending apologies for it. */
export const presentAndApologies: Rule = {
  id: "MIN012",
  alias: "present-and-apologies",
  description: "Nobody is listed both as attending and as giving apologies",
  severity: "error",
  fixable: false,
  check(ctx) {
    const attendees = ctx.document.attendees;
    const here = attendees.filter((a) => a.attendance === "present" || a.attendance === "remote");
    for (const a of attendees.filter((x) => x.attendance === "apologies")) {
      const both = here.filter((h) => samePerson(h.name, a.name));
      // a surname shared by two people present is not evidence
      if (both.length !== 1) continue;
      const h = both[0]!;
      ctx.report(at(a.position, `${a.name} gave apologies but is also listed as attending (${h.name}${h.position ? `, line ${h.position.start.line}` : ""})`));
    }
  },
};
