/**
 * Markup that exporters leave in the text of minutes: markdown emphasis and headings, HTML tags and
 * entities, backslash escapes, non-breaking spaces. The grammar classifies a line by its clean
 * text; positions always refer to the raw line.
 */

import { decodeHTMLStrict } from "entities";

const SPECIAL_SPACE = /[\u00a0\u2007\u202f\u200b\ufeff\f\v\u2028\u2029]/;
const SPECIAL_SPACES = new RegExp(SPECIAL_SPACE.source, "g");
// (a declaration or a one-line comment too: "<!DOCTYPE html>", "<!-- header -->")
const TAG = /<(?:\/?[A-Za-z]|!)[^<>]{0,200}>/g;
// a character reference by number, or by any of HTML's names (up to 31 letters and digits)
const ENTITY = /&(?:#\d{1,8}|#[xX][0-9a-fA-F]{1,8}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>])/g;
const LINK = /\[([^\][\n]{0,300})\]\(([^()\n]{0,500})\)/g;

/**
 * Decode one character reference as HTML does: every HTML5 name (`&eacute;`, `&euro;`), a name it
 * does not know left as written, and a number that is no character (a surrogate, 0, past U+10FFFF)
 * as U+FFFD, so that the JSON never holds a lone surrogate (see `badReferences` for the warning).
 */
function entity(whole: string): string {
  return decodeHTMLStrict(whole);
}

/** The code point a numeric character reference names (`&#xD800;`, `&#163;`), if it is one. */
function referencedCode(ref: string): number | undefined {
  if (ref[1] !== "#") return undefined;
  const hex = ref[2] === "x" || ref[2] === "X";
  return parseInt(ref.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
}

/**
 * The numeric character references in `text` that name no character (a surrogate half, 0, or a
 * number past U+10FFFF), each with its offset: they are read as U+FFFD, and the document says so.
 */
export function badReferences(text: string): { offset: number; ref: string }[] {
  const out: { offset: number; ref: string }[] = [];
  if (text.indexOf("&#") < 0) return out;
  for (const m of text.matchAll(ENTITY)) {
    const code = referencedCode(m[0]);
    if (code !== undefined && (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))) out.push({ offset: m.index, ref: m[0] });
  }
  return out;
}

/**
 * The clean text of one line: markup removed, white space folded, trimmed.
 *
 * ```
 * **152. APOLOGIES FOR ABSENCE**        -> 152. APOLOGIES FOR ABSENCE
 * <b>Questioner:</b>\tEddy Parkinson    -> Questioner:\tEddy Parkinson
 * ## Others in attendance:              -> Others in attendance:
 * ```
 * Tabs are kept: they separate the cells of a table.
 */
export function cleanLine(raw: string): string {
  // most lines hold no markup at all: one scan says so, and the line is its own clean text
  if (plain(raw)) return raw;
  let s = raw;
  if (s.indexOf("<") >= 0) s = s.replace(TAG, "");
  if (s.indexOf("&") >= 0) s = s.replace(ENTITY, entity);
  if (s.indexOf("](") >= 0) s = s.replace(LINK, (_m, text: string) => text);
  if (s.indexOf("\\") >= 0) s = s.replace(ESCAPE, "$1");
  if (s.indexOf("**") >= 0) s = s.replace(/\*\*+/g, "");
  if (s.indexOf("__") >= 0) s = s.replace(/__([^_\s](?:[^_]*[^_\s])?)__/g, "$1");
  // no-break, figure, narrow and zero-width spaces, and the Unicode line and paragraph separators
  // (which a regular expression's "." does not cross) are spaces in a line's text
  // (each rewrite below only where its character is there: most lines need one or two of them)
  if (SPECIAL_SPACE.test(s)) s = s.replace(SPECIAL_SPACES, " ");
  if (s.indexOf("  ") >= 0) s = s.replace(/ +/g, " ");
  const lead = s.charCodeAt(s.charCodeAt(0) === 32 ? 1 : 0);
  if (lead === 35 || lead === 62) s = s.replace(/^ *(?:#{1,6} +|> +)/, "");
  // *emphasis* around a whole line, but not a "*Denotes virtual attendance" legend
  const m = s.indexOf("*") >= 0 ? /^ *\*(?! )(.*[^ *])\* *$/.exec(s) : null;
  if (m) s = m[1]!;
  return trimSpaces(s);
}

/** A character or pair that cleanLine would change: markup, a special space, a doubled space. */
const NOT_PLAIN = /[<&\]\\*_\f\v\u00a0\u2007\u202f\u200b\ufeff\u2028\u2029]| {2}/;

/**
 * Whether a line has nothing for cleanLine to do: no markup character, no special space, no
 * doubled space, no space or tab at either end, not opening with `#` or `>`. (One search of the
 * line, made by the regular expression engine, is faster than a loop over its characters.)
 */
function plain(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  if (first === 32 || first === 9 || last === 32 || last === 9 || first === 35 || first === 62 || first === 42) return false;
  return !NOT_PLAIN.test(s);
}

/**
 * Whether a UTF-16 code unit is white space as a regular expression's `\s` reads it. (Loops that
 * step over white space a character at a time ask this rather than run a pattern per character.)
 */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Spaces and tabs off both ends (a pattern for the end would rescan long runs of spaces). */
function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s.charCodeAt(a) === 32 || s.charCodeAt(a) === 9)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** The clean text with tabs folded to single spaces: for prose. */
export function proseText(raw: string): string {
  return cleanLine(raw).replace(/\t+/g, " ").replace(/ +/g, " ").trim();
}
