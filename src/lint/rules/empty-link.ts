import { eachMatch, type Rule } from "../rule.js";

const LINK = /(?<!!)\[([^\][\n]{1,300})\]\(\s*(#?)\s*\)/g;

/** MIN007: a markdown link whose target is empty or `#`: the reader gets a link to nowhere. */
export const emptyLink: Rule = {
  id: "MIN007",
  alias: "empty-link",
  description: "Links have a real target (not empty, not '#')",
  severity: "error",
  fixable: true,
  check(ctx) {
    eachMatch(ctx, LINK, (m, line) => {
      const start = ctx.lineStarts[line - 1]! + m.index;
      ctx.report({
        line,
        column: m.index + 1,
        endLine: line,
        endColumn: m.index + m[0].length + 1,
        message: `the link '[${m[1]}]' has ${m[2] ? "'#' as its target" : "an empty target"}`,
        fix: { start, end: start + m[0].length, text: m[1]! },
      });
    });
  },
};
