/** The grammar's public face: text in, blocks of line tokens and errors out, never a throw. */
import { minutesParser, type ParseOutput } from "./parser.js";
import { tokenize } from "./lexer.js";

export { cleanLine, proseText } from "./markup.js";
export * as tokens from "./tokens.js";
export { MINUTE_NUMBER } from "./tokens.js";
export type { BlockKind, ParseOutput, TokenBlock } from "./parser.js";
export { makeView, lineIndex, type SourceView } from "./view.js";
export { tokenize } from "./lexer.js";

/** Lex and parse one document's text (the lexer's view of it: see `view.ts`). */
export function parseText(text: string): ParseOutput {
  const lexed = tokenize(text);
  minutesParser.input = lexed.tokens;
  minutesParser.document();
  const blocks = minutesParser.blocks;
  const parseErrors = minutesParser.errors.map((e) => ({ message: e.message, token: e.token }));
  // (the one parser instance would hold this document's tokens until the next one)
  minutesParser.input = [];
  return {
    blocks,
    lexErrors: lexed.errors.map((e) => ({ offset: e.offset, line: e.line, column: e.column, message: e.message })),
    parseErrors,
  };
}
