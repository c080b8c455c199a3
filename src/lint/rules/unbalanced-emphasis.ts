import type { Rule } from "../rule.js";

/** MIN006: a `**` or `__` that opens bold text and never closes it (or closes what never opened). */
export const unbalancedEmphasis: Rule = {
  id: "MIN006",
  alias: "unbalanced-emphasis",
  description: "Markdown emphasis markers come in pairs within a paragraph",
  severity: "error",
  fixable: true,
  check(ctx) {
    // a paragraph: lines between blank lines; bold may span its lines
    let para: number[] = [];
    const flush = () => {
      for (const marker of ["**", "__"]) {
        const hits: { line: number; col: number }[] = [];
        for (const i of para) {
          const line = ctx.lines[i]!;
          // runs of the marker's character: "**" one marker, "****" a close and an open, "***" bold
          // italic; "___..." a signature line or a rule, not emphasis
          const runs = marker === "**" ? /(?<![*\\])\*{2,4}(?!\*)/g : /(?<![_\\])__(?!_)/g;
          for (let m = runs.exec(line); m; m = runs.exec(line)) {
            if (/^\s*$/.test(line.slice(0, m.index)) && /^\s*$/.test(line.slice(m.index + m[0].length))) continue;
            hits.push({ line: i, col: m.index });
            if (m[0].length === 4) hits.push({ line: i, col: m.index + 2 });
          }
        }
        if (hits.length % 2 === 0) continue;
        // one marker alone is certainly stray; among several, the unpaired one is a guess: no fix
        const h = hits[hits.length - 1]!;
        const start = ctx.lineStarts[h.line]! + h.col;
        ctx.report({
          line: h.line + 1,
          column: h.col + 1,
          endLine: h.line + 1,
          endColumn: h.col + 3,
          message: `unbalanced '${marker}': ${hits.length === 1 ? "this marker has no partner in its paragraph" : `${hits.length} markers in this paragraph, one unpaired`}`,
          fix: hits.length === 1 ? { start, end: start + 2, text: "" } : undefined,
        });
      }
      para = [];
    };
    ctx.lines.forEach((line, i) => {
      if (line.trim() === "") flush();
      else para.push(i);
    });
    flush();
  },
};
