import { samePerson, type Rule } from "../rule.js";

/** MIN014: the person in the chair is among those attending. */
export const chairNotAttendee: Rule = {
  id: "MIN014",
  alias: "chair-not-attendee",
  description: "The chair is listed among those attending",
  severity: "warning",
  fixable: false,
  check(ctx) {
    const { chair } = ctx.document.meeting;
    const attendees = ctx.document.attendees;
    if (!chair || attendees.length === 0) return;
    const here = attendees.filter((a) => a.attendance === "present" || a.attendance === "remote");
    if (here.some((a) => samePerson(a.name, chair))) return;
    const surname = chair.split(/\s+/).at(-1)!;
    const i = ctx.lines.findIndex((l) => l.includes(surname));
    const away = attendees.find((a) => samePerson(a.name, chair));
    ctx.report({
      line: i < 0 ? 1 : i + 1,
      column: i < 0 ? 1 : ctx.lines[i]!.indexOf(surname) + 1,
      message: away ? `the chair, ${chair}, is listed with ${away.attendance}, not as attending` : `the chair, ${chair}, is not among those listed as attending`,
    });
  },
};
