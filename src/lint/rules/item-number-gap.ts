import type { Rule } from "../rule.js";
import { walk } from "./item-numbers.js";

/** MIN020: no minute number is skipped. */
export const itemNumberGap: Rule = {
  id: "MIN020",
  alias: "item-number-gap",
  description: "No minute number is skipped",
  severity: "warning",
  fixable: false,
  check(ctx) {
    walk(ctx, (kind, _item, r) => {
      if (kind === "gap") ctx.report(r);
    });
  },
};
