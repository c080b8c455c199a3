/**
 * From blocks to the document: segment the minutes into preamble, items and appendices, then read
 * the header, attendance, decisions, questions and the next meeting. Nothing is dropped: every
 * block's text lands in `preamble`, an item's `content` or an appendix.
 */
import { apologiesIn, findAttendee, readAttendance, readListLine, remoteStatementsIn, sectionHeading, substitutesIn } from "./attendance.js";
import { findDate, findDayMonth, findTimes } from "./dates.js";
import { readDecisions } from "./decisions.js";
import { readHeader } from "./header.js";
import { readQaPairs, readQuestions } from "./questions.js";
import type { AppendixT, AttendeeT, BlockT, DiagnosticT, ItemT, MinutesDocumentT, PositionT, QuestionT } from "./schema.js";
import { readDivisions } from "./divisions.js";
import { markExempt } from "./exempt.js";
import { readApplications } from "./planning.js";
import { findOpeners } from "./segment.js";
import { joinLines, pointAt, type Line, type SyntaxBlock } from "./tree.js";
import { readDeclarations } from "./declarations.js";
import { stripHonorific } from "./names.js";

/** Where some text of a line came from, when the view moved it there from elsewhere (a number column). */
function movedFrom(line: Line, text: string): PositionT | undefined {
  const k = line.raw.indexOf(text);
  if (k < 0) return undefined;
  const from = pointAt(line, k);
  if (from.offset >= line.position.start.offset && from.offset < line.position.end.offset) return undefined;
  const last = pointAt(line, k + text.length - 1);
  return { start: from, end: { ...last, column: last.column + 1, offset: last.offset + 1 } };
}

/** One block as the document's content nodes. */
function contentOf(b: SyntaxBlock, skipFirst = false): BlockT[] {
  const lines = skipFirst ? b.lines.slice(1) : b.lines;
  if (lines.length === 0) return [];
  const blocks = contentBlocks(b, lines);
  // a number or label moved to the start of the block's first line from a column of its own
  const first = lines[0]!;
  const lead = /^\s*(?:<[^<>]*>\s*)*(\(?[\w./]{1,20}\)?)/.exec(first.raw)?.[1];
  const moved = lead ? movedFrom(first, lead) : undefined;
  if (moved && blocks[0] && !blocks[0].labelPosition) blocks[0].labelPosition = moved;
  return blocks;
}

function contentBlocks(b: SyntaxBlock, lines: readonly Line[]): BlockT[] {
  const text = joinLines(lines);
  const position = b.position;
  switch (b.kind) {
    case "clause":
    case "bullet": {
      // "(a) ...", "a) ...", "a. ..."
      const m = /^(?:[-*•·+▪◦]\s*)?(?:\(?\s*([a-zA-Z]|[ivxIVX]{1,5}|\d{1,2})\s*\)|([a-z]|[ivx]{1,5})\.(?=\s))?\s*(.*)$/.exec(text)!;
      const item: BlockT = { type: "listItem", label: b.kind === "clause" ? (m[1] ?? m[2] ?? null) : null, text: b.kind === "clause" ? m[3]! : text.replace(/^[-*•·+▪◦]\s*/, ""), position };
      return [item];
    }
    case "table":
      return [{ type: "table", text: lines.map((l) => l.clean.replace(/\t+/g, " | ")).join("\n"), rows: lines.map((l) => l.clean.split("\t").map((c) => c.trim())), position }];
    case "questionBlock":
      return [{ type: "questionField", text, position }];
    case "labelBlock":
      return [{ type: "label", text, position }];
    case "heading":
      return [{ type: "heading", text, position }];
    case "furniture":
      return [{ type: "furniture", text, position }];
    default:
      return [{ type: "paragraph", text, position }];
  }
}

function pagesOf(title: string | null): { title: string | null; pages: string | null } {
  if (!title) return { title, pages: null };
  const m = /\s*\(((?:pages?|tudalen(?:nau)?)\s+[^)]*)\)\s*/i.exec(title);
  let t = m ? (title.slice(0, m.index) + " " + title.slice(m.index + m[0].length)).trim() : title;
  t = t.replace(/\s*\((?:agenda\s+item\s+\d+)\)\s*/i, " ").replace(/[\s:.–-]+$/, "").replace(/^[\s:.–-]+/, "").trim();
  // "Pages 7 - 12", as written: the label is kept with the numbers
  return { title: t || null, pages: m ? m[1]!.trim() : null };
}

