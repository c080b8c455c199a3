import { at, type Rule } from "../rule.js";

/** MIN010: a numbered minute with no heading. */
export const itemNoTitle: Rule = {
  id: "MIN010",
  alias: "item-no-title",
  description: "Every numbered minute has a title",
  severity: "error",
  fixable: false,
  check(ctx) {
    for (const item of ctx.document.items) {
      if (item.number && !item.title?.trim()) ctx.report(at(item.position, `minute ${item.number} has no title`));
    }
  },
};
