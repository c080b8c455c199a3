/**
 * What the benchmark measures, from the same bundle code the command runs: the whole parse as the
 * command does it, and the grammar's stages alone.
 */
import type { IToken } from "chevrotain";
import { makeView, parseText, tokenize } from "../grammar/index.js";
import { minutesParser } from "../grammar/parser.js";
import { parseMinutes, validateDocument } from "./parse.js";

/** Parse and validate one text as the command does. */
export function parseForBench(text: string): unknown {
  const { document } = parseMinutes(text);
  const problems = validateDocument(document);
  if (problems.length) throw new Error(problems[0]);
  return document;
}

/** The view and the lexer. */
export function lexForBench(text: string): number {
  return tokenize(makeView(text).text).tokens.length;
}

/** The view, the lexer and the parser. */
export function grammarForBench(text: string): unknown {
  return parseText(makeView(text).text).blocks;
}

/** The tokens of one text's view, made beforehand so that the parser can be timed alone. */
export function tokensForBench(text: string): IToken[] {
  return tokenize(makeView(text).text).tokens;
}

/** The parser alone, over tokens from `tokensForBench`: the count of blocks it made. */
export function parseTokensForBench(tokens: IToken[]): number {
  minutesParser.input = tokens;
  minutesParser.document();
  const n = minutesParser.blocks.length;
  minutesParser.input = [];
  return n;
}
