/** The lexer: one instance, reused for every document. */
import { Lexer, type ILexingResult } from "chevrotain";
import { allTokens } from "./tokens.js";

export const minutesLexer = new Lexer(allTokens, {
  positionTracking: "full",
  // every token is a custom line matcher, so there are no first characters to index
  ensureOptimizations: false,
  skipValidations: true,
});

/** Split text into line tokens. Never throws: lexing errors come back as data. */
export function tokenize(text: string): ILexingResult {
  return minutesLexer.tokenize(text);
}
