/**
 * Lint one text: parse it, run the enabled rules over the tree and the source lines, and sort
 * what they report. Rules never throw into the caller: a rule that fails is itself reported.
 */
import { parseMinutes } from "../parse.js";
import type { Fix, LintMessage, Report, Rule, RuleContext, Severity } from "./rule.js";
import { rules } from "./rules/index.js";

/** Severity by rule id; rules not named keep their default. */
export type RuleLevels = ReadonlyMap<string, Severity | "off">;

function lineTable(text: string): { lines: string[]; lineStarts: number[] } {
  const lines: string[] = [];
  const lineStarts: number[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lineStarts.push(start);
    lines.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  lineStarts.push(start);
  lines.push(text.slice(start));
  return { lines, lineStarts };
}

/** Lint the text of one set of minutes. */
export function lintText(text: string, levels: RuleLevels = new Map(), only?: readonly Rule[]): LintMessage[] {
  const { document } = parseMinutes(text);
  const { lines, lineStarts } = lineTable(text);
  const out: LintMessage[] = [];
  for (const rule of only ?? rules) {
    const severity = levels.get(rule.id) ?? rule.severity;
    if (severity === "off") continue;
    const ctx: RuleContext = {
      text,
      lines,
      lineStarts,
      document,
      report: (r: Report) => out.push({ ...r, ruleId: rule.id, alias: rule.alias, severity }),
    };
    try {
      rule.check(ctx);
    } catch (e) {
      out.push({ ruleId: rule.id, alias: rule.alias, severity: "error", line: 1, column: 1, message: `internal error in rule ${rule.alias}: ${(e as Error).message}` });
    }
  }
  out.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return out;
}

/** Apply the fixes of some messages; overlapping fixes after the first are left for a later pass. */
export function applyFixes(text: string, messages: readonly LintMessage[]): { text: string; applied: number } {
  const fixes = messages.map((m) => m.fix).filter((f): f is Fix => !!f).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  let applied = 0;
  for (const f of fixes) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + f.text;
    at = f.end;
    applied++;
  }
  return { text: out + text.slice(at), applied };
}

/** Lint, fix what is certain, and lint again until nothing more is fixed (at most 10 passes). */
export function lintAndFix(text: string, levels: RuleLevels = new Map()): { text: string; messages: LintMessage[]; applied: number } {
  let current = text;
  let total = 0;
  for (let pass = 0; pass < 10; pass++) {
    const messages = lintText(current, levels);
    const { text: next, applied } = applyFixes(current, messages);
    if (applied === 0) return { text: current, messages, applied: total };
    total += applied;
    current = next;
  }
  return { text: current, messages: lintText(current, levels), applied: total };
}