const PUBLIC_SESSION =
  /^(?:public\s+(?:participation|forum|session|question\s+time|questions|time)|open\s+forum|questions?\s+from\s+(?:the\s+)?(?:public|parishioners)|adjournment\s+for\s+public\s+(?:participation|questions))\s*[.:]?$/i;

const APPENDIX_START = /^(?:appendix|annex|schedule|agenda\s+item\s+no\.?|attachment|atodiad)\b/i;

/**
 * Words that minutes use and other texts hardly do, in English and Welsh. (Every seed and corpus
 * file uses seven or more of them; none of 82 READMEs of this project's packages uses two.)
 */
const MEETING_WORDS =
  /\b(?:council(?:s|lors?)?|cllrs?|committee|cabinet|mayor|clerk|apologies|resolved|seconded|chair(?:man|person)?|minutes|meeting|agenda|quorum|parish|declarations?|sederunt|convener|cyngor|cynghorydd|cynghorwyr|cyfarfod|cofnodion|ymddiheuriadau|penderfynwyd|cadeirydd)\b/gi;

/** Whether the lines use two different words of a meeting ("council" and "councils" are one). */
function speaksOfAMeeting(blocks: readonly SyntaxBlock[]): boolean {
  let first: string | null = null;
  for (const b of blocks) {
    for (const l of b.lines) {
      MEETING_WORDS.lastIndex = 0;
      for (let m = MEETING_WORDS.exec(l.clean); m; m = MEETING_WORDS.exec(l.clean)) {
        const w = m[0].toLowerCase().replace(/s$/, "");
        if (first === null) first = w;
        else if (w !== first) return true;
      }
    }
  }
  return false;
}

/** The document, and whether its text reads as minutes at all (see `readsAsMinutes` in `buildDocument`). */
export interface Built {
  document: MinutesDocumentT;
  minutes: boolean;
}

