/**
 * The text the lexer reads, with a map back to the source. Exports often put a whole table or a
 * whole document on one physical line (an HTML `<table>` from a CMS, a PDF page flattened to one
 * line). The view breaks such lines where their markup or their numbering says a new line begins,
 * so the line grammar can see them, while every position still points into the original file.
 */

import { isSpace } from "./markup.js";

export interface SourceView {
  /** the text to lex */
  text: string;
  /** source offset of a view offset (identity when nothing was changed) */
  toSource(offset: number): number;
}

const BLOCK_TAG = /<\/?(?:p|div|br|tr|li|ul|ol|table|tbody|thead|tfoot|h[1-6]|blockquote|td|th|hr|section|article|header|footer)\b[^<>]{0,300}>/gi;
const LONG_LINE = 400;

interface Edit {
  start: number;
  end: number;
  insert: string;
  /** where the inserted text comes from in the source, when it is moved rather than new */
  origin?: number;
  /** applied before other edits that start at the same place (a move that takes whole cells) */
  first?: boolean;
}

/**
 * The end of a run of two to five words in capitals (three letters or more each, twelve in all)
 * starting at `from` and followed by a capitalised word in lower case; `from` where there is none.
 */
function capsRun(line: string, from: number): number {
  let i = from;
  let words = 0;
  let letters = 0;
  let end = from;
  while (words < 5) {
    let j = i;
    while (j < line.length && /\p{Lu}/u.test(line[j]!)) j++;
    if (j - i < 3 || (j < line.length && line[j] !== " ")) break;
    words++;
    letters += j - i;
    end = j;
    i = j;
    while (i < line.length && line[i] === " ") i++;
    // the text the heading heads: a capitalised word in lower case, perhaps after a bullet (a
    // Word symbol-font bullet is a private-use character: U+F0B7)
    let k = i;
    while (k < line.length && k < i + 3 && /[•·▪◦‣⁃●○■□➢➤✓§*\-\uf0a7\uf0b7 ]/u.test(line[k]!)) k++;
    if (words >= 2 && letters >= 12 && /^\p{Lu}\p{Ll}/u.test(line.slice(k, k + 2))) return end;
  }
  return from;
}

