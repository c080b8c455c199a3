/**
 * Markup that exporters leave in the text of minutes: markdown emphasis and headings, HTML tags and
 * entities, backslash escapes, non-breaking spaces. The grammar classifies a line by its clean
 * text; positions always refer to the raw line.
 */

const ENTITIES: Record<string, string> = {
  nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", rsquo: "’", lsquo: "‘",
  ldquo: "“", rdquo: "”", ndash: "–", mdash: "—", pound: "£", hellip: "…", bull: "•",
};

const SPECIAL_SPACE = /[\u00a0\u2007\u202f\u200b\ufeff\f\v\u2028\u2029]/;
const SPECIAL_SPACES = new RegExp(SPECIAL_SPACE.source, "g");
// (a declaration or a one-line comment too: "<!DOCTYPE html>", "<!-- header -->")
const TAG = /<(?:\/?[A-Za-z]|!)[^<>]{0,200}>/g;
const ENTITY = /&(#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>])/g;
const LINK = /\[([^\][\n]{0,300})\]\(([^()\n]{0,500})\)/g;

/** Decode one HTML entity, leaving unknown ones as written. */
function entity(whole: string, body: string): string {
  if (body[0] === "#") {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  }
  return ENTITIES[body.toLowerCase()] ?? whole;
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
