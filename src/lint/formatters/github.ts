import type { Formatter } from "./types.js";

// workflow commands: data escapes %, CR, LF; property values also ':' and ','
const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const prop = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions annotations: `::error file=F,line=L,col=C,title=T::message`, one line each. */
export const github: Formatter = (results) => {
  let out = "";
  for (const r of results) {
    for (const m of r.messages) {
      const level = m.severity === "error" ? "error" : "warning";
      const props = [`file=${prop(r.file)}`, `line=${m.line}`, `col=${m.column}`];
      if (m.endLine) props.push(`endLine=${m.endLine}`);
      if (m.endColumn && m.endLine === m.line) props.push(`endColumn=${m.endColumn}`);
      props.push(`title=${prop(`${m.ruleId} ${m.alias}`)}`);
      out += `::${level} ${props.join(",")}::${data(m.message)}\n`;
    }
  }
  return out;
};
