/**
 * Which blocks open an item. A numbered line is a minute only when it fits the document's own
 * numbering: the form most of its headings share (`23.`, `204/19`, `16.07.3`), in sequence, and
 * read as a heading rather than a numbered sentence inside a decision ("1. That quantitative data
 * ..."). A minute number alone on its line takes the next heading as its title, even when a broken
 * export put other lines between them.
 */
import { cleanLine } from "../grammar/markup.js";
import { MINUTE_NUMBER, NUMBER_WORD } from "../grammar/tokens.js";
import { excludesPublic } from "./exempt.js";
import { joinLines, type SyntaxBlock } from "./tree.js";

export interface Opener {
  index: number;
  number: string | null;
  /** the rest of the heading line, or the heading that carries a lone number's title */
  title: string | null;
  /** index of a later heading block that holds the title of a lone number */
  titleBlock: number | null;
  /** the heading line is run into the minute's text */
  runIn: boolean;
  /** text after a title set in bold on the heading line: "**3. Matters Arising** None" gives "None" */
  tail?: string;
}

/**
 * A heading line that opens in bold and goes on in plain text after its last bold span: the title
 * (without the number) and the plain text after it.
 */
export function boldTitle(raw: string, number: string): { title: string; tail: string } | null {
  const t = raw.trim();
  if (!/^(?:\*\*|<b>|<strong>)/i.test(t)) return null;
  let end = -1;
  let close = 0;
  for (const m of t.matchAll(/\*\*|<\/(?:b|strong)>/gi)) {
    end = m.index;
    close = m[0].length;
  }
  if (end <= 0) return null;
  const tail = cleanLine(t.slice(end + close)).replace(/\t+/g, " ").trim();
  if (!/\p{L}/u.test(tail)) return null;
  const head = cleanLine(t.slice(0, end + close)).replace(/\t+/g, " ").trim();
  const at = head.indexOf(number);
  if (at < 0) return null;
  const title = head.slice(at + number.length).replace(/^\\?\.?\s*/, "").replace(/[\s:–—-]+$/, "").trim();
  return /\p{L}{2}/u.test(title) ? { title, tail } : null;
}

const NUMBERED = new RegExp(String.raw`^${NUMBER_WORD}?(${MINUTE_NUMBER})\.?(?:[ \t]*[-–—:][ \t]*|[ \t]+|(?=[A-Z][a-z]))(\S.*)$`, "i");
const LONE = new RegExp(String.raw`^${NUMBER_WORD}?(${MINUTE_NUMBER})\.?$`, "i");

/** The shape of a number: `60.` -> `d.`, `204/19` -> `d/d`, `PLA146/14` -> `ad/d`. */
function family(num: string, dotted: boolean): string {
  return num.replace(/[A-Za-z]+/g, "a").replace(/\d+/g, "d") + (dotted ? "." : "");
}

