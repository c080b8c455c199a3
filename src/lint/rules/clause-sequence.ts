import type { PositionT } from "../../schema.js";
import type { Rule } from "../rule.js";

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function roman(s: string): number | null {
  if (!/^[ivxlc]+$/i.test(s)) return null;
  let total = 0;
  const t = s.toLowerCase();
  for (let k = 0; k < t.length; k++) {
    const v = ROMAN[t[k]!]!;
    const next = ROMAN[t[k + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

type Labelled = { label: string; position?: PositionT };

/** The ordinal of each label in a run, read as numbers, letters or roman numerals as the run is. */
function ordinals(run: readonly Labelled[]): number[] | null {
  const labels = run.map((x) => x.label.toLowerCase());
  if (labels.every((l) => /^\d+$/.test(l))) return labels.map(Number);
  // "i, ii, iii" is roman; "h, i, j" is lettered
  if (labels[0] === "i" && labels.every((l) => roman(l) !== null)) return labels.map((l) => roman(l)!);
  if (labels.every((l) => /^[a-z]$/.test(l))) return labels.map((l) => l.charCodeAt(0) - 96);
  if (labels.every((l) => roman(l) !== null)) return labels.map((l) => roman(l)!);
  return null;
}

/** MIN011: lettered or numbered clauses run a, b, c (not a, b, d). */
export const clauseSequence: Rule = {
  id: "MIN011",
  alias: "clause-sequence",
  description: "Lettered and numbered clauses are in sequence (a, b, c; i, ii, iii; 1, 2, 3)",
  severity: "error",
  fixable: false,
  check(ctx) {
    const reported = new Set<number>();
    const checkRun = (run: Labelled[]) => {
      if (run.length < 2) return;
      const ns = ordinals(run);
      if (!ns) return;
      for (let k = 1; k < run.length; k++) {
        if (ns[k] === ns[k - 1]! + 1) continue;
        const p = run[k]!.position;
        if (!p || reported.has(p.start.line)) continue;
        reported.add(p.start.line);
        ctx.report({ line: p.start.line, column: p.start.column, message: `clause '${run[k]!.label}' follows '${run[k - 1]!.label}': out of sequence` });
      }
    };
    for (const item of ctx.document.items) {
      for (const r of item.resolutions) checkRun(r.clauses.filter((c): c is Labelled & typeof c => !!c.label));
      // runs of labelled list points in the minute's text
      let run: Labelled[] = [];
      for (const b of item.content) {
        if (b.type === "listItem" && b.label) run.push({ label: b.label, position: b.position });
        else if (b.type !== "listItem") {
          checkRun(run);
          run = [];
        }
      }
      checkRun(run);
    }
  },
};
