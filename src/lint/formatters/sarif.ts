import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { rules } from "../rules/index.js";
import type { Formatter } from "./types.js";

const SRCROOT = "%SRCROOT%";

/**
 * Where a file is, as SARIF says it: a URI relative to the working folder under the base
 * `%SRCROOT%` (what code scanning maps onto the repository, as ESLint's SARIF formatter writes it),
 * or an absolute `file:` URI for a file outside that folder.
 */
export function artifactLocation(file: string, cwd: string = process.cwd()): { uri: string; uriBaseId?: string } {
  if (file === "<stdin>") return { uri: "stdin" };
  const rel = relative(cwd, file);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}

/** SARIF 2.1.0, one run, every rule described, for code-scanning upload. */
export const sarif: Formatter = (results, { version }) => {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const cwd = process.cwd();
  const where = results.map((r) => artifactLocation(r.file, cwd));
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
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd + sep).href } },
        artifacts: where.map((location) => ({ location })),
        results: results.flatMap((r, fileIndex) =>
          r.messages.map((m) => ({
            ruleId: m.ruleId,
            ruleIndex: index.get(m.ruleId) ?? -1,
            level: m.severity === "error" ? "error" : "warning",
            message: { text: m.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { ...where[fileIndex]!, index: fileIndex },
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
