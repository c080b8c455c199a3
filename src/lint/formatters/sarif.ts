import { rules } from "../rules/index.js";
import type { Formatter } from "./types.js";

/** SARIF 2.1.0, one run, every rule described, for code-scanning upload. */
export const sarif: Formatter = (results, { version }) => {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const uri = (file: string) => file.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/");
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "minutes",
            version,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.alias,
              shortDescription: { text: r.description },
              help: { text: `${r.description}. See docs/rules/${r.alias}.md.` },
              defaultConfiguration: { level: r.severity === "error" ? "error" : "warning" },
              properties: { fixable: r.fixable },
            })),
          },
        },
        artifacts: results.map((r) => ({ location: { uri: uri(r.file) } })),
        results: results.flatMap((r, fileIndex) =>
          r.messages.map((m) => ({
            ruleId: m.ruleId,
            ruleIndex: index.get(m.ruleId) ?? -1,
            level: m.severity === "error" ? "error" : "warning",
            message: { text: m.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uri(r.file), index: fileIndex },
                  region: {
                    startLine: m.line,
                    startColumn: m.column,
                    ...(m.endLine ? { endLine: m.endLine } : {}),
                    ...(m.endColumn ? { endColumn: m.endColumn } : {}),
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
