import { eachMatch, type Rule } from "../rule.js";

const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
// "Friday 30 September 2022", "Tuesday, 4th October 2022", "Monday the 3rd of July 2017"
const DATED_DAY = /\b(Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?)(?:day)?\b,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b/gi;

/** MIN002: a weekday written beside a date must be that date's weekday. */
export const weekdayMismatch: Rule = {
  id: "MIN002",
  alias: "weekday-mismatch",
  description: "A weekday written with a date is the weekday of that date",
  severity: "error",
  fixable: false,
  check(ctx) {
    eachMatch(ctx, DATED_DAY, (m, line) => {
      const written = DAYS.findIndex((d) => d.startsWith(m[1]!.toLowerCase().slice(0, 3)));
      const month = MONTHS.findIndex((x) => x.startsWith(m[3]!.toLowerCase().slice(0, 3)));
      const day = +m[2]!;
      const year = +m[4]!;
      const date = new Date(Date.UTC(year, month, day));
      if (month < 0 || written < 0 || date.getUTCDate() !== day) return;
      const actual = date.getUTCDay();
      if (actual === written) return;
      const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
      ctx.report({
        line,
        column: m.index + 1,
        endLine: line,
        endColumn: m.index + m[0].length + 1,
        message: `'${m[0]}': ${day} ${cap(MONTHS[month]!)} ${year} is a ${cap(DAYS[actual]!)}, not a ${cap(DAYS[written]!)}`,
      });
    });
  },
};
