import type { Rule } from "../rule.js";

/** MIN019: text the grammar could not place in the structure (the parser's own diagnostics). */
export const unplacedText: Rule = {
  id: "MIN019",
  alias: "unplaced-text",
  description: "All text has a place in the structure of the minutes",
  severity: "warning",
  fixable: false,
  check(ctx) {
    for (const d of ctx.document.diagnostics) {
      if (d.severity === "info") continue;
      ctx.report({ line: d.line, column: d.column, message: `${d.message} [${d.code}]` });
    }
  },
};
