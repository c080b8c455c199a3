import type { Rule } from "../rule.js";

/** MIN001: the meeting's header must say which body met, on what date, and when it began. */
export const headerIncomplete: Rule = {
  id: "MIN001",
  alias: "header-incomplete",
  description: "The meeting header names the body, the date and the start time",
  severity: "warning",
  fixable: false,
  check(ctx) {
    const m = ctx.document.meeting;
    const missing = [m.body ? null : "the body that met", m.date ? null : "the date", m.startTime ? null : "the start time"].filter(Boolean);
    if (missing.length === 0) return;
    const first = ctx.lines.findIndex((l) => l.trim().length > 0);
    ctx.report({ line: first < 0 ? 1 : first + 1, column: 1, message: `the meeting header does not give ${missing.join(", ")}` });
  },
};