/** Break points of a long run-on line: before numbered minutes in sequence and attendance labels. */
function runOnBreaks(text: string, lineStart: number, lineEnd: number, edits: Edit[]): void {
  const line = text.slice(lineStart, lineEnd);
  // (a minute may open with a planning reference: "9.1 17/02103/F rear extension ...")
  // (the number first, and the character before it checked by hand: as a look-behind it was
  // tried at every character of the line)
  const re = /(\d{1,3})((?:\.\d{1,2}){0,2})\.?\s+(?=[\p{Lu}"“]|\d{1,3}\.\d|\d{2}\/\d{4,5}\/)/gu;
  let expectMajor = 1;
  let lastMinor = "";
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index === 0 || !/[\s.;:]/.test(line[m.index - 1]!)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const major = +m[1]!;
    const minor = m[2]!;
    const isNext = (major === expectMajor && minor === "") || (major === expectMajor - 1 && minor !== "" && minor > lastMinor) || (major === expectMajor && /^\.1$/.test(minor));
    if (!isNext) continue;
    if (minor === "" || /^\.1$/.test(minor) && major === expectMajor) {
      expectMajor = major + 1;
      lastMinor = minor;
    } else lastMinor = minor;
    const at = lineStart + m.index;
    edits.push({ start: at, end: at, insert: "\n" });
  }
  // a heading in capitals after a sentence, before the text it heads: "... well worth going to.
  // PUBLIC PARTICIPATION Councillor Storey advocated ..." gets a line of its own
  const stop = /[.!?] +(?=\p{Lu}{3})/gu;
  for (let m = stop.exec(line); m; m = stop.exec(line)) {
    const from = m.index + m[0].length;
    const end = capsRun(line, from);
    if (end > from) {
      edits.push({ start: lineStart + from, end: lineStart + from, insert: "\n" });
      edits.push({ start: lineStart + end, end: lineStart + end, insert: "\n" });
    }
  }
  // before a label that follows white space after text: found by the label, so that the line is
  // scanned once rather than tried at every space
  const labels = /(?:Present|Apologies|In attendance|Also present|Absent)\s*[:–—-]/g;
  for (let m = labels.exec(line); m; m = labels.exec(line)) {
    let j = m.index;
    while (j > 0 && isSpace(line.charCodeAt(j - 1))) j--;
    if (j === m.index || j === 0) continue;
    edits.push({ start: lineStart + m.index, end: lineStart + m.index, insert: "\n" });
  }
}

/** Whether one to three white-space characters after one of `.;:!?)` stand just before `at`. */
function afterStop(line: string, at: number): boolean {
  for (let k = 1; k <= 3 && at - k >= 0 && isSpace(line.charCodeAt(at - k)); k++) {
    if (at - k - 1 >= 0 && ".;:!?)".includes(line[at - k - 1]!)) return true;
  }
  return false;
}

/**
 * Minute numbers run on inside a line ("... 227/18 Clerk's Report ... 228/18 To Approve: ..."):
 * where the document starts lines with numbers of a year form (`/18`), a later number of the
 * same form inside a long line starts a new line.
 */
function yearFormBreaks(source: string, edits: Edit[]): void {
  const suffixes = new Map<string, number>();
  const head = /^(?:\*\*)?\d{1,4}\/(\d{2})\b/gm;
  for (let m = head.exec(source); m; m = head.exec(source)) suffixes.set(m[1]!, (suffixes.get(m[1]!) ?? 0) + 1);
  const forms = [...suffixes.entries()].filter(([, n]) => n >= 3).map(([y]) => y);
  if (forms.length === 0) return;
  // (the number first, and the stop and spaces before it checked by hand: a pattern that opened
  // with them as a look-behind was tried at every character of the text)
  const inner = new RegExp(String.raw`(\d{1,4})\/(${forms.join("|")})(?=\s*\p{Lu})`, "gu");
  const lead = new RegExp(String.raw`^(?:\*\*)?(\d{1,4})\/(?:${forms.join("|")})\b`);
  let last = -1;
  let start = 0;
  while (start < source.length) {
    let end = source.indexOf("\n", start);
    if (end < 0) end = source.length;
    const line = source.slice(start, end);
    const l = lead.exec(line);
    if (l) last = +l[1]!;
    inner.lastIndex = 0;
    for (let m = inner.exec(line); m; m = inner.exec(line)) {
      if (!afterStop(line, m.index)) {
        inner.lastIndex = m.index + 1;
        continue;
      }
      const n = +m[1]!;
      if (last >= 0 && n !== last + 1) continue;
      edits.push({ start: start + m.index, end: start + m.index, insert: "\n" });
      last = n;
    }
    start = end + 1;
  }
}

/**
 * Markdown pipe tables (`| **1.** | **Apologies** |   |`): a row whose first cell is a minute
 * number reads as "1. Apologies"; an empty first cell drops out; other cell borders become wide
 * gaps, as in a layout export, so a trailing action owner stays visible as a column.
 */
function pipeTableEdits(source: string, edits: Edit[]): void {
  if (source.indexOf("|") < 0 || !/^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$/m.test(source)) return;
  let start = 0;
  while (start < source.length) {
    let end = source.indexOf("\n", start);
    if (end < 0) end = source.length;
    const line = source.slice(start, end);
    const t = line.trim();
    if ((t.startsWith("|") || t.endsWith("|")) && !/^\|(?:\s*:?-{3,}:?\s*\|)+$/.test(t)) {
      const pipes: number[] = [];
      for (let i = 0; i < line.length; i++) if (line[i] === "|" && line[i - 1] !== "\\") pipes.push(i);
      pipes.forEach((at, k) => {
        const before = line.slice(k === 0 ? 0 : pipes[k - 1]! + 1, at);
        const first = k === 0 && t.startsWith("|");
        const last = k === pipes.length - 1 && /^\s*$/.test(line.slice(at + 1));
        let insert = "   ";
        if (first || last) insert = "";
        else if (k === 1 && t.startsWith("|") && /^\s*(?:\*\*)?\d[\d./]*\.?(?:\*\*)?\s*$/.test(before)) insert = " ";
        else if (k === 1 && t.startsWith("|") && /^\s*$/.test(before)) insert = "";
        edits.push({ start: start + at, end: start + at + 1, insert });
      });
    }
    start = end + 1;
  }
}

const CELL_LINE = /<div\b[^<>]*>\s*<\/div>|<\/?(?:div|p)\b[^<>]*>|<br\s*\/?>|<\/tr>/gi;
const NUMBER_TOKEN = /^(?:\d{1,4}(?:[./]\d{1,4}){0,3}\.?|\(?[ivx]{1,5}\)|\(?[a-h]\))$/i;
const LABEL = /^(?:resolved|absent|present|proposed|seconded|action|agreed|noted)\b/i;

interface CellLine {
  /** source offset of the line's first character of text */
  textAt: number;
  text: string;
  raw: string;
}

/** The lines of a table cell: its text between block tags, `&nbsp;` read as a space. */
function cellLines(source: string, start: number, end: number): CellLine[] {
  const out: CellLine[] = [];
  const inner = source.slice(start, end);
  CELL_LINE.lastIndex = 0;
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = inner.slice(a, b);
    const text = raw.replace(/<[^<>]*>/g, "").replace(/&nbsp;|&#160;/g, " ").trim();
    const lead = /^(?:\s|&nbsp;|<[^<>]*>)*/.exec(raw)![0].length;
    out.push({ textAt: start + a + lead, text, raw: raw.trim() });
  };
  for (let m = CELL_LINE.exec(inner); m; m = CELL_LINE.exec(inner)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, inner.length);
  return out;
}

/**
 * A table whose first column holds the minute numbers and whose second holds the minutes, each
 * cell a stack of lines aligned only by eye (`<td>14/06/2<div></div>i)<div></div>...</td><td>Local
 * Authority Reports:<div></div>...</td>`). Each number is moved before the heading it stands
 * beside: the bold lines of the second cell, paired in order with the least total distance in
 * lines (long paragraphs wrap, so the number's line only roughly matches its heading's).
 */
function numberColumnEdits(source: string, edits: Edit[]): void {
  if (!/<td\b/i.test(source)) return;
  const tag = /<(\/?)(table|tr|td|th)\b[^<>]*>/gi;
  type Cell = { start: number; end: number; tagStart: number; tagEnd: number };
  type Frame = { kind: string; tagStart: number; innerStart: number; cells: Cell[]; rows: Cell[][] };
  const stack: Frame[] = [];
  const popTo = (kind: string): Frame | undefined => {
    const k = stack.map((f) => f.kind).lastIndexOf(kind);
    if (k < 0) return undefined;
    const f = stack[k]!;
    stack.length = k;
    return f;
  };
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    const kind = m[2]!.toLowerCase() === "th" ? "td" : m[2]!.toLowerCase();
    if (!m[1]) {
      stack.push({ kind, tagStart: m.index, innerStart: m.index + m[0].length, cells: [], rows: [] });
      continue;
    }
    const f = popTo(kind);
    if (!f) continue;
    if (kind === "td") {
      const row = [...stack].reverse().find((x) => x.kind === "tr");
      row?.cells.push({ start: f.innerStart, end: m.index, tagStart: f.tagStart, tagEnd: m.index + m[0].length });
    } else if (kind === "tr") {
      if (f.cells.length >= 2) alignRow(source, f.cells, edits);
      [...stack].reverse().find((x) => x.kind === "table")?.rows.push(f.cells);
    } else if (kind === "table") sideBySide(source, f.rows, m.index + m[0].length, edits);
  }
}

