/**
 * The public API: text in, a validated document out. Parsing never throws; what the grammar or the
 * builder could not place is reported in `diagnostics`.
 */
import { lineIndex, makeView, parseText } from "../grammar/index.js";
import { buildDocument } from "./build.js";
import { MinutesDocument, type MinutesDocumentT } from "./schema.js";
import { blocksOf, type SyntaxBlock } from "./tree.js";

export interface ParseResult {
  document: MinutesDocumentT;
}

/** Parse the text of one set of minutes. */
export function parseMinutes(text: string): ParseResult {
  const { blocks, errors } = syntax(text);
  const document = buildDocument(blocks);
  document.diagnostics.push(...errors);
  document.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { document };
}

/**
 * The blocks of lines and the grammar's errors. (Its own function so that the tokens and the
 * blocks of tokens are garbage once it returns, not held while the document is built.)
 */
function syntax(text: string): { blocks: SyntaxBlock[]; errors: MinutesDocumentT["diagnostics"] } {
  const view = makeView(text);
  const { blocks: tokenBlocks, lexErrors, parseErrors } = parseText(view.text);
  const point = lineIndex(text);
  const blocks = blocksOf(tokenBlocks, (o) => point(view.toSource(o)));
  const errors: MinutesDocumentT["diagnostics"] = [];
  for (const e of lexErrors) {
    const at = point(view.toSource(e.offset));
    errors.push({ severity: "error", code: "lex-error", message: e.message, line: at.line, column: at.column });
  }
  for (const e of parseErrors) {
    const at = point(view.toSource(Number.isFinite(e.token.startOffset) ? e.token.startOffset : 0));
    errors.push({ severity: "error", code: "parse-error", message: e.message, line: at.line, column: at.column });
  }
  return { blocks, errors };
}

/** Validate a document against the schema; the issues, if any, as messages. */
export function validateDocument(doc: unknown): string[] {
  const r = MinutesDocument.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
