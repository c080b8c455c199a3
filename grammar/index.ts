/** The grammar's public face: text in, blocks of line tokens and errors out, never a throw. */
import type { IToken, TokenType } from "chevrotain";
import { minutesParser, type ParseOutput } from "./parser.js";
import { tokenize } from "./lexer.js";
import {
  ActionLabel, BulletLine, ClauseLine, EndLine, ItemNumber, NumberedLine, PageNumber, QuestionField,
  QuestionRow, ResolutionLabel, Separator, SignatureLine,
} from "./tokens.js";

export { cleanLine, proseText } from "./markup.js";
export * as tokens from "./tokens.js";
export { MINUTE_NUMBER } from "./tokens.js";
export type { BlockKind, ParseOutput, TokenBlock } from "./parser.js";
export { makeView, lineIndex, type SourceView } from "./view.js";
export { tokenize } from "./lexer.js";

/**
 * Classes of line that always open a block of their own: no rule takes one as the continuation of
 * the block before it (as a text line, a heading after a lone number or a table row may be), so the
 * text may be cut before one and the two parts parsed apart with the same result.
 */
const OPENS: ReadonlySet<TokenType> = new Set([
  NumberedLine, ItemNumber, ResolutionLabel, ActionLabel, QuestionRow, QuestionField, ClauseLine,
  BulletLine, EndLine, Separator, PageNumber, SignatureLine,
]);

/** Characters lexed and parsed at a time: a large document's tokens are never all held at once. */
export const CHUNK_CHARS = 1 << 18;

/**
 * Lex and parse one document's text (the lexer's view of it: see `view.ts`), a part at a time:
 * each part ends before a line that opens a block, and its tokens, offsets, lines and the blank
 * lines between blocks are given as in the whole text. A text shorter than `chunk` is one part.
 */
export function* parseParts(text: string, chunk = CHUNK_CHARS): Generator<ParseOutput> {
  let start = 0;
  let lineBase = 0;
  // the line the last block ended on, 0 before the first
  let prevEnd = 0;
  while (start < text.length) {
    let size = chunk;
    let end: number;
    let lexed: ReturnType<typeof tokenize>;
    let cut: number;
    for (;;) {
      end = start + size >= text.length ? text.length : text.indexOf("\n", start + size) + 1 || text.length;
      lexed = tokenize(start === 0 && end === text.length ? text : text.slice(start, end));
      cut = end === text.length ? lexed.tokens.length : lastOpener(lexed.tokens, text, start);
      if (cut > 0 || end === text.length) break;
      size *= 2; // no line in the part opens a block after its first: a longer part
    }
    const next = cut < lexed.tokens.length ? start + lexed.tokens[cut]!.startOffset : end;
    const tokens = lexed.tokens.slice(0, cut);
    if (start > 0 || lineBase > 0) {
      for (const t of tokens) {
        t.endOffset = (t.endOffset ?? t.startOffset) + start;
        t.startOffset += start;
        t.startLine = (t.startLine ?? 1) + lineBase;
        t.endLine = (t.endLine ?? 1) + lineBase;
      }
    }
    minutesParser.input = tokens;
    minutesParser.document();
    const blocks = minutesParser.blocks;
    for (const b of blocks) {
      const first = b.tokens[0];
      if (!first) continue;
      b.gapBefore = prevEnd === 0 || (first.startLine ?? 0) > prevEnd + 1;
      prevEnd = b.tokens[b.tokens.length - 1]!.endLine ?? prevEnd;
    }
    const parseErrors = minutesParser.errors.map((e) => ({ message: e.message, token: e.token }));
    // (the one parser instance would hold this part's tokens until the next one)
    minutesParser.input = [];
    const lexErrors = lexed.errors
      .filter((e) => start + e.offset < next)
      .map((e) => ({ offset: start + e.offset, line: e.line === undefined ? undefined : e.line + lineBase, column: e.column, message: e.message }));
    if (cut < lexed.tokens.length) lineBase += (lexed.tokens[cut]!.startLine ?? 1) - 1;
    start = next;
    yield { blocks, lexErrors, parseErrors };
  }
}

/** The index of the last token after the first that opens a block at the start of a line, or 0. */
function lastOpener(tokens: readonly IToken[], text: string, start: number): number {
  for (let k = tokens.length - 1; k > 0; k--) {
    const t = tokens[k]!;
    const before = text.charCodeAt(start + t.startOffset - 1);
    if (OPENS.has(t.tokenType) && (before === 10 || before === 13)) return k;
  }
  return 0;
}

/** Lex and parse one document's text whole (the lexer's view of it: see `view.ts`). */
export function parseText(text: string): ParseOutput {
  const out: ParseOutput = { blocks: [], lexErrors: [], parseErrors: [] };
  for (const part of parseParts(text)) {
    for (const b of part.blocks) out.blocks.push(b);
    out.lexErrors.push(...part.lexErrors);
    out.parseErrors.push(...part.parseErrors);
  }
  return out;
}
