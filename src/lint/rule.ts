/**
 * What a lint rule is and what it reports. A rule reads the parsed document and, where it needs
 * them, the source lines; it reports problems at 1-based lines and columns of the source, as
 * ESLint and markdownlint do. A rule whose fix is certain (stray markup) attaches it.
 */
import type { MinutesDocumentT, PositionT } from "../schema.js";

export type Severity = "error" | "warning";

/** A replacement of the source text `[start, end)` (0-based offsets) by `text`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** What a rule reports. */
export interface Report {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  fix?: Fix;
}

/** One problem found in one file. */
export interface LintMessage extends Report {
  ruleId: string;
  alias: string;
  severity: Severity;
}

/** What a rule sees of one document. */
export interface RuleContext {
  /** the decoded source text */
  readonly text: string;
  /** the source lines, without their line ends */
  readonly lines: readonly string[];
  /** 0-based offset of the start of each line */
  readonly lineStarts: readonly number[];
  readonly document: MinutesDocumentT;
  report(r: Report): void;
}

export interface Rule {
  /** stable id, never reused: `MIN001` */
  readonly id: string;
  /** kebab-case name: `header-incomplete` */
  readonly alias: string;
  readonly description: string;
  readonly severity: Severity;
  readonly fixable: boolean;
  check(ctx: RuleContext): void;
}

/** The report at the start of a node's position (line 1 when it has none). */
export function at(position: PositionT | undefined, message: string): Report {
  if (!position) return { line: 1, column: 1, message };
  return { line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column, message };
}

/** Reports for each match of a pattern in the source lines (`g` flag required). */
export function eachMatch(ctx: RuleContext, pattern: RegExp, fn: (m: RegExpExecArray, lineNo: number) => void): void {
  ctx.lines.forEach((line, i) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      fn(m, i + 1);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  });
}

/** A person's name reduced for comparison: no titles, no dots, lower case. */
export function nameKey(name: string | null | undefined): string {
  return (name ?? "")
    .replace(/\b(?:councillors?|cllrs?|mr|mrs|ms|miss|dr|prof|sir|dame|the|rev|revd)\b\.?/gi, " ")
    .replace(/[.,*]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Whether two names can be the same person: equal, or one a surname (and initial) of the other. */
export function samePerson(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const xs = x.split(" ");
  const ys = y.split(" ");
  if (xs.at(-1) !== ys.at(-1)) return false;
  if (xs.length === 1 || ys.length === 1) return true;
  // "Arwel Davies" is not "Alun Davies"; "P Harries" may be "Peter Harries"
  const [fx, fy] = [xs[0]!, ys[0]!];
  if (fx.length > 1 && fy.length > 1) return fx === fy;
  return fx[0] === fy[0];
}
