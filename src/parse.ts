/**
 * The public API: text in, a validated document out. Parsing never throws; what the grammar or the
 * builder could not place is reported in `diagnostics`.
 */
import { lineIndex, makeView, parseParts } from "../grammar/index.js";
import { badReferences } from "../grammar/markup.js";
import { buildDocument } from "./build.js";
import { MinutesDocument, type MinutesDocumentT } from "./schema.js";
import { blocksOf, type SyntaxBlock } from "./tree.js";

export interface ParseResult {
  document: MinutesDocumentT;
  /**
   * Whether the text reads as minutes at all: a header, a decision or a question; or numbered
   * items, an attendance list or list points, and the words of a meeting. When it does not, the
   * document has a `no-meeting-structure` warning and the command exits 1.
   */
  minutes: boolean;
}

/** Parse the text of one set of minutes. */
export function parseMinutes(text: string): ParseResult {
  return parseTaken({ text });
}

/**
 * Whether a held text is blank. (A function, so that a caller that checks its input before
 * `parseTaken` keeps no copy of the text, or a trimmed slice of it, in its own frame.)
 */
export function isBlank(input: { text: string }): boolean {
  return input.text.trim().length === 0;
}

/**
 * Parse the text held by `input`, taking it: `input.text` is emptied once the lines are made, so a
 * caller that holds only `input` lets the text go before the document is built (on a 10 MB
 * document with characters beyond Latin-1 the text is 20 MB of the live heap).
 */
export function parseTaken(input: { text: string }): ParseResult {
  const { blocks, errors } = syntax(input);
  const { document, minutes } = buildDocument(blocks);
  document.diagnostics.push(...errors);
  document.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { document, minutes };
}

/**
 * The blocks of lines and the grammar's errors. (Its own function, so that what the grammar made
 * on the way is garbage once it returns.)
 */
function syntax(input: { text: string }): { blocks: SyntaxBlock[]; errors: MinutesDocumentT["diagnostics"] } {
  const view = makeView(input.text);
  const point = lineIndex(input.text);
  const errors: MinutesDocumentT["diagnostics"] = [];
  for (const { offset, ref } of badReferences(input.text)) {
    const at = point(offset);
    errors.push({ severity: "warning", code: "bad-character-reference", message: `'${ref}' names no character (a surrogate half, zero, or past U+10FFFF); read as U+FFFD`, line: at.line, column: at.column });
  }
  input.text = "";
  const locate = (o: number) => point(view.toSource(o));
  const blocks: SyntaxBlock[] = [];
  // (a part at a time: each part's tokens are garbage once its lines are made)
  for (const { blocks: tokenBlocks, lexErrors, parseErrors } of parseParts(view.text)) {
    blocksOf(tokenBlocks, locate, blocks);
    for (const e of lexErrors) {
      const at = locate(e.offset);
      errors.push({ severity: "error", code: "lex-error", message: e.message, line: at.line, column: at.column });
    }
    for (const e of parseErrors) {
      const at = locate(Number.isFinite(e.token.startOffset) ? e.token.startOffset : 0);
      errors.push({ severity: "error", code: "parse-error", message: e.message, line: at.line, column: at.column });
    }
  }
  return { blocks, errors };
}

/** Validate a document against the schema; the issues, if any, as messages. */
export function validateDocument(doc: unknown): string[] {
  const r = MinutesDocument.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
