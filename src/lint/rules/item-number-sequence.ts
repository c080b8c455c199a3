import type { Rule } from "../rule.js";
import { walk } from "./item-numbers.js";

/** MIN008: minute numbers are used once each and run forwards. */
export const itemNumberSequence: Rule = {
  id: "MIN008",
  alias: "item-number-sequence",
  description: "Minute numbers run forwards and none is used twice",
  severity: "error",
  fixable: false,
  check(ctx) {
    walk(ctx, (kind, _item, r) => {
      if (kind !== "gap") ctx.report(r);
    });
  },
};
