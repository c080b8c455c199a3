import { counts, type Formatter } from "./types.js";

const paint = (on: boolean, code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

/** Grouped by file, aligned columns, a summary line: ESLint's default. Nothing at all when clean. */
export const stylish: Formatter = (results, { color }) => {
  const red = paint(color, "31");
  const yellow = paint(color, "33");
  const dim = paint(color, "2");
  const bold = paint(color, "1");
  const underline = paint(color, "4");
  let out = "";
  for (const r of results) {
    if (r.messages.length === 0) continue;
    out += `\n${underline(r.file)}\n`;
    const rows = r.messages.map((m) => [`${m.line}:${m.column}`, m.severity, m.message, `${m.alias} (${m.ruleId})`] as const);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    const w2 = Math.max(...rows.map((x) => x[2].length));
    for (const [pos, sev, msg, rule] of rows) {
      const s = sev === "error" ? red(sev.padEnd(w1)) : yellow(sev.padEnd(w1));
      out += `  ${dim(pos.padEnd(w0))}  ${s}  ${msg.padEnd(w2)}  ${dim(rule)}\n`;
    }
  }
  const { errors, warnings, fixable } = counts(results);
  const total = errors + warnings;
  if (total === 0) return "";
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const summary = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  out += `\n${bold(errors ? red(summary) : yellow(summary))}\n`;
  if (fixable) out += `  ${plural(fixable, "problem")} fixable with the \`--fix\` option.\n`;
  return out;
};
