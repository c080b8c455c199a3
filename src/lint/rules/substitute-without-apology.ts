import { at, samePerson, type Rule } from "../rule.js";

/** MIN013: a named substitute stands in for a member who sent apologies. */
export const substituteWithoutApology: Rule = {
  id: "MIN013",
  alias: "substitute-without-apology",
  description: "A substitute stands in for a member listed with apologies",
  severity: "warning",
  fixable: false,
  check(ctx) {
    const apologies = ctx.document.attendees.filter((a) => a.attendance === "apologies" || a.attendance === "absent");
    for (const s of ctx.document.attendees) {
      if (!s.substituteFor) continue;
      if (apologies.some((a) => samePerson(a.name, s.substituteFor))) continue;
      ctx.report(at(s.position, `${s.name} substitutes for ${s.substituteFor}, who is not among the apologies`));
    }
  },
};
