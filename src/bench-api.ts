/**
 * What the benchmark measures, from the same bundle code the command runs: the whole parse as the
 * command does it, and the grammar's stages alone.
 */
import { makeView, parseText, tokenize } from "../grammar/index.js";
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
