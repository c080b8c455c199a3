/**
 * The meeting header: body, venue, date, start time and the DRAFT mark, from the lines before the
 * attendance lists ("Minutes of the meeting of Cabinet held at ... on Thursday 19 December 2024 at
 * 2.30 pm", "STOKE FERRY PARISH COUNCIL Draft Minutes of the Ordinary Meeting held on ...",
 * "Milburn Parish Council / 5th July 2016", ModernGov's "Venue:" and "Date:" lines).
 */
import { findDates, findTimes, weekdayOf } from "./dates.js";
import { withClean, type Line } from "./tree.js";

export interface Header {
  body: string | null;
  date: string | null;
  startTime: string | null;
  /** from a range such as "(19:15 TO 19:25 AND 20:25 TO 20:27)" */
  endTime: string | null;
  venue: string | null;
  draft: boolean;
  title: string | null;
  weekday: string | null;
  /** the lines read as the header */
  used: Set<Line>;
}

const BODY_WORDS = String.raw`(?:council|committee|cabinet|board|panel|forum|assembly|authority|sub-committee|executive|cyngor|pwyllgor|meeting)`;
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day|dydd\s+\w+`;

// (made once here, not at each document or line)
const BODY_IN_SENTENCE = new RegExp(
  String.raw`\bminutes?\s+of\s+(?:the\s+|an?\s+)?(?:(?:annual|ordinary|extraordinary|special|remote|virtual|monthly|full|public|parish|general|joint|emergency)\s+)*(?:meeting|proceedings)\s+of\s+(?:the\s+)?(.+?)\s+(?:which\s+was\s+)?(?:held|convened|taking\s+place)\b`,
  "i",
);
const MINUTES_OF_BODY = new RegExp(String.raw`\bminutes?\s+of\s+(?:the\s+)?(.+?\b${BODY_WORDS})\b`, "i");
const MINUTES_OF_COUNCIL = /\bminutes?\s+of\s+(?:the\s+)?(.+?\b(?:council|committee|board|panel))\b/i;
const BODY_FIRST = /^(.{3,80}?\b(?:council|committee|cabinet|board|panel|cyngor\s+cymuned[\p{L} ]*|cyngor[\p{L} ]*))\b/iu;
const HELD_AT = new RegExp(
  String.raw`\b(?:held|convened)\s+(?:at|in)\s+(.+?)(?=\s+on\s+(?:${WEEKDAY}|\d|the\s+\d)|,?\s+(?:${WEEKDAY})\b|\s+at\s+\d|\s+commencing\b|\s+starting\b|\s+from\s+\d|\s*$)`,
  "i",
);
/** The place after "held on <date and time> in|at": "held on Wednesday 7 November 2018 at 7.00pm in Stoke Ferry Village Hall". */
const VENUE_AFTER = /\bheld\s+on\b.*?\d(?:\s*[ap]\.?m\.?)?\s+(?:in|at)\s+(?!\d)(.+?)(?=\s*$|\.\s|\s+commencing\b|\s+at\s+\d)/im;
const HELD_THEIR_MEETING_AT = new RegExp(
  String.raw`\bheld\s+(?:their|its|the|a|an)\s+(?:[\p{L}]+\s+){0,2}meeting\b.*?\s(?:at|in)\s+(?!\d)((?:the\s+)?\p{Lu}.+?)(?=\.\s|\.?$|\s+on\s+(?:${WEEKDAY}|\d|the\s+\d))`,
  "iu",
);

function tidy(s: string | undefined | null): string | null {
  // (and a sentence's full stop after a word: "in the Town Hall.")
  const t = (s ?? "").replace(/\s+/g, " ").replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, "").replace(/(?<=\p{Ll}{2})\.$/u, "").trim();
  return t.length ? t : null;
}

/**
 * The body that met, from a council's name and the line under it: the committee named there
 * ("NORTH VALE DISTRICT COUNCIL" / "PLANNING COMMITTEE" is the committee's meeting), else the
 * council.
 */
function committeeUnder(body: string, next: string | undefined): string | null {
  const n = next?.replace(/[.:]+$/, "");
  const committee = /council$/i.test(body) && n && !/^minutes\b/i.test(n) && /^[\p{L} '’&-]{3,60}\b(?:committee|sub-committee|cabinet|board|panel)$/iu.test(n);
  return tidy(committee ? n : body);
}

/** The characters of a header line that the header's patterns read. */
const HEADER_LINE_CHARS = 4000;

/** Read the header from the first lines of the document (before attendance and items). */
export function readHeader(lines: readonly Line[]): Header {
  const used = new Set<Line>();
  const h: Header = { body: null, date: null, startTime: null, endTime: null, venue: null, draft: false, title: null, weekday: null, used };
  // the header is the run of lines before the first attendance heading, at most a dozen lines
  const head: Line[] = [];
  for (const l of lines) {
    if (head.length >= 12) break;
    const c = l.clean;
    if (/^(?:present|in attendance|attendance|apologies|members present|councillors present|sederunt|presennol)\b/i.test(c) && head.length > 0) break;
    if (/^(?:title|date|categories|layout|tags|author)\s*:/i.test(c) && /^---$/.test(lines[0]?.clean ?? "")) {
      // markdown front matter: keep the title as a fallback header
      const t = /^title\s*:\s*["']?(.*?)["']?\s*$/i.exec(c);
      if (t) h.title ??= t[1]!;
      used.add(l);
      // "MINUTES OF THE ... MEETING HELD AT ... ON THURSDAY 04 APRIL 2019": a whole header, read as one
      if (t && /^minutes\b/i.test(t[1]!) && findDates(t[1]!).length > 0) {
        const clean = t[1]!.replace(/\s+/g, " ").trim();
        head.push(withClean(l, clean));
      }
      continue;
    }
    if (/^[-*]\s+["']?[\w-]+["']?$/.test(c) || c === "---") {
      used.add(l);
      continue;
    }
    // a line with no word in it ("×" of a web page's close button, a page number) is no header
    // line; it stays in the preamble
    if (head.length === 0 && !/\p{L}{2}/u.test(c)) continue;
    head.push(l);
  }

  // (a header is read from the start of each of its lines: a document of one long line, run on,
  // is not read whole by every header pattern)
  const text = head.map((l) => (l.clean.length > HEADER_LINE_CHARS ? l.clean.slice(0, HEADER_LINE_CHARS) : l.clean).replace(/\t+/g, " ")).join("\n");
  const flat = text.replace(/\s+/g, " ");
  // DRAFT
  if (/(?:^|\n)\s*draft\b|\bdraft\s+minutes\b|\bminutes\s*\(draft\)|\(draft\)/i.test(text)) h.draft = true;
  // the sentence form
  const sentence = BODY_IN_SENTENCE.exec(flat);
  if (sentence) h.body = tidy(sentence[1]);
  // "ANYTOWN TOWN COUNCIL" above "Minutes of the Meeting of the Full Council held ...": the meeting
  // is of the council its first line names
  if (h.body && /^(?:the\s+)?full\s+council$/i.test(h.body)) {
    const first = head[0]?.clean.replace(/[.:]+$/, "");
    if (first && first.split(/\s+/).length <= 8 && /\b(?:town|parish|city|community)\s+council$/i.test(first) && !/^minutes\b/i.test(first)) h.body = tidy(first);
  }
  // a body named in so many words ("minutes of the ... meeting of X") stands even where no date follows
  let named: RegExpExecArray | null = null;
  if (!h.body) {
    // a first line that is the council's name: "WEREHAM PARISH COUNCIL" above "Minutes of the Ordinary ... Meeting"
    const first = head[0]?.clean.replace(/[.:]+$/, "");
    if (first && first.split(/\s+/).length <= 8 && /\b(?:council|committee|cabinet|board|cyngor)$/i.test(first) && !/^minutes\b/i.test(first)) h.body = tidy(first);
    if (h.body) h.body = committeeUnder(h.body, head[1]?.clean);
  }
  if (!h.body) {
    // "Minutes of the February meeting of Northwold PC": the body after "meeting of"
    const lead = /\bminutes?\s+of\s+(?:the\s+)?(?:\p{L}+\s+){0,2}meeting\s+of\s+(?:the\s+)?/iu.exec(flat);
    named = lead ? /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:and|with|&|\p{Lu}[\p{L}'’-]*)){0,5}?\s+(?:PC|P\.C\.|TC|CC))(?=[\s.,:]|$)/u.exec(flat.slice(lead.index + lead[0].length)) : null;
    const m = named ? { 1: named[1]!.replace(/\s+PC$/, " Parish Council").replace(/\s+TC$/, " Town Council").replace(/\s+CC$/, " Community Council") } : MINUTES_OF_BODY.exec(flat);
    // (not "meeting held on 20 January 2025 at 6.30 pm in Committee [Room 2]": a body is not held)
    if (m && !/\bheld\b/i.test(m[1]!) && !/^(?:the\s+)?(?:annual|ordinary|extraordinary|special|remote|virtual|january|february|march|april|may|june|july|august|september|october|november|december)?\s*meeting$/i.test(m[1]!)) h.body = tidy(m[1]!.replace(/\s+meeting$/i, "").replace(/^(?:\S+\s+){0,2}?meeting\s+of\s+(?:the\s+)?/i, ""));
  }
  if (!h.body) {
    // a first line that names the body: "Milburn Parish Council", "STOKE FERRY PARISH COUNCIL Draft Minutes ..."
    for (const [k, l] of head.slice(0, 4).entries()) {
      const m = BODY_FIRST.exec(l.clean);
      const rest = l.clean.slice(m?.[0].length ?? 0);
      const short = l.clean.split(/\s+/).length <= 12 && !/\b(?:received|noted|was|were|had)\b/i.test(l.clean);
      if (m && !/^(?:minutes|the meeting)\b/i.test(m[1]!) && (short || /^\s*(?:[-–—:,]|draft\b|minutes\b|\(|a\.g\.m|agm\b)/i.test(rest))) {
        h.body = rest.trim() ? tidy(m[1]) : committeeUnder(m[1]!, head[k + 1]?.clean);
        break;
      }
    }
  }
  if (!h.body) {
    // Welsh: "Cynhaliwyd cyfarfod Cyngor Cymuned Manordeilo a Salem am 7.30pm ..."
    // and after "o" the mutated "Gyngor" ("cyfarfod o Gyngor Cymuned ..."), named as "Cyngor ..."
    const cy = /\bcynhaliwyd\s+cyfarfod\s+(?:o\s+|y\s+)?([CG]yngor\s.+?)\s+(?:am|ar|yn)\s+/iu.exec(flat);
    if (cy) h.body = tidy(cy[1]!.replace(/^G/i, (g) => (g === "G" ? "C" : "c")));
  }
  if (!h.body) {
    // a first line that is a Welsh council's name, "Cyngor" first: "CYNGOR CYMUNED MANORDEILO A SALEM"
    const first = head[0]?.clean.replace(/[.:]+$/, "");
    if (first && first.split(/\s+/).length <= 8 && /^cyngor\s+(?:cymuned|tref|sir|dinas|bwrdeistref)\s+\p{L}/iu.test(first)) h.body = tidy(first);
  }
  if (!h.body) {
    // "Manordeilo and Salem Community Council held their meeting at ..."
    const en = /(?:^|\.\s+|\d{4}\s+)(\p{Lu}[\p{L}&' ]{2,80}?\b(?:Council|Committee|Board))\s+held\s+(?:their|its|a|an|the)\b/u.exec(flat);
    if (en) h.body = tidy(en[1]);
  }
  if (!h.body) {
    const m = /^Meeting\s+of\s+(?:the\s+)?(.+?)(?:\s+held|\s*$)/im.exec(text);
    if (m) h.body = tidy(m[1]);
  }
  // venue
  const venueLabel = /^(?:venue|place|location|lleoliad)\s*:\s*(.+)$/im.exec(text);
  if (venueLabel) h.venue = tidy(venueLabel[1]);
  else {
    const v = HELD_AT.exec(flat);
    const their = HELD_THEIR_MEETING_AT.exec(flat);
    const cyVenue = /\bcynhaliwyd\s+cyfarfod\b.*?\d{4}\s+(?:yn|ym|yng)\s+(\p{Lu}.+?)(?=\.\s|\.?$)/iu.exec(flat);
    if (their && !/^(?:\d|the\s+\d)/.test(their[1]!)) h.venue = tidy(their[1]);
    else if (cyVenue) h.venue = tidy(cyVenue[1]);
    else if (v) h.venue = tidy(v[1]);
    else {
      // "held on Wednesday 7 November 2018 at 7.00pm in Stoke Ferry Village Hall", "held on
      // Thursday 9th January 2025 in Westleigh Village Hall at 7.30pm"
      // (a hard-wrapped header breaks the sentence: "... HELD ON WEDNESDAY 5TH" / "FEBRUARY 2025 AT 7.00PM IN OAKHURST MEMORIAL HALL")
      const held = text.search(/\bheld\s+on\b/i);
      const wrap = held >= 0 ? text.indexOf("\n", held) : -1;
      const after = VENUE_AFTER.exec(text) ?? (wrap >= 0 ? VENUE_AFTER.exec(`${text.slice(0, wrap)} ${text.slice(wrap + 1)}`) : null);
      if (after) h.venue = tidy(after[1]);
      else {
        // "... Tuesday 5th June 2018, 7.30pm Christ Church, Whittington": a place after the time
        const place = /\d{4},?\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?,?\s+(?:at\s+|in\s+)?(\p{Lu}[^\n]{2,80})$/mu.exec(text);
        if (place && !/\b(?:present|apologies)\b/i.test(place[1]!)) h.venue = tidy(place[1]);
      }
    }
  }
  if (!h.venue) {
    // a line of its own that names a place: "Wereham Village Hall"
    const place = head.find((l) => /\b(?:hall|room|centre|center|church|chamber|chambers|offices?|school|pavilion|institute|library|house|zoom|online|teams)\b/i.test(l.clean) &&
      l.clean.split(/\s+/).length <= 8 && !findDates(l.clean).length && !/\bminutes\b|:/i.test(l.clean));
    if (place) h.venue = tidy(place.clean.replace(/^(?:at|in|venue)\s+/i, ""));
  }
  // date and time
  const dates = findDates(flat);
  if (dates.length) {
    h.date = dates[0]!.iso;
    h.weekday = weekdayOf(h.date);
    const after = flat.slice(dates[0]!.index);
    const t = findTimes(after)[0] ?? findTimes(flat)[0];
    if (t) h.startTime = t.hhmm;
  } else {
    const t = findTimes(flat)[0];
    if (t) h.startTime = t.hhmm;
  }
  const range = /\(\s*(\d{1,2}[.:]\d{2}[^)]*?(?:to|until|-|–)[^)]*)\)/i.exec(flat);
  if (range) {
    const ts = findTimes(range[1]!);
    if (ts.length >= 2) {
      h.startTime = ts[0]!.hhmm;
      h.endTime = ts[ts.length - 1]!.hhmm;
    }
  }
  const timeLabel = /^(?:time|start(?:ing)? time)\s*:\s*(.+)$/im.exec(text);
  if (timeLabel) h.startTime = findTimes(timeLabel[1]!)[0]?.hhmm ?? h.startTime;
  // which lines were the header: up to the one that gave the date (or the body), and a DRAFT mark
  let last = head.findIndex((l) => findDates(l.clean).length > 0);
  if (last < 0) {
    // a date wrapped over two lines ("... HELD ON WEDNESDAY 5TH" / "FEBRUARY 2025 AT 7.00PM ..."): the line it ends on
    const wrapped = findDates(text)[0];
    if (wrapped) last = text.slice(0, wrapped.index + wrapped.length).split("\n").length - 1;
  }
  if (last > 6) last = -1;
  if (last < 0 && h.body) last = head.findIndex((l) => l.clean.includes(h.body!));
  for (let i = 0; i <= last; i++) {
    const l = head[i]!;
    // a line that holds only a time after the date line ("at 7.30pm") is the header too
    used.add(l);
  }
  const after = head[last + 1];
  if (after && /^(?:at\s+)?\d{1,2}[.:]?\d{0,2}\s*(?:[ap]\.?m\.?)?$/i.test(after.clean)) used.add(after);
  // the header's labelled lines after the date's: "Time: 7.00pm", "Venue: Brambleford Community Centre"
  if (last >= 0) {
    for (let i = last + 1; i < head.length && /^(?:time|start(?:ing)? time|venue|place|location|lleoliad)\s*:/i.test(head[i]!.clean); i++) used.add(head[i]!);
  }
  if (last < 0) {
    h.body = h.body && ((head[0] && head[0].clean.startsWith(h.body)) || sentence || named) ? h.body : null;
    h.venue = null;
  }
  // a document whose only header is its front-matter title: "MINUTES OF NORTHWOLD PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON"
  if (h.title && (!h.body || !h.venue) && /\bminutes\b/i.test(h.title)) {
    const t = h.title.replace(/\s+/g, " ");
    h.body ??= tidy(MINUTES_OF_COUNCIL.exec(t)?.[1]);
    h.venue ??= tidy(/\bheld\s+(?:at|in)\s+(.+?)(?:\s+on\b.*)?$/i.exec(t)?.[1]);
  }
  h.title = head[0] ? head[0].clean : h.title;
  return h;
}
