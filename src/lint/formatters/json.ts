import { counts, type Formatter } from "./types.js";

/** One JSON document: a result per file with its messages, and the totals. */
export const json: Formatter = (results) => {
  const { errors, warnings, fixable } = counts(results);
  const files = results.map((r) => ({
    file: r.file,
    errorCount: r.messages.filter((m) => m.severity === "error").length,
    warningCount: r.messages.filter((m) => m.severity === "warning").length,
    fixed: r.fixed,
    messages: r.messages,
  }));
  return JSON.stringify({ files, errorCount: errors, warningCount: warnings, fixableCount: fixable }, null, 2) + "\n";
};
