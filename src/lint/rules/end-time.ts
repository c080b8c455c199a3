/** Where minutes say the meeting ended, and reading the time they give. */
import type { RuleContext } from "../rule.js";

/** "The meeting ended at 5.30 pm", "The Chairman closed the meeting at 9.50pm", "Meeting closed: 21:10" */
const END_LINE = /\b(?:meeting|business)\b[^.\n]{0,60}?\b(?:ended|closed|finished|concluded|terminated|close)\b(?:\s+(?:the\s+meeting|promptly|approximately))?\s*(?:\bat\b|:)\s*([^\n]{0,60})/i;
const TIME = /^(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|hrs|hours)?/i;

/** The line that says when the meeting ended, and what it gives as the time. */
export function endLine(ctx: RuleContext): { line: number; column: number; value: string } | null {
  for (let i = ctx.lines.length - 1; i >= 0; i--) {
    const m = END_LINE.exec(ctx.lines[i]!);
    if (m) return { line: i + 1, column: m.index + m[0].length - m[1]!.length + 1, value: m[1]!.replace(/[*_]+/g, "").trim() };
  }
  return null;
}

/** Minutes of the day of a time as written, or null when it is not a time. */
export function minutesOfDay(value: string): number | null {
  const t = TIME.exec(value.trim().replace(/^(?:approx(?:imately|\.)?|about|around|c\.)\s*/i, ""));
  if (!t || (!t[2] && !t[3])) return null;
  let h = +t[1]!;
  const m = t[2] ? +t[2] : 0;
  if (h > 23 || m > 59) return null;
  const ap = t[3]?.toLowerCase().replace(/\./g, "");
  if (ap === "pm" && h < 12) h += 12;
  if (ap === "am" && h === 12) h = 0;
  return h * 60 + m;
}
