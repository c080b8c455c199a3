import type { Fix, Rule } from "../rule.js";

const TAG = /<\/?(a|abbr|b|big|blockquote|br|caption|center|code|col|colgroup|dd|div|dl|dt|em|font|h[1-6]|hr|i|img|li|mark|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul)\b[^<>\n]{0,300}?\/?>/gi;
// tags that only style or break text: removing them loses nothing the reader sees as structure
const STRAY = new Set(["b", "strong", "i", "em", "u", "span", "font", "p", "br", "sup", "sub", "small", "big", "mark", "s", "strike", "tt", "center"]);

/** MIN005: HTML tags left in published text. Fixable where every tag on the line is stray styling. */
export const htmlTag: Rule = {
  id: "MIN005",
  alias: "html-tag",
  description: "No HTML tags are left in the published text",
  severity: "error",
  fixable: true,
  check(ctx) {
    ctx.lines.forEach((line, i) => {
      TAG.lastIndex = 0;
      const tags: RegExpExecArray[] = [];
      for (let m = TAG.exec(line); m; m = TAG.exec(line)) tags.push(m);
      if (tags.length === 0) return;
      const names = [...new Set(tags.map((t) => t[0].replace(/\s[^>]*?(\/?)>$/, "$1>").toLowerCase()))];
      const first = tags[0]!;
      const last = tags[tags.length - 1]!;
      let fix: Fix | undefined;
      if (tags.every((t) => STRAY.has(t[1]!.toLowerCase()))) {
        // one replacement for the line: tags out; a space where a tag was all that parted two words
        let out = "";
        let from = 0;
        for (const t of tags) {
          out += line.slice(from, t.index);
          from = t.index + t[0].length;
          const before = out.at(-1);
          const after = line[from];
          const block = /^(?:p|br)$/i.test(t[1]!);
          if (block && before && after && !/\s/.test(before) && !/\s/.test(after)) out += " ";
        }
        out += line.slice(from);
        const start = ctx.lineStarts[i]!;
        fix = { start, end: start + line.length, text: out };
      }
      ctx.report({
        line: i + 1,
        column: first.index + 1,
        endLine: i + 1,
        endColumn: last.index + last[0].length + 1,
        message: `HTML ${tags.length === 1 ? "tag" : "tags"} left in the text: ${names.slice(0, 6).join(" ")}${names.length > 6 ? " ..." : ""}`,
        fix,
      });
    });
  },
};
