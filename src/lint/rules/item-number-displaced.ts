import { cleanLine } from "../../../grammar/markup.js";
import type { Rule } from "../rule.js";

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * MIN009: a minute number standing alone on its line, parted from its heading by other text
 * (a PDF export that moved the number into the previous minute).
 */
export const itemNumberDisplaced: Rule = {
  id: "MIN009",
  alias: "item-number-displaced",
  description: "A minute number stands on its heading's line, or just before or after it",
  severity: "error",
  fixable: false,
  check(ctx) {
    for (const item of ctx.document.items) {
      if (!item.number || !item.title || !item.position) continue;
      const i = item.position.start.line - 1;
      const own = words(cleanLine(ctx.lines[i] ?? ""));
      if (own !== words(item.number)) continue; // the number shares its line with the heading
      const title = words(item.title);
      const find = (from: number, step: number) => {
        let between = 0;
        for (let j = from + step, n = 0; j >= 0 && j < ctx.lines.length && n < 60; j += step, n++) {
          const w = words(cleanLine(ctx.lines[j]!));
          if (!w) continue;
          if (w === title || w.startsWith(title) || (title.startsWith(w) && w.length > 3)) return { line: j, between };
          between++;
        }
        return null;
      };
      const after = find(i, 1);
      if (after && after.between === 0) continue;
      const before = find(i, -1);
      if (before && before.between === 0) continue;
      if (!after) continue;
      ctx.report({
        line: i + 1,
        column: 1,
        endLine: i + 1,
        endColumn: (ctx.lines[i] ?? "").length + 1,
        message: `minute number ${item.number} stands ${after.line - i} lines before its heading '${item.title}' (line ${after.line + 1}), with other text between`,
      });
    }
  },
};
