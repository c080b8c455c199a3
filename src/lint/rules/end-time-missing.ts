import type { Rule } from "../rule.js";
import { endLine } from "./end-time.js";

/** MIN003: minutes record when the meeting ended. */
export const endTimeMissing: Rule = {
  id: "MIN003",
  alias: "end-time-missing",
  description: "The minutes record the time the meeting ended",
  severity: "warning",
  fixable: false,
  check(ctx) {
    if (ctx.document.meeting.endTime || endLine(ctx)) return;
    let last = ctx.lines.length;
    while (last > 1 && !ctx.lines[last - 1]!.trim()) last--;
    ctx.report({ line: last, column: 1, message: "the minutes do not say when the meeting ended" });
  },
};