/** A title rather than a sentence: capitals, bold, or a short phrase. */
export function titleLike(rest: string, raw: string): boolean {
  if (allCaps(rest)) return true;
  if (/^\s*(?:\*\*|<b>|<strong>|#)/i.test(raw.replace(/^[^A-Za-z*<#]*\d[\d./]*\.?\s*/, ""))) return true;
  if (/^(?:that|the\s+\w+\s+(?:would|will|should|had|has|was|were)|to\s+[a-z])/i.test(rest) && wordsOver(rest, 6)) return false;
  return /^\p{Lu}/u.test(rest) && !wordsOver(rest, 12) && !/[.;]$/.test(rest.replace(/\(pages?[^)]*\)\s*$/i, "").trim());
}

/** Whether a text has three letters or more and none in lower case. */
function allCaps(text: string): boolean {
  // (most titles, and every sentence, have a lower-case letter of the alphabet: no need to gather
  // the letters of a long line to say no)
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Whether `text.split(/\s+/)` would give more than `n` pieces, counted without making them. */
function wordsOver(text: string, n: number): boolean {
  const gaps = /\s+/g;
  let pieces = 1;
  while (gaps.exec(text)) if (++pieces > n) return true;
  return false;
}

/** A text up to its first white space. */
function firstWord(text: string): string {
  const end = text.search(/\s/);
  return end < 0 ? text : text.slice(0, end);
}

function leading(n: string): number {
  const m = /\d+/.exec(n);
  return m ? +m[0] : NaN;
}

interface Candidate extends Opener {
  family: string;
  strong: boolean;
  /** how the heading is set: in bold or as a markdown heading, in capitals, or plain */
  style: "bold" | "caps" | "plain";
}

function styleOf(raw: string, rest: string | null): Candidate["style"] {
  if (/^\s*(?:\*\*|__|<b>|<b\s|<strong|#)/i.test(raw)) return "bold";
  return allCaps(rest ?? "") ? "caps" : "plain";
}

/** Choose the item openers among the blocks. */
export function findOpeners(blocks: readonly SyntaxBlock[], from = 0): Opener[] {
  const cands: Candidate[] = [];
  // "1" alone, then a heading on the next line: a minute number (PDF agenda packs), if they run 1, 2, 3
  const bare: Candidate[] = [];
  blocks.forEach((b, index) => {
    if (index < from || b.kind !== "furniture" || b.lines[0]!.kind !== "PageNumber" || !/^\d{1,3}$/.test(b.lines[0]!.clean)) return;
    const next = blocks[index + 1];
    if (!next || next.kind !== "heading") return;
    bare.push({ index, number: b.lines[0]!.clean, title: next.lines[0]!.clean, titleBlock: index + 1, runIn: false, family: "bare", strong: true, style: styleOf(next.lines[0]!.raw, next.lines[0]!.clean) });
  });
  const bareRun: Candidate[] = [];
  for (const c of bare) if (+c.number! === bareRun.length + 1) bareRun.push(c);
  blocks.forEach((b, index) => {
    if (index < from || b.kind !== "itemHeading") return;
    const first = b.lines[0]!;
    const c = first.clean.replace(/\t+/g, " ");
    if (first.kind === "ItemNumber") {
      const m = LONE.exec(c);
      if (!m) return;
      const titleLine = b.lines[1]?.kind === "HeadingLine" ? b.lines[1] : undefined;
      cands.push({
        index, number: m[1]!, title: titleLine ? titleLine.clean : null, titleBlock: null, runIn: false,
        family: family(m[1]!, /\.$/.test(c)), strong: true, style: styleOf(titleLine?.raw ?? first.raw, titleLine?.clean ?? null),
      });
      return;
    }
    const m = NUMBERED.exec(c);
    if (!m) return;
    const rest = m[2]!.trim();
    // "Minutes of the last Meeting: Cllr Taylor proposed acceptance, ..." has its title before the colon
    const head = /^([^:]{3,80}):\s+\S/.exec(rest)?.[1];
    const strong = titleLike(rest, first.raw) || (head !== undefined && head.split(/\s+/).length <= 8 && titleLike(head, ""));
    // "**3. Matters Arising** None": the bold part is the title, the rest is the minute's text
    const split = strong && b.lines.length === 1 ? boldTitle(first.raw, m[1]!) : null;
    cands.push({
      index, number: m[1]!, title: split ? split.title : rest, titleBlock: null, runIn: !strong, ...(split ? { tail: split.tail } : {}),
      // (the number with a dot after it in the line's first word: a pattern made for each line
      // was compiled for each line)
      family: family(m[1]!, firstWord(c).includes(`${m[1]!}.`)),
      strong, style: styleOf(first.raw, rest),
    });
  });
  if (bareRun.length >= 3 && cands.filter((c) => c.strong).length < bareRun.length) {
    return bareRun.map(({ index, number, title, titleBlock, runIn }) => ({ index, number, title, titleBlock, runIn }));
  }
  if (cands.length === 0) return [];
  // the numbering form the document uses most for its headings
  const weight = new Map<string, number>();
  for (const c of cands) weight.set(c.family, (weight.get(c.family) ?? 0) + (c.strong ? 2 : 1));
  const ranked = [...weight.entries()].sort((a, b) => b[1] - a[1]);
  const main = ranked[0]![0];
  const famStrong = new Map<string, { strong: number; all: number }>();
  for (const c of cands) {
    const f = famStrong.get(c.family) ?? { strong: 0, all: 0 };
    f.all++;
    if (c.strong) f.strong++;
    famStrong.set(c.family, f);
  }
  const runInFamily = (f: string) => {
    const s = famStrong.get(f)!;
    return s.all >= 3 && s.strong / s.all < 0.5;
  };
  // where the minutes accepted so far are set in bold or capitals, nearly all of them, a plain
  // numbered line out of their sequence is a point in a list ("1. Diamond Jubilee ..." under
  // "**8. Correspondence**")
  // (counted as minutes are accepted, not recounted for each line: a long document stays linear)
  const styleCount = { bold: 0, caps: 0, plain: 0 };
  const houseStyled = (): boolean => {
    const n = styleCount.bold + styleCount.caps + styleCount.plain;
    return n >= 3 && Math.max(styleCount.bold, styleCount.caps) >= 0.8 * n;
  };
  // each candidate's next strong candidate of its family, and each family's candidates in order
  // with the last place each leading number takes in it
  const nextStrongOf = new Map<Candidate, Candidate | undefined>();
  const latestStrong = new Map<string, Candidate>();
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k]!;
    nextStrongOf.set(c, latestStrong.get(c.family));
    if (c.strong) latestStrong.set(c.family, c);
  }
  const byFamily = new Map<string, Candidate[]>();
  const placeInFamily = new Map<Candidate, number>();
  const lastPlaceOf = new Map<string, Map<number, number>>();
  for (const c of cands) {
    const list = byFamily.get(c.family) ?? [];
    if (list.length === 0) byFamily.set(c.family, list);
    placeInFamily.set(c, list.length);
    const places = lastPlaceOf.get(c.family) ?? new Map<number, number>();
    if (places.size === 0) lastPlaceOf.set(c.family, places);
    places.set(leading(c.number!), list.length);
    list.push(c);
  }
  const accepted: Candidate[] = [];
  const sublist = new Set<Candidate>();
  let last: Candidate | undefined;
  for (const c of cands) {
    const sameFamily = c.family === main || famStrong.get(c.family)!.strong >= 2;
    let ok = c.strong ? sameFamily : c.family === main && (runInFamily(c.family) || /[/]/.test(c.family));
    // "1. Apologies for absence Parish Councillor ..." run on: a weak line of a family whose other
    // headings are strong, in its sequence (the first minute, or the one after the last)
    if (!ok && !c.strong && sameFamily && /^d\.?$/.test(c.family) && famStrong.get(c.family)!.strong >= 2) {
      const n = leading(c.number!);
      ok = last === undefined ? n === 1 : last.family === c.family && n === leading(last.number!) + 1;
    }
    // a weak numbered sentence that breaks the sequence is a point inside a decision or list
    if (ok && last && !c.strong && c.family === last.family && leading(c.number!) < leading(last.number!)) ok = false;
    // so is one between minute n and a heading that is minute n + 1, unless it is n + 1 itself
    // ("4. MATTERS ARISING", "4. 4.4.4.9. The letter ...", "8. The Remembrance Service ...", "5. CORRESPONDENCE")
    if (ok && last && !c.strong && c.family === last.family && /^d\.?$/.test(c.family)) {
      const nextStrong = nextStrongOf.get(c);
      const p = leading(last.number!);
      if (nextStrong && leading(nextStrong.number!) === p + 1 && leading(c.number!) !== p + 1) ok = false;
      // and one that a heading of the same number follows is a point about that minute's business
      // ("5.iv) Cynllun Datblygu Lleol ..." before "5. GOHEBIAETH")
      if (nextStrong && nextStrong.number === c.number) ok = false;
    }
    if (ok && last && c.strong && /^d\.?$/.test(c.family) && c.family === last.family) {
      const n = leading(c.number!);
      const p = leading(last.number!);
      // "1. That ..." after "66." is a numbered point, unless the numbering restarts with a title
      if (n < p && n !== 1 && !titleLike(c.title ?? "", "")) ok = false;
    }
    // a numbered list inside a minute, its numbers starting again ("7. Correspondence:" then
    // "2. An update from ...", "3. ...", ... "11. ..."): a run of numbers from below the minute's
    // own, after which the next minute's number comes ("8. No Planning Applications received")
    if (sublist.has(c)) ok = false;
    else if (ok && last && /^d\.?$/.test(c.family) && c.family === last.family && leading(c.number!) < leading(last.number!)) {
      const p = leading(last.number!);
      const family = byFamily.get(c.family)!;
      const from = placeInFamily.get(c)!;
      let end = from + 1;
      while (end < family.length && leading(family[end]!.number!) === leading(family[end - 1]!.number!) + 1) end++;
      const resume = lastPlaceOf.get(c.family)!.get(p + 1);
      if (end - from >= 3 && resume !== undefined && resume >= end) {
        for (const x of family.slice(from, end)) sublist.add(x);
        ok = false;
      }
    }
    // confidential business keeps its own numbering: the numbered line right after the public
    // were excluded is its minute ("... due to the confidential nature of the matters to be
    // discussed within the next item." / "9\. Money Claim ...")
    if (!ok && last && c.family === last.family && c.index > 0 && excludesPublic(joinLines(blocks[c.index - 1]!.lines))) ok = true;
    if (ok && last && c.style === "plain" && houseStyled() && c.family === last.family && /^d\.?$/.test(c.family) && leading(c.number!) !== leading(last.number!) + 1) ok = false;
    // a numbered sub-item of the current minute: "5.1 Chairman's Report" under "5."
    if (!ok && last && /^d\.d\.?$/.test(c.family) && /^d\.?$/.test(main)) {
      const [maj, min] = c.number!.split(".").map(Number) as [number, number];
      const lastMaj = leading(last.number!);
      const lastMin = /^\d+\.\d+/.test(last.number!) ? Number(last.number!.split(".")[1]) : 0;
      if (maj === lastMaj && min === lastMin + 1) ok = true;
    }
    if (ok) {
      accepted.push(c);
      styleCount[c.style]++;
      last = c;
    }
  }
  // a lone number with no title takes the next heading block as its title
  for (const [k, c] of accepted.entries()) {
    if (c.title !== null) continue;
    // "15.0" / "Parish Plan: Moved to March meeting.": a title before a colon on the next line
    const after = blocks[c.index + 1];
    const colon = after?.kind === "paragraph" ? /^([^:]{3,60}):\s+\S/.exec(after.lines[0]!.clean) : null;
    if (colon && colon[1]!.split(/\s+/).length <= 6 && titleLike(colon[1]!, "")) {
      c.title = colon[1]!;
      continue;
    }
    // "81." / "Apologies for absence" / "To receive apologies ...": a web page's agenda item, its
    // title a short line of its own in sentence case
    // (a ModernGov page's link to the report, "pdf icon PDF 351 KB", is no part of the title)
    const line = after?.kind === "paragraph" && after.lines.length === 1 ? after.lines[0]!.prose.replace(/\s*pdf icon PDF [\d.]+ [KM]B\s*$/i, "") : "";
    if (line && !wordsOver(line, 12) && titleLike(line, after!.lines[0]!.raw) && !/:\s*$/.test(line) && !/[.;]$/.test(line)) {
      c.title = line;
      c.titleBlock = c.index + 1;
      continue;
    }
    const next = accepted[k + 1];
    for (let i = c.index + 1; i < blocks.length && (!next || i < next.index); i++) {
      const b = blocks[i]!;
      if (b.kind === "endLine") break; // the meeting ended: what follows is no minute's title
      if (b.kind === "heading" && /\p{L}{4,}.*\s\S|\p{L}{5,}/u.test(b.lines[0]!.clean)) {
        c.titleBlock = i;
        c.title = b.lines[0]!.clean;
        break;
      }
    }
  }
  // "1.0 Welcome", "2.0 Apologies": where the minutes are the X.0 headings, X.1 ... are their paragraphs
  if (accepted.filter((c) => /^\d+\.0$/.test(c.number ?? "")).length >= 3) {
    for (let k = accepted.length - 1; k >= 0; k--) if (/^\d+\.\d+/.test(accepted[k]!.number ?? "") && !/^\d+\.0$/.test(accepted[k]!.number!)) accepted.splice(k, 1);
  }
  // a lone number that found no title is a minute only where it continues the sequence
  // ("5." before "5.1 Chairman's Report"); "1.1" under "1.0 Welcome" is a paragraph number
  const untitled = (f: string) => {
    const fam = accepted.filter((x) => x.family === f);
    return fam.filter((x) => x.title === null).length * 2 > fam.length;
  };
  const kept = accepted.filter((c, k) => {
    if (c.title !== null) return true;
    // references alone on their lines, none with a title ("SR/147/001" in a column of candidate
    // sites): a column of a table, not minutes
    if (!/^\d/.test(c.number ?? "")) return !untitled(c.family);
    const prev = accepted[k - 1];
    return !prev || leading(c.number!) === leading(prev.number!) + 1;
  });
  // a minute written without its dot ("4 Minutes of the Parish Council meeting held on 7 March")
  // where it fills the one gap between two minutes of plain numbers
  const filled: Candidate[] = [];
  kept.forEach((c, k) => {
    const next = kept[k + 1];
    if (!next || !/^d\.?$/.test(c.family) || next.family !== c.family) return;
    const want = leading(c.number!) + 1;
    if (leading(next.number!) !== want + 1) return;
    const numbered = new RegExp(String.raw`^${want}\s+(\p{Lu}.{2,})$`, "u");
    for (let i = c.index + 1; i < next.index; i++) {
      const b = blocks[i]!;
      if (b.kind !== "paragraph" && b.kind !== "heading") continue;
      const m = numbered.exec(b.lines[0]!.clean);
      if (!m) continue;
      filled.push({ index: i, number: String(want), title: m[1]!, titleBlock: null, runIn: false, family: c.family, strong: false, style: "plain" });
      break;
    }
  });
  const all = filled.length ? [...kept, ...filled].sort((a, b) => a.index - b.index) : kept;
  return all.map(({ index, number, title, titleBlock, runIn, tail }) => ({ index, number, title, titleBlock, runIn, ...(tail !== undefined ? { tail } : {}) }));
}
