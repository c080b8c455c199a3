import type { Rule } from "../rule.js";

const MARKER = /^\s*(?:#+\s*)?(?:\*\*|__)?\s*(?:\(?draft\)?(?:\s+minutes)?|minutes\s*\(draft\)|draft\s+(?:and\s+)?(?:unconfirmed|unapproved)(?:\s+minutes)?|unconfirmed\s+minutes)\s*(?:\*\*|__)?\s*$/i;

/** MIN017: minutes published with a draft marker still on them. */
export const draftMarker: Rule = {
  id: "MIN017",
  alias: "draft-marker",
  description: "Published minutes carry no draft marker",
  severity: "error",
  fixable: false,
  check(ctx) {
    const i = ctx.lines.findIndex((l) => MARKER.test(l));
    if (i >= 0) {
      const col = ctx.lines[i]!.search(/\S/) + 1;
      ctx.report({ line: i + 1, column: col, endLine: i + 1, endColumn: ctx.lines[i]!.trimEnd().length + 1, message: `draft marker '${ctx.lines[i]!.trim()}': these minutes are marked as a draft` });
      return;
    }
    // "Draft Minutes for approval at the next Ordinary Meeting"; not the standing notice
    // "All minutes are draft until agreed at the next meeting"
    const j = ctx.lines.findIndex((l) => l.length < 120 && /^\W*draft\s+minutes\b/i.test(l));
    if (j < 0) return;
    const col = ctx.lines[j]!.search(/draft/i) + 1;
    ctx.report({ line: j + 1, column: col, endLine: j + 1, endColumn: ctx.lines[j]!.trimEnd().length + 1, message: `draft marker '${ctx.lines[j]!.trim()}': these minutes are marked as a draft` });
  },
};