/** Build the document from the grammar's blocks. */
export function buildDocument(blocks: readonly SyntaxBlock[]): Built {
  const diagnostics: DiagnosticT[] = [];
  const diag = (severity: DiagnosticT["severity"], code: string, message: string, at: { line: number; column: number }) =>
    diagnostics.push({ severity, code, message, line: at.line, column: at.column });

  // an agenda pack: a front sheet and agenda, then the minutes under their own header
  // ("AUDIT COMMITTEE / 24 SEPTEMBER 2009 / (19:15 TO ...)" just above "PRESENT:")
  let minutesStart = 0;
  const presentIdx = blocks.findIndex((b) => {
    const h = b.kind === "heading" || b.kind === "paragraph" ? sectionHeading(b.lines[0]!.clean) : null;
    return h !== null && /^(?:present|presennol|sederunt|(?:members|councillors|those) present)\b/i.test(h.label);
  });
  if (presentIdx > 3) {
    for (let i = presentIdx - 1; i >= Math.max(0, presentIdx - 4); i--) {
      if (blocks[i]!.lines.some((l) => findDate(l.clean) && !/^(?:date|title|created|updated|published)\s*:\s*["']?\d{4}-/i.test(l.clean))) {
        minutesStart = i;
        while (minutesStart > 0 && presentIdx - minutesStart < 5 && blocks[minutesStart - 1]!.kind === "heading" && !blocks[minutesStart]!.gapBefore) minutesStart--;
        break;
      }
    }
    if (minutesStart > 0 && blocks.slice(0, minutesStart).flatMap((b) => b.lines).length < 8) minutesStart = 0;
  }
  let openers = findOpeners(blocks, minutesStart);
  // the meeting ends at its closing line, unless the numbered minutes go on after it
  // ("The official meeting concluded at 9.25 pm ... 47/17 Open Forum ... final closure at 9.30 pm")
  const endAfter = (from: number) => blocks.findIndex((b, i) => i > from && b.kind === "endLine");
  let endIdx = endAfter(openers.length ? openers[0]!.index : -1);
  let lastEnd = endIdx;
  while (endIdx >= 0) {
    const before = openers.filter((o) => o.index < endIdx).pop();
    const after = openers.find((o) => o.index > endIdx);
    const lead = (n: string | null) => Number(/\d+/.exec(n ?? "")?.[0] ?? NaN);
    if (!before || !after || lead(after.number) !== lead(before.number) + 1) break;
    endIdx = endAfter(after.index);
    if (endIdx >= 0) lastEnd = endIdx;
  }
  if (endIdx >= 0) openers = openers.filter((o) => o.index < endIdx);

  const bodyEnd = endIdx >= 0 ? endIdx + 1 : blocks.length;
  // minutes that are numbered paragraphs under headings of their own ("DECLARATIONS OF INTEREST" /
  // "1. There were no declarations of interest."): where most numbered minutes run into their
  // text and stand right under a heading line, the heading is the title and the minute starts there
  {
    const numbered = openers.filter((o) => o.number !== null);
    const taken = new Set(openers.flatMap((o) => [o.index, o.titleBlock]));
    const above = (o: (typeof openers)[number]) => {
      const h = blocks[o.index - 1];
      return o.runIn && o.index - 1 >= minutesStart && !!h && h.kind === "heading" && h.lines.length === 1 && !taken.has(o.index - 1) && !sectionHeading(h.lines[0]!.clean);
    };
    const headed = numbered.filter(above);
    if (headed.length >= 2 && headed.length * 2 >= numbered.length) {
      for (const o of headed) {
        o.index -= 1;
        o.title = blocks[o.index]!.lines[0]!.clean;
      }
    }
  }
  // a public session minuted under a heading of its own, with no number, among numbered minutes
  // ("PUBLIC PARTICIPATION", "Open Forum"): an item of its own
  if (openers.length > 0) {
    const first = openers[0]!.index;
    const taken = new Set(openers.flatMap((o) => [o.index, o.titleBlock]));
    const sessions = blocks
      .map((b, i) => ({ b, i }))
      .filter(({ b, i }) => i > first && i < bodyEnd && b.kind === "heading" && !taken.has(i) && PUBLIC_SESSION.test(b.lines[0]!.clean))
      .map(({ b, i }) => ({ index: i, number: null, title: b.lines[0]!.clean.replace(/[.:]+$/, ""), titleBlock: null, runIn: false }));
    if (sessions.length) openers = [...openers, ...sessions].sort((a, b) => a.index - b.index);
  }
  if (openers.length === 0) {
    // no numbered minutes: headings that stand apart (a blank line before or after), after the
    // attendance list, with no date or sum in them, are the minutes' headings
    const presentAt = blocks.findIndex((b) => {
      const h = b.kind === "heading" || b.kind === "paragraph" ? sectionHeading(b.lines[0]!.clean) : null;
      return h !== null && /^(?:present|presennol|in attendance|attendance|attending|sederunt|also present|(?:members|councillors|those) present)\b/i.test(h.label);
    });
    const candidate = (b: SyntaxBlock, i: number) => {
      if (i >= bodyEnd || i <= presentAt || b.kind !== "heading") return false;
      const t = b.lines[0]!.clean;
      // (a year is allowed: "Minutes of Annual Parish Meeting 2014")
      if (/[£$€]/.test(t) || /\d{2,}/.test(t.replace(/\b(?:19|20)\d\d\b/g, "")) || findDate(t) || t.split(/\s+/).length > 12) return false;
      const h = sectionHeading(t);
      return !(h && /^(?:present|presennol|in attendance|also present)/i.test(h.label));
    };
    const apart = (b: SyntaxBlock, i: number) => b.gapBefore || blocks[i + 1]?.gapBefore !== false;
    const caps = (t: string) => /\p{Lu}{3}/u.test(t) && t === t.toUpperCase();
    const standing = blocks.map((b, i) => ({ b, i })).filter(({ b, i }) => candidate(b, i) && apart(b, i));
    // where every heading that stands apart is in capitals, a short line in capitals after a line
    // of prose (not after an address: "Mr P Williams") is a heading too, blank lines or not
    // ("GOLEUADAU")
    const capsStyle = standing.length >= 3 && standing.every(({ b }) => caps(b.lines[0]!.clean));
    const headings = blocks
      .map((b, i) => ({ b, i }))
      .filter(({ b, i }) => {
        if (!candidate(b, i)) return false;
        if (apart(b, i)) return true;
        const t = b.lines[0]!.clean;
        const prev = blocks[i - 1];
        return capsStyle && caps(t) && t.split(/\s+/).length <= 5 && !!prev && prev.kind !== "heading" && joinLines([prev.lines[prev.lines.length - 1]!]).split(/\s+/).length > 8;
      });
    if (headings.length >= 2) {
      openers = headings.map(({ b, i }) => ({ index: i, number: null, title: b.lines[0]!.clean, titleBlock: null, runIn: false }));
    }
  }

  // the preamble: before the first item
  let preambleEnd = openers.length ? openers[0]!.index : blocks.length;
  const preLines = (end: number) => blocks.slice(0, end).flatMap((b) => b.lines);
  const header = readHeader(blocks.slice(minutesStart, preambleEnd).flatMap((b) => b.lines));
  if (minutesStart > 0) {
    // what the minutes' own header leaves out, the front sheet or summons may give (body, time, venue)
    const front = readHeader(blocks.slice(0, minutesStart).flatMap((b) => b.lines));
    if (!front.date || !header.date || front.date === header.date || !header.body) {
      header.body ??= front.body;
      if (front.date === header.date || !header.date) header.startTime ??= front.startTime;
      header.venue ??= front.venue;
      header.draft ||= front.draft;
    }
  }
  if (header.startTime === null) {
    // "The meeting commenced at 7.00 pm", after the attendance list
    for (const l of blocks.slice(minutesStart, preambleEnd).flatMap((b) => b.lines)) {
      const began = /^(?:the\s+)?(?:meeting|proceedings)\s+(?:commenced|began|started|opened)\s+at\s+(.{1,20})/i.exec(l.clean);
      const t = began ? findTimes(began[1]!)[0] : undefined;
      if (t) {
        header.startTime = t.hhmm;
        header.used.add(l);
        break;
      }
    }
  }
  const attendanceLines = blocks.slice(minutesStart, preambleEnd).flatMap((b) => b.lines).filter((l) => !header.used.has(l));
  const attendance = readAttendance(attendanceLines);
  // a sentence read from the attendance lines is not an attendee ("The Chairman welcomed everyone
  // present to the meeting."); its text stays in the preamble
  const attendees: AttendeeT[] = [];
  for (const a of attendance.attendees.filter((x) => x.name || !x.role || x.role.split(/\s+/).length <= 6 || !/[.!?]$/.test(x.role))) {
    // a role in its own table cell, on the line after the name it belongs to ("Frank Reid (FRE)" / "Councillor/Chairman")
    const prev = attendees[attendees.length - 1];
    if (!a.name && a.role && prev?.name && !prev.role && prev.attendance === a.attendance && prev.section === a.section && a.role.split(/\s+/).length <= 3) {
      prev.role = a.role;
      continue;
    }
    attendees.push(a);
  }

  const items: ItemT[] = [];
  if (openers.length === 0) {
    // one item holding the text after what was read as header and attendance
    let lastUsed = -1;
    blocks.forEach((b, i) => {
      if (b.lines.some((l) => header.used.has(l) || attendance.used.has(l))) lastUsed = i;
    });
    preambleEnd = lastUsed + 1;
    if (preambleEnd < bodyEnd) openers = [{ index: preambleEnd, number: null, title: null, titleBlock: null, runIn: false }];
  }

  const itemBlocks: SyntaxBlock[][] = [];
  for (let k = 0; k < openers.length; k++) {
    const o = openers[k]!;
    const start = o.index;
    const next = openers[k + 1];
    let end = next ? next.index : bodyEnd;
    // a minute number displaced from its heading: the lines between stay with the item before
    if (next && next.titleBlock !== null && next.titleBlock > next.index + 1) end = next.index;
    let own = blocks.slice(start, end);
    if (o.titleBlock !== null && o.titleBlock > o.index + 1) {
      own = blocks.slice(o.titleBlock, end);
      // the lines between a first minute's number and its title have no minute before them to join
      if (k === 0) own = own.concat(blocks.slice(o.index, o.titleBlock));
    }
    if (next && next.titleBlock !== null && next.titleBlock > next.index + 1) own = own.concat(blocks.slice(next.index, next.titleBlock));
    itemBlocks.push(own);
    const { title, pages } = pagesOf(o.title);
    const headBlock = blocks[start]!;
    const content: BlockT[] = [];
    own.forEach((b, j) => {
      if (j === 0 && o.number !== null) {
        // the heading's own line(s) are the number and title; what runs on is content
        const skip = b.kind === "itemHeading" ? (b.lines[1]?.kind === "HeadingLine" ? 2 : 1) : 1;
        const rest = b.lines.slice(skip);
        if (o.runIn && b.lines[0]!.kind === "NumberedLine") content.push({ type: "paragraph", text: joinLines([b.lines[0]!]).replace(/^\S+\s*/, ""), position: b.position });
        else if (o.tail) content.push({ type: "paragraph", text: o.tail, position: b.position });
        if (rest.length) content.push({ type: "paragraph", text: joinLines(rest), position: b.position });
        return;
      }
      if (j === 0 && o.title !== null && b.kind === "heading") return;
      // a title read from the paragraph after a lone number is not repeated as its text (where it
      // is the whole paragraph; "... pdf icon PDF 351 KB" keeps its paragraph)
      if (o.titleBlock !== null && b === blocks[o.titleBlock] && b.kind === "paragraph" && b.lines.length === 1 && b.lines[0]!.prose === o.title) return;
      // the number's own block, placed after a displaced title: what runs on after the number
      if (j > 0 && b === headBlock) {
        content.push(...contentOf(b, true));
        return;
      }
      content.push(...contentOf(b));
    });
    const decisions = readDecisions(own);
    // recorded votes with the names of those who voted: a vote counted in the prose gets its names
    for (const d of readDivisions(own)) {
      const same = decisions.votes.find((v) => v.for === d.for && v.against === d.against && v.forNames.length === 0);
      if (same) Object.assign(same, { forNames: d.forNames, againstNames: d.againstNames, abstainedNames: d.abstainedNames, subject: same.subject ?? d.subject, abstentions: same.abstentions ?? d.abstentions });
      else decisions.votes.push(d);
    }
    // a recorded vote that carried the item's one decision: the decision's vote repeats its tally
    const carried = decisions.votes.filter((v) => v.forNames.length > 0 && v.outcome === "carried");
    const only = decisions.resolutions.length === 1 ? decisions.resolutions[0]! : null;
    if (carried.length === 1 && only && only.vote.for === null && only.vote.against === null) {
      Object.assign(only.vote, { for: carried[0]!.for, against: carried[0]!.against, abstentions: carried[0]!.abstentions });
    }
    const item: ItemT = {
      number: o.number, title, pages, exempt: false, content, resolutions: decisions.resolutions, votes: decisions.votes,
      actions: decisions.actions, applications: [], position: headBlock.position,
    };
    // a number moved from a column of its own: its characters still point where it stood
    const numberPosition = o.number !== null ? movedFrom(headBlock.lines[0]!, o.number) : undefined;
    if (numberPosition) item.numberPosition = numberPosition;
    if (o.titleBlock !== null && o.titleBlock !== o.index) item.titlePosition = blocks[o.titleBlock]!.position;
    items.push(item);
  }
  // planning applications decided under each item
  const minuteNumbers = new Set(items.map((it) => it.number).filter((n): n is string => n !== null));
  const byNumber = new Map<string, ItemT>();
  for (const it of items) if (it.number !== null && !byNumber.has(it.number)) byNumber.set(it.number, it);
  for (const it of items) {
    const texts = [{ text: it.title ?? "", position: it.titlePosition ?? it.position }, ...it.content.map((c) => ({ text: c.text ?? "", position: c.position }))];
    // a sub-item ("9.1") is about what its minute ("9. Consideration of planning applications") is about
    const parent = it.number && /^\d+\.\d+$/.test(it.number) ? byNumber.get(it.number.split(".")[0]!) : undefined;
    it.applications = readApplications(`${it.title ?? ""} ${parent?.title ?? ""}`, texts, minuteNumbers);
  }
  // business taken with the press and public excluded
  markExempt(items, itemBlocks.map((own) => own.map((b) => joinLines(b.lines)).join(" ")));

  // the preamble's text, all of it
  const preamble: BlockT[] = blocks.slice(0, openers.length ? openers[0]!.index : preambleEnd).flatMap((b) => contentOf(b));
  for (const b of blocks.slice(0, openers.length ? openers[0]!.index : preambleEnd)) {
    for (const l of b.lines) {
      if (!header.used.has(l) && !attendance.used.has(l) && l.kind !== "BlankLine" && b.kind !== "furniture") {
        diag("info", "unplaced-preamble-line", `line not read as header or attendance: "${l.clean.slice(0, 60)}"`, l.position.start);
      }
    }
  }

  // after the meeting ended: signature, appendices
  const appendices: AppendixT[] = [];
  const questions: QuestionT[] = [];
  if (endIdx >= 0) {
    const trailer = blocks.slice(endIdx + 1);
    let cur: { title: string | null; head: SyntaxBlock | null; blocks: SyntaxBlock[] } = { title: null, head: null, blocks: [] };
    const groups = [cur];
    for (const b of trailer) {
      const t = joinLines([b.lines[0]!]);
      if ((b.kind === "paragraph" || b.kind === "heading") && APPENDIX_START.test(t)) {
        cur = { title: t, head: b, blocks: [] };
        groups.push(cur);
        continue;
      }
      cur.blocks.push(b);
    }
    for (const g of groups) {
      if (!g.title && g.blocks.length === 0) continue;
      // the appendix runs from its title to its last block
      const first = g.head ?? g.blocks[0];
      const last = g.blocks[g.blocks.length - 1] ?? g.head;
      // the title is the first line of its block; the block's other lines are content
      const content = [...(g.head ? contentOf(g.head, true) : []), ...g.blocks.flatMap((b) => contentOf(b))];
      appendices.push({ title: g.title, content, position: first && last ? { start: first.position.start, end: last.position.end } : undefined });
      questions.push(...readQuestions(g.blocks, g.title ?? "", null));
    }
  }
  // running headers and footers: short lines that recur on every page (counted when first asked:
  // most documents' questions never ask)
  let seen: Map<string, number> | undefined;
  const furnitureText = (t: string) => {
    if (seen === undefined) {
      seen = new Map();
      for (const b of blocks) for (const l of b.lines) if (l.clean.length >= 6 && l.clean.length < 200) seen.set(l.clean, (seen.get(l.clean) ?? 0) + 1);
    }
    return (seen.get(t) ?? 0) >= 2 && !/[?]/.test(t);
  };
  items.forEach((it, k) => {
    const found = readQuestions(itemBlocks[k]!, it.title ?? "", it.number);
    // answers under "Response:" to questions labelled "Q1." in the prose: read as labelled pairs
    const pairs = found.length && found.every((q) => q.question === null) ? readQaPairs(itemBlocks[k]!, it.title ?? "", it.number, furnitureText, true) : [];
    questions.push(...(pairs.length ? pairs : found.length ? found : readQaPairs(itemBlocks[k]!, it.title ?? "", it.number, furnitureText)));
  });

  // attendance recorded in the items
  items.forEach((it, k) => {
    for (const b of itemBlocks[k]!) {
      if (b.kind !== "paragraph" && b.kind !== "itemHeading") continue;
      const own = b.kind === "itemHeading" && b.lines.length > 1 && b === itemBlocks[k]![0] ? b.lines.slice(1) : b.lines;
      const text = joinLines(own);
      // (apologies to be added to the last meeting's minutes are that meeting's: "Minutes: Subject to
      // the inclusion of apologies from D. Pickston ...")
      const aboutLastMinutes = /\bminutes\b/i.test(it.title ?? "") && !/apolog|ymddiheur/i.test(it.title ?? "") && /\b(?:inclusion|include|included|omitted|omission|amend\w*|correct\w*)\b[^.]{0,40}\bapolog/i.test(text);
      const apologyContext = !aboutLastMinutes && (/apolog|ymddiheur/i.test(it.title ?? "") || /\bapolog|\bymddiheur/i.test(text));
      if (apologyContext) {
        let found = apologiesIn(text.replace(/^\S+\s+/, (m) => (/^\d/.test(m) ? "" : m)), b.position);
        const forWhom = /apolog/i.test(it.title ?? "") && /apolog|absen|unable to attend|ymddiheur/i.test(text) ? /\b(?:from|for)\s+((?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\b.+?)(?:\.\s|\.$|$)/.exec(text) : null;
        if (found.length === 0 && forWhom) found = readListLine(forWhom[1]!.replace(/^(?:councillors|cllrs)\.?\s+/i, ""), null, "apologies", b.position, null).filter((a) => a.name);
        if (found.length === 0 && /apolog/i.test(it.title ?? "") && own !== b.lines.slice(0, 0) && !/\b(?:was|were|had|has|no|none|nil|took|welcomed|opened|thanked|chaired|reported|said)\b/i.test(text) && !/^\S*\d/.test(text)) {
          // the names alone under an "Apologies" heading: "A Armstrong, EDC and M Armstrong (Councillors)"
          found = readListLine(text, null, "apologies", b.position, null).filter((a) => a.name);
        }
        for (const a of found) {
          // (one already listed with apologies, by full name or surname: "Cllr K. Cole  A" in a
          // register, "Apologies were received from Cllr Cole (illness)" in the minute)
          const known = a.name ? findAttendee(attendees.filter((x) => x.attendance === "apologies"), a.name) : undefined;
          if (known) known.reason ??= a.reason;
          else attendees.push(a);
        }
      }
      for (const s of substitutesIn(text)) {
        const a = findAttendee(attendees, s.who);
        if (a) a.substituteFor = s.forWhom;
      }
      for (const r of remoteStatementsIn(text)) {
        const a = findAttendee(attendees, r.who);
        if (a) {
          a.attendance = "remote";
          if (r.voting !== undefined) a.voting = r.voting;
        }
      }
    }
  });

  // "Cllr Ian Jones (substitute for Cllr Kate Lane)" in an attendance list
  for (const a of attendees) {
    const m = a.role ? /^(?:as\s+)?(?:named\s+)?substitut\w*\s+for,?\s+(.+)$/i.exec(a.role) : null;
    if (m && !a.substituteFor) {
      a.substituteFor = stripHonorific(m[1]!).name.replace(/[.,;:]+$/, "");
      a.role = "substitute";
    }
  }

  // chair and vice-chair from the roles in the lists
  let chair: string | null = null;
  let viceChair: string | null = null;
  for (const a of attendees) {
    if (!a.name || !a.role) continue;
    // (a Scottish body's convener chairs it: "J. MacLeod (Convener), A. Stewart (Vice-Convener)")
    if (/\bvice[- ]?(?:chair|conven[eo]r)/i.test(a.role)) viceChair ??= a.name;
    else if (/\bchair(?:man|person|woman)?\b|\bin the chair\b|\bcadeirydd\b|^conven[eo]r$/i.test(a.role)) chair ??= a.name;
  }
  // a town or city council's chairman is its mayor ("Cllr R. Patel (Mayor), Cllr D. Hughes (Deputy
  // Mayor)"), where no one is named as chairman
  for (const a of attendees) {
    if (!a.name || !a.role || a.attendance === "apologies" || a.attendance === "absent") continue;
    if (/^(?:the\s+)?deputy\s+(?:town\s+|city\s+)?mayor$/i.test(a.role)) viceChair ??= a.name;
    else if (/^(?:the\s+)?(?:town\s+|city\s+)?mayor(?:\s+of\s+\p{L}[\p{L} '’-]*)?$/iu.test(a.role)) chair ??= a.name;
  }

  chair ??= attendance.chair;
  // a chair elected in the meeting: "Cllr Ryves was duly elected and took the chair"
  if (!chair || !viceChair) {
    for (const it of items) {
      const t = it.content.map((c) => c.text).join(" ");
      // (each pattern opens with a name, tried at every title in the text: each only where its
      // words are)
      const re = /(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+was\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected(?:\s+as)?(?:\s+(?:the\s+)?([Vv]ice[- ][Cc]hair(?:man|person)?|[Cc]hair(?:man|person)?))?(?:\s+and\s+took\s+the\s+chair)?/gu;
      for (let m = t.includes("elected") ? re.exec(t) : null; m; m = re.exec(t)) {
        const office = (m[2] ?? (/took the chair/i.test(m[0]) ? "chair" : "")) || (/vice/i.test(it.title ?? "") ? "vice chair" : /chair/i.test(it.title ?? "") ? "chair" : "");
        if (/vice/i.test(office)) viceChair ??= m[1]!;
        else if (/chair/i.test(office)) chair ??= m[1]!;
      }
      const took = (t.includes("hair") || t.includes("adair")) && /(?:(?:Cllr|Councillor|County Councillor|Mr|Mrs|Ms|Dr)\.?\s+)+((?:\p{Lu}\.\s*)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:took|was in)\s+the\s+[Cc]hair\b|\b[Cc]ymerwyd\s+y\s+[Gg]adair\s+gan\s+(?:y\s+)?(?:[Cc]yng\.?\s+)?((?:\p{Lu}\.\s*)*\p{Lu}[\p{L}'’-]+)/u.exec(t);
      if (took) chair ??= took[1] ?? took[2]!;
      const office = (t.includes("cceptance") || it.title?.includes("cceptance")) && /[Aa]cceptance\s+of\s+[Oo]ffice\s+as\s+([Vv]ice[- ][Cc]hair|[Cc]hair)(?:man|person)?\s+(?:from|by)\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)+(\p{Lu}[\p{L}'’-]+)/u.exec(`${it.title ?? ""} ${t}`);
      if (office) {
        if (/vice/i.test(office[1]!)) viceChair ??= office[2]!;
        else chair ??= office[2]!;
      }
      const accepted = t.includes("accepted") && /(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)+(\p{Lu}[\p{L}'’-]+)\s+accepted\s+the\s+post/u.exec(t);
      if (accepted && /vice/i.test(it.title ?? "")) viceChair ??= accepted[1]!;
    }
  }

  // when the meeting ended
  let endTime: string | null = null;
  if (lastEnd >= 0) {
    const t = findTimes(joinLines(blocks[endIdx >= 0 ? endIdx : lastEnd]!.lines));
    endTime = t.length ? t[t.length - 1]!.hhmm : null;
  }

  if (endTime === null && header.endTime) endTime = header.endTime;
  // "All minutes are draft until agreed at the next meeting"
  const draft = header.draft || blocks.some((b) => b.lines.some((l) => /\bminutes\s+are\s+(?:in\s+)?draft\b/i.test(l.clean)));

  // the next meeting
  let nextMeeting: MinutesDocumentT["nextMeeting"] = null;
  const candidates: { text: string; weight: number }[] = [];
  items.forEach((it) => {
    const titled = /next meeting|date of (?:the )?next|dyddiad y cyfarfod nesaf/i.test(it.title ?? "");
    const texts = [it.title ?? "", ...it.content.map((c) => c.text)];
    for (const t of texts) {
      if (titled || /next\s+meeting|cyfarfod\s+nesaf/i.test(t)) candidates.push({ text: t, weight: titled ? 2 : 1 });
    }
  });
  for (const b of [...blocks.slice(Math.max(0, bodyEnd - 1)), ...blocks.slice(0, openers[0]?.index ?? 0)]) {
    const t = joinLines(b.lines);
    if (/next\s+meeting/i.test(t)) candidates.push({ text: t, weight: 1 });
  }
  candidates.sort((a, b) => b.weight - a.weight);
  for (const c of candidates) {
    const idx = c.text.search(/next\s+meeting|cyfarfod\s+nesaf/i);
    const scope = idx >= 0 ? c.text.slice(idx) : c.text;
    const date = findDate(scope) ?? (c.weight > 1 ? findDayMonth(scope, header.date) : null);
    if (date && (!header.date || date > header.date)) {
      const times = findTimes(scope);
      nextMeeting = { date, time: times[0]?.hhmm ?? null, text: c.text.slice(0, 300) };
      break;
    }
  }

  if (!nextMeeting && minutesStart > 0 && header.date) {
    // the front sheet of an agenda pack announces the meeting these minutes go to
    const front = blocks.slice(0, minutesStart).flatMap((b) => b.lines).map((l) => l.clean);
    const dateLine = front.find((t) => /^date\s*:\s*(?:\p{L}+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}/iu.test(t));
    const d = dateLine ? findDate(dateLine) : null;
    if (d && d > header.date) {
      const timeLine = front.find((t) => /^time\s*:/i.test(t));
      nextMeeting = { date: d, time: timeLine ? (findTimes(timeLine)[0]?.hhmm ?? null) : null };
    }
  }

  const declarations = readDeclarations(items, itemBlocks, attendees);

  const numbered = openers.some((o) => o.number !== null);
  const headed = Boolean(header.body || header.date);
  // A text reads as minutes with a header, a decision or a question; or with numbered items, an
  // attendance list or list points and the words of a meeting. (A page of one agenda item has no
  // header, but its points and words; a README has numbered steps and lists, but not the words.)
  const listed = items.some((i) => i.content.some((c) => c.type === "listItem"));
  const readsAsMinutes =
    headed || questions.length > 0 || items.some((i) => i.resolutions.length > 0) || ((numbered || attendees.length > 0 || listed) && speaksOfAMeeting(blocks));
  if (!numbered && !headed && attendees.length === 0) {
    diag("warning", "no-meeting-structure", "no meeting structure was found (no header, no attendance, no numbered items): is this a set of minutes?", { line: 1, column: 1 });
  } else if (!readsAsMinutes) {
    diag("warning", "no-meeting-structure", "no meeting structure was found (no header, no decision, and not two of the words of a meeting: council, committee, minutes, apologies, resolved, ...): is this a set of minutes?", { line: 1, column: 1 });
  } else if (!headed) {
    diag("info", "no-meeting-header", "no meeting header (body, date) was found", { line: 1, column: 1 });
  }

  const document: MinutesDocumentT = {
    schemaVersion: "1",
    meeting: {
      body: header.body, date: header.date, startTime: header.startTime, endTime, venue: header.venue, draft,
      chair: chair ? stripHonorific(chair).name : null, viceChair: viceChair ? stripHonorific(viceChair).name : null,
      weekday: header.weekday, title: header.title,
    },
    attendees, items, declarations, questions, nextMeeting, preamble, appendices, diagnostics,
  };
  return { document, minutes: readsAsMinutes };
}

export type { Line };
