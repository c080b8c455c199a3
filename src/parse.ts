/**
 * The public API: text in, a validated document out. Parsing never throws; what the grammar or the
 * builder could not place is reported in `diagnostics`.
 */
import { parseText } from "../grammar/index.js";
import { buildDocument } from "./build.js";
import { MinutesDocument, type MinutesDocumentT } from "./schema.js";
import { blocksOf } from "./tree.js";

export interface ParseResult {
  document: MinutesDocumentT;
}

/** Parse the text of one set of minutes. */
export function parseMinutes(text: string): ParseResult {
  const { cst, lexErrors, parseErrors } = parseText(text);
  const blocks = blocksOf(cst);
  const document = buildDocument(blocks);
  for (const e of lexErrors) {
    document.diagnostics.push({ severity: "error", code: "lex-error", message: e.message, line: e.line ?? 1, column: e.column ?? 1 });
  }
  for (const e of parseErrors) {
    document.diagnostics.push({ severity: "error", code: "parse-error", message: e.message, line: e.token.startLine ?? 1, column: e.token.startColumn ?? 1 });
  }
  document.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { document };
}

/** Validate a document against the schema; the issues, if any, as messages. */
export function validateDocument(doc: unknown): string[] {
  const r = MinutesDocument.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
