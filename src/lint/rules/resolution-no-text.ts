import { at, type Rule } from "../rule.js";

/** MIN016: a resolution says what was resolved. */
export const resolutionNoText: Rule = {
  id: "MIN016",
  alias: "resolution-no-text",
  description: "Every resolution says what was resolved",
  severity: "error",
  fixable: false,
  check(ctx) {
    for (const item of ctx.document.items) {
      for (const r of item.resolutions) {
        if (r.kind === "noted") continue; // a bare NOTED is a whole decision
        const said = r.text.replace(/^\W*(?:resolved|recommended|agreed|decision|that)\W*/i, "").trim();
        if (said || r.clauses.some((c) => c.text.trim())) continue;
        ctx.report(at(r.position ?? item.position, `a resolution under minute ${item.number ?? item.title ?? "?"} has no text`));
      }
    }
  },
};
