import type { Rule } from "../rule.js";
import { endLine, minutesOfDay } from "./end-time.js";

/** MIN004: an end time that is a placeholder, or earlier than the start. */
export const endTimeInvalid: Rule = {
  id: "MIN004",
  alias: "end-time-invalid",
  description: "The end time is a real time, not a placeholder, and not before the start time",
  severity: "error",
  fixable: false,
  check(ctx) {
    const end = endLine(ctx);
    if (!end) return;
    const endAt = minutesOfDay(end.value);
    const shown = end.value.replace(/\s*\.?\s*$/, "");
    if (endAt === null) {
      ctx.report({ line: end.line, column: end.column, endLine: end.line, endColumn: end.column + end.value.length, message: `the end time '${shown}' is not a time (a placeholder left in?)` });
      return;
    }
    const start = ctx.document.meeting.startTime;
    if (!start) return;
    const startAt = +start.slice(0, 2) * 60 + +start.slice(3);
    // a meeting that runs past midnight ends "before" it started by more than half a day
    if (endAt < startAt && startAt - endAt < 12 * 60) {
      ctx.report({ line: end.line, column: end.column, message: `the meeting ends at '${shown}', before it started (${start})` });
    }
  },
};