const SIDE_LABEL = /^(?:apologies|apologies received|absent|chair|chairman|chairperson|vice[- ]?chair(?:man)?|in attendance|also present|distribution|clerk|present)\s*:?$/i;

/**
 * Two lists side by side in one table ("Present:" names on the left; "Apologies:", "Chair:"
 * beside them on the right): read row by row, the right list's label would swallow the left
 * list's names. The right-hand cells, from the column of the labels on, are moved after the
 * table, row by row, so that each list reads as a run of lines under its own label.
 */
function sideBySide(source: string, rows: { start: number; end: number; tagStart: number; tagEnd: number }[][], tableEnd: number, edits: Edit[]): void {
  // (each cell's text is asked for several times below: made once)
  const texts = new Map<{ start: number; end: number }, string>();
  const text = (c: { start: number; end: number }) => {
    let t = texts.get(c);
    if (t === undefined) texts.set(c, (t = source.slice(c.start, c.end).replace(/<[^<>]*>/g, "").replace(/&nbsp;|&#160;/g, " ").trim()));
    return t;
  };
  let k = -1;
  for (const r of rows) {
    for (let j = 1; j < r.length; j++) {
      if (SIDE_LABEL.test(text(r[j]!)) && /:$/.test(text(r[j]!))) {
        if (k >= 0 && k !== j) return; // labels in more than one column: not this layout
        k = j;
      }
    }
  }
  if (k < 1) return;
  // the lists start at the first row with a list label on either side ("Present:", "Apologies:");
  // rows above them ("Date held: ... Venue: ...") are the header and stay as they are
  const from = rows.findIndex((r) => r.some((c) => SIDE_LABEL.test(text(c)) && /:$/.test(text(c))));
  const lists = rows.slice(Math.max(from, 0));
  const both = lists.filter((r) => r.length > k && r.slice(0, k).some((c) => text(c)) && r.slice(k).some((c) => text(c)));
  if (both.length < 2) return;
  for (const r of lists) {
    if (r.length <= k || !r.slice(k).some((c) => text(c))) continue;
    edits.push({ start: r[k]!.tagStart, end: r[r.length - 1]!.tagEnd, insert: "", first: true });
    for (const c of r.slice(k)) {
      if (!text(c)) continue;
      edits.push({ start: tableEnd, end: tableEnd, insert: "\n" });
      edits.push({ start: tableEnd, end: tableEnd, insert: source.slice(c.start, c.end), origin: c.start });
    }
  }
  edits.push({ start: tableEnd, end: tableEnd, insert: "\n" });
}

function alignRow(source: string, cells: { start: number; end: number }[], edits: Edit[]): void {
  const numbers = cellLines(source, cells[0]!.start, cells[0]!.end);
  if (!numbers.every((l) => l.text === "" || NUMBER_TOKEN.test(l.text))) return;
  const nums = numbers.map((l, p) => ({ ...l, p })).filter((l) => l.text !== "");
  // one number in its cell reads well as it is, on its own line before the text beside it
  if (nums.length < 2 || !nums.some((l) => /^\d/.test(l.text))) return;
  const content = cellLines(source, cells[1]!.start, cells[1]!.end);
  const heads = content
    .map((l, q) => ({ ...l, q }))
    .filter((l) => l.text && l.text.length <= 200 && /^(?:\s|&nbsp;)*<(?:strong|b)\b/i.test(l.raw) && !LABEL.test(l.text) && !NUMBER_TOKEN.test(l.text.split(/\s/)[0]!));
  // the pairing is cubic: a cell of hundreds of numbers is not a minutes layout
  if (heads.length === 0 || nums.length * heads.length * heads.length > 2_000_000) return;
  // The number cell's lines are short; the content cell's wrap. Where each content line starts
  // on screen depends on the column's width in characters, which is not known: try a range and
  // keep the pairing that fits best.
  let bestPairs: [number, number][] = [];
  let bestCost = Infinity;
  for (const width of [Infinity, 140, 120, 100, 90, 80, 70, 60, 50]) {
    const at: number[] = [];
    let y = 0;
    for (const l of content) {
      at.push(y);
      y += Math.max(1, Math.ceil(l.text.length / width));
    }
    const r = pairByDrift(nums, heads.map((h) => ({ q: at[h.q]! })));
    if (r.cost < bestCost) {
      bestCost = r.cost;
      bestPairs = r.pairs;
    }
  }
  for (const [i, j] of bestPairs) {
    const num = nums[i]!;
    const at = source.indexOf(num.text, num.textAt);
    if (at < 0) continue;
    edits.push({ start: at, end: at + num.text.length, insert: "" });
    edits.push({ start: heads[j]!.textAt, end: heads[j]!.textAt, insert: `${num.text} `, origin: at });
  }
}

/** The in-order pairing of numbers (at lines `p`) with headings (at lines `q`) whose drift changes least. */
function pairByDrift(nums: readonly { p: number }[], heads: readonly { q: number }[]): { cost: number; pairs: [number, number][] } {
  // Pair in order. Long paragraphs wrap, so a number's line lies some lines after its heading's,
  // and that drift grows slowly down the cell: the pairing that changes the drift least wins.
  // A number left unpaired costs more than any plausible change.
  const SKIP = 40;
  const k = nums.length;
  const n = heads.length;
  // best[i][j], for i numbers placed and the first j headings used, as flat arrays (a table of
  // objects, one made at every step tried, was most of the view's time on a page of such tables)
  const w = n + 1;
  const cost = new Float64Array((k + 1) * w).fill(Infinity);
  const drift = new Float64Array((k + 1) * w);
  const from = new Int32Array((k + 1) * w);
  const paired = new Uint8Array((k + 1) * w);
  cost[0] = 0;
  for (let i = 0; i < k; i++) {
    const p = nums[i]!.p;
    for (let j = 0; j <= n; j++) {
      const b = cost[i * w + j]!;
      if (b === Infinity) continue;
      const bd = drift[i * w + j]!;
      // the number left unpaired, or paired with a later heading; the first of equal costs stays
      let at = (i + 1) * w + j;
      if (b + SKIP < cost[at]!) {
        cost[at] = b + SKIP;
        drift[at] = bd;
        from[at] = j;
        paired[at] = 0;
      }
      for (let j2 = j + 1; j2 <= n; j2++) {
        const d = p - heads[j2 - 1]!.q;
        const c = b + Math.abs(d - bd);
        at = (i + 1) * w + j2;
        if (c < cost[at]!) {
          cost[at] = c;
          drift[at] = d;
          from[at] = j;
          paired[at] = 1;
        }
      }
    }
  }
  let end = 0;
  for (let j = 1; j <= n; j++) if (cost[k * w + j]! < cost[k * w + end]!) end = j;
  const pairs: [number, number][] = [];
  for (let i = k, j = end; i > 0; i--) {
    if (paired[i * w + j]) pairs.push([i - 1, j - 1]);
    j = from[i * w + j]!;
  }
  return { cost: cost[k * w + end]!, pairs };
}

/** Make the lexer's view of a source text. */
export function makeView(source: string): SourceView {
  const edits: Edit[] = [];
  yearFormBreaks(source, edits);
  pipeTableEdits(source, edits);
  numberColumnEdits(source, edits);
  if (source.indexOf("<") >= 0) {
    let start = 0;
    while (start < source.length) {
      let end = source.indexOf("\n", start);
      if (end < 0) end = source.length;
      const line = source.slice(start, end);
      // a tab-separated row keeps its cells' markup: breaking it would split the row
      if (line.indexOf("<") >= 0 && line.indexOf("\t") < 0) {
        BLOCK_TAG.lastIndex = 0;
        for (let m = BLOCK_TAG.exec(line); m; m = BLOCK_TAG.exec(line)) {
          edits.push({ start: start + m.index, end: start + m.index + m[0].length, insert: "\n" });
        }
      }
      start = end + 1;
    }
  }
  // long lines with no markup to break them
  let start = 0;
  const n = source.length;
  while (start < n) {
    let end = source.indexOf("\n", start);
    if (end < 0) end = n;
    if (end - start > LONG_LINE && !/<(?:td|tr|p|div|br)\b/i.test(source.slice(start, Math.min(end, start + 20000)))) {
      runOnBreaks(source, start, end, edits);
    }
    start = end + 1;
  }
  if (edits.length === 0) return { text: source, toSource: (o) => o };
  edits.sort((a, b) => a.start - b.start || (a.first ? 0 : 1) - (b.first ? 0 : 1) || a.end - b.end);
  const parts: string[] = [];
  // view offset -> source offset, as sorted breakpoints
  const viewAt: number[] = [];
  const srcAt: number[] = [];
  const replaced: boolean[] = [];
  let src = 0;
  let view = 0;
  for (const e of edits) {
    if (e.start < src) continue; // overlapping edit: the first wins
    if (e.start > src) {
      viewAt.push(view);
      srcAt.push(src);
      replaced.push(false);
      parts.push(source.slice(src, e.start));
      view += e.start - src;
    }
    viewAt.push(view);
    srcAt.push(e.origin ?? e.start);
    replaced.push(e.origin === undefined);
    parts.push(e.insert);
    view += e.insert.length;
    src = e.end;
  }
  viewAt.push(view);
  srcAt.push(src);
  replaced.push(false);
  parts.push(source.slice(src));
  const text = parts.join("");
  const toSource = (o: number): number => {
    const k = lastAtOrBelow(viewAt, o);
    return replaced[k] ? srcAt[k]! : srcAt[k]! + (o - viewAt[k]!);
  };
  return { text, toSource };
}

/** Line and column of source offsets, computed from a table of line starts. */
export function lineIndex(source: string): (offset: number) => { line: number; column: number; offset: number } {
  const starts = [0];
  if (source.indexOf("\r") < 0) {
    // (most texts end lines with LF alone: found by the string search, not a character at a time)
    for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  } else {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
  }
  return (offset: number) => {
    const k = lastAtOrBelow(starts, offset);
    return { line: k + 1, column: offset - starts[k]! + 1, offset };
  };
}

/** The index of the last element of an ascending array that is at most `x` (0 when none is). */
function lastAtOrBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
