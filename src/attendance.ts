/**
 * Who attended and how: the attendance sections of the preamble under their many headings, the
 * `*` marker and its legend, columns of officers, and the apologies, substitutes and remote
 * attendance that items record in sentences.
 */
import type { AttendeeT, PositionT } from "./schema.js";
import type { Line } from "./tree.js";
import { cleanLine, isSpace } from "../grammar/markup.js";
import { HONORIFIC, looksLikeName, looksLikeRole, readPerson, splitList, stripHonorific } from "./names.js";

type Kind = AttendeeT["attendance"];

interface Section {
  label: string;
  kind: Kind;
  voting: boolean | undefined;
  officers: boolean;
  members: AttendeeT[];
}

const SECTION_WORDS =
  /\b(?:present|attendance|attending|attended|apolog(?:y|ies|ised)|absent|absence|officers?|councillors|cllrs|members|cabinet|co-?optees?|others|also|public|clerk|sederunt|substitutes?|voting|remote(?:ly)?|virtual(?:ly)?|presennol|ymddiheuriadau|cynghorwyr|swyddogion|group leaders|chairpersons|in the chair|representatives?|visitors?|guests?|press|panel)\b/i;

/** A section heading: `Present:`, `Cabinet Members in remote attendance`, `## Others in attendance:`, `Apologies - None`. */
export function sectionHeading(text: string): { label: string; rest: string } | null {
  // "Also, in Attendance": the comma is no part of the label
  const t = text.replace(/\t+/g, " ").trim().replace(/^also,\s+/i, "Also ");
  let label: string;
  let rest = "";
  const colon = /^([^:]{2,80}?)\s*:\s*(.*)$/.exec(t);
  const dash = /^(\S+(?:\s+\S+){0,2}?)(?:\s+[-–—]|[-–—])\s*(.*)$/.exec(t);
  if (colon) {
    label = colon[1]!.trim();
    rest = colon[2]!.trim();
  } else if (dash && SECTION_WORDS.test(dash[1]!)) {
    label = dash[1]!.trim();
    rest = dash[2]!.trim();
  } else if (/^((?:members\s+of\s+the\s+)?public|also\s+(?:present|in\s+attendance)|in\s+attendance|present|apologies|absent)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillors?|[A-Z]\.?\s+[A-Z])\b)/i.test(t) && /\s(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillors?|[A-Z]\.?\s+[A-Z])/.test(t)) {
    const m = /^((?:members\s+of\s+the\s+)?public|also\s+(?:present|in\s+attendance)|in\s+attendance|present|apologies|absent)\s+(.*)$/i.exec(t)!;
    label = m[1]!;
    rest = m[2]!;
  } else if (/^(?:also\s+(?:present|in\s+attendance)|in\s+attendance)\s+\S/i.test(t)) {
    // "Also in Attendance Public – Two. ... Cllr Colin Sampson, ...": a label that reads as one
    const m = /^(also\s+(?:present|in\s+attendance)|in\s+attendance)\s+(.*)$/i.exec(t)!;
    label = m[1]!;
    rest = m[2]!;
  } else {
    if (/\t| {3,}/.test(text)) return null; // a row of columns is an entry
    label = t.replace(/[.]$/, "");
    if (/[,(]/.test(label) || label.split(/\s+/).length > 8) return null;
    if (stripHonorific(label).honorific && !/^(?:councillors|cllrs)$/i.test(label)) return null;
  }
  const words = label.split(/\s+/).length;
  if (words > 9 || !SECTION_WORDS.test(label)) return null;
  if (/[.!?]$/.test(label) && words > 3) return null;
  const asPerson = readPerson(label);
  if (asPerson && asPerson.name && (asPerson.honorific || asPerson.role) && !colon && !/^(?:councillors|cllrs|cynghorwyr)$/i.test(label)) return null;
  // a sentence that merely mentions attendance is not a heading
  if (!colon && /\b(?:was|were|had|has|is|are|may|will|would|received|gave|sent|attended)\b/i.test(label) && words > 4) return null;
  if (colon && /\b(?:was|were|had|has|is|are|may|will|would|received|gave|sent|attended)\b/i.test(label) && words > 5) return null;
  return { label, rest };
}

function sectionOf(label: string, previous: Section | undefined): Section {
  const l = label.toLowerCase();
  let kind: Kind = "present";
  if (/apolog|ymddiheur|sent apologies/.test(l)) kind = "apologies";
  else if (/\babsent\b|\babsence\b/.test(l)) kind = "absent";
  else if (/remote|virtual|online|video|zoom|teams|by phone|telephone/.test(l)) kind = "remote";
  let voting: boolean | undefined;
  if (/non-?voting|not voting|without (?:a )?vote/.test(l)) voting = false;
  else if (/\bvoting\b/.test(l)) voting = true;
  // "Councillors:" inside a section is a list prefix, not a new section
  if (previous && /^(?:councillors?|cllrs?\.?|members?)$/i.test(label.trim())) return previous;
  return { label, kind, voting, officers: /officer|swyddog|clerk|staff/.test(l), members: [] };
}

export interface AttendanceResult {
  attendees: AttendeeT[];
  /** a name given under a "Chair:" label */
  chair: string | null;
  /** lines that were read as attendance */
  used: Set<Line>;
}

/** Words of a reason for absence: "(work commitments)", "(unwell)"; not "(Councillors)", which holds "ill". */
const ABSENCE_REASON = /\b(?:reasons?|ill(?:ness)?|unwell|sick(?:ness)?|holidays?|on\s+leave|work|family|personal|medical|commitments?|hospital|bereavement|engagement|away)\b/i;

function person(
  name: string | null, honorific: string | null, role: string | null, organisation: string | null,
  section: Section | null, kind: Kind, position: PositionT,
): AttendeeT {
  const a: AttendeeT = {
    name, honorific, role, organisation, attendance: kind, reason: null, section: section?.label ?? null, position,
  };
  if (section?.voting !== undefined) a.voting = section.voting;
  return a;
}

/**
 * Split a run-on list before each honorific: `Cllr Jim McNeill (Vice-Chair) Cllr Daphne Clements`
 * and after a closing bracket: `D Richardson (Chair) R Healey`.
 */
function separateRunOn(text: string): string {
  // (each pattern starts at the start of a word: tried inside one, it read the rest of the word
  // again at each of its letters, and a match there is the one found at the word's start)
  return text
    // a full stop after a word ends an entry, but not the one of an honorific ("Mrs. Everitt")
    .replace(/(?<!\p{L})(\p{L}*\p{Ll}{2,})\.\s+(?=\p{Lu})/gu, (m, w: string) => (HONORIFIC.test(w) || /^(?:Capt|Col|Sgt|Insp|St)$/.test(w) ? m : `${w}, `))
    .replace(/(?<!\S)(\S+)\s+(?=(?:County|District|Borough|Town|City)\s+Councillor\s+\p{Lu})/gu, (m, w: string) => (/[,;&(]$|^(?:and|or|&)$/i.test(w) ? m : `${w}, `))
    .replace(/\)\s+(?=\p{Lu})/gu, "), ")
    .replace(/(?<!\S)(\S+)\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Cyng)\.?\s+\p{Lu})/gu, (m, w: string) => (/[,;&(]$|^(?:and|or|&|county|district|borough|town|city)$/i.test(w) ? m : `${w}, `));
}

/** Read one line of a list of people into attendees. */
export function readListLine(text: string, section: Section | null, kind: Kind, position: PositionT, defaultHonorific: string | null): AttendeeT[] {
  const out: AttendeeT[] = [];
  // columns: a tab table or space-aligned columns
  const cells = text.includes("\t") ? text.split(/\t+/) : text.split(/ {3,}/);
  if (cells.length >= 2 && cells[0]!.trim()) {
    const p = readPerson(cells[0]!);
    if (p) {
      // a cell of initials ("JB") names the person; it is not a role
      const roleCells = cells.slice(1).map((c) => c.trim()).filter((c) => c && !/^\p{Lu}{2,3}$/u.test(c));
      const role = [...p.notes, ...roleCells.slice(0, 1)].filter(Boolean).join(", ") || p.role;
      out.push(person(p.name, p.honorific, role || null, roleCells[1] ?? null, section, p.marked ? "remote" : kind, position));
      return out;
    }
  }
  const parts = splitList(separateRunOn(text.replace(/\t+/g, ", ")));
  let prev: AttendeeT | null = null;
  let roleOpen = false;
  for (const part of parts) {
    const t = part.text.trim();
    // (nor is what the meeting did with them: "Cllr H. Green – family commitment. Accepted.")
    if (!t || /^(?:none|nil|n\/a|no apologies|none received|(?:(?:the\s+)?apologies\s+(?:were\s+)?)?(?:accepted|noted|received|approved|agreed)(?:\s+by\s+all)?)\.?$/i.test(t)) continue;
    // a count of the public is not a person ("Public – Two.", "Members of the public: 3")
    if (/^(?:members\s+of\s+the\s+)?public\s*(?:[-–—:]\s*)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|none|nil)\.?$/i.test(t)) continue;
    const couple = /^(Mr|Mrs|Ms|Miss|Dr)\.?\s*(?:&|and)\s*(Mr|Mrs|Ms|Miss|Dr)\.?\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(t);
    if (couple) {
      for (const h of [couple[1]!, couple[2]!]) out.push(person(couple[3]!, h, null, null, section, kind, position));
      prev = out[out.length - 1]!;
      roleOpen = false;
      continue;
    }
    // the role first and the name in brackets: "Head of Planning (G Hart)", "Town Clerk (Mrs S Clarke)"
    // (or after a dash: "Licensing Officer – Mark Lee")
    const roleFirst = /^([^()]{3,80}?)\s*\(([^()]{3,60})\)\.?$/.exec(t) ?? /^([^()–—]{3,80}?)\s+[–—-]\s+([^()–—]{3,60}?)\.?$/.exec(t);
    if (roleFirst && looksLikeRole(roleFirst[1]!) && !looksLikeRole(roleFirst[2]!)) {
      const p = readPerson(roleFirst[2]!);
      if (p?.name && looksLikeName(p.name)) {
        prev = person(p.name, p.honorific ?? defaultHonorific, roleFirst[1]!.trim(), null, section, kind, position);
        out.push(prev);
        roleOpen = false;
        continue;
      }
    }
    if (/^\p{Lu}{2,5}$/u.test(t) && prev) {
      // "A Armstrong, EDC": an organisation's initials after a name
      prev.organisation = prev.organisation ? `${prev.organisation}, ${t}` : t;
      continue;
    }
    const p = readPerson(t);
    // "Councillors Boulton, Donnelly, Houghton and Yuill": the plural is every name's honorific
    if (p?.honorific && /^(?:councillors|cllrs)$/i.test(p.honorific.replace(/\.$/, ""))) {
      p.honorific = /^cllrs/i.test(p.honorific) ? "Cllr" : "Councillor";
      defaultHonorific = p.honorific;
    }
    const hasHonorific = stripHonorific(t.replace(/^[-•·*]\s+/, "")).honorific !== null;
    const continuesRole = prev !== null && roleOpen && !hasHonorific && !/\([^)]+\)/.test(t);
    // two people run together with no comma or honorific between them: "Cllr Janet Taylor Helen
    // Richardson (Parish Clerk ...)"; four full words are two names, the notes the second's
    const words = p?.name?.split(" ") ?? [];
    if (p && p.name && !continuesRole && words.length === 4 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) {
      const first = person(words.slice(0, 2).join(" "), p.honorific ?? defaultHonorific, null, null, section, p.marked ? "remote" : kind, position);
      out.push(first);
      p.name = words.slice(2).join(" ");
      p.honorific = null;
    }
    if (p && p.name && !continuesRole) {
      let role = p.role;
      // the reason someone sent apologies or was absent is not their role: "Cllr M Jones (work
      // commitments)", "Cllr Dave Reid – holiday"
      const away = kind !== "present" && kind !== "remote";
      let absentNote = away ? p.notes.find((n) => ABSENCE_REASON.test(n)) : undefined;
      if (away && !absentNote && role && ABSENCE_REASON.test(role) && role.split(/\s+/).length <= 6) {
        absentNote = role;
        role = null;
      }
      const notes = p.notes.filter((n) => !/^[A-Z]{2,3}$/.test(n) && n !== absentNote); // "(PB)" initials are not a role
      if (notes.length) role = [role, ...notes].filter(Boolean).join(", ");
      const a = person(p.name, p.honorific ?? defaultHonorific, role, p.organisation ?? null, section, p.marked ? "remote" : kind, position);
      if (absentNote) a.reason = absentNote;
      if (p.notes.some((n) => /non-?voting/i.test(n))) a.voting = false;
      out.push(a);
      prev = a;
      roleOpen = false;
      continue;
    }
    if (prev && (looksLikeRole(t) || continuesRole || /^[a-z]/.test(t))) {
      const sep = part.sep === "," || part.sep === ";" ? ", " : part.sep === "\n" ? " " : ` ${part.sep} `;
      prev.role = prev.role && roleOpen ? `${prev.role}${sep}${t}` : prev.role ? `${prev.role}, ${t}` : t;
      roleOpen = true;
      continue;
    }
    if (looksLikeRole(t) || (section?.officers && !looksLikeName(t))) {
      // an officer named only by a job title
      const a = person(null, null, t.replace(/\*/g, "").trim(), null, section, kind, position);
      out.push(a);
      prev = a;
      roleOpen = true;
    }
  }
  return out;
}

/** One code of a register's legend: "P = Present", "A - Apologies", "Ab: Absent". */
const LEGEND_PAIR = /\b(\p{Lu}[\p{L}]{0,2})\s*(?:=|:|–|-)\s*([Pp]resent|[Aa]pologies|[Aa]bsent|PRESENT|APOLOGIES|ABSENT)\b/gu;

/**
 * The legend of an attendance register ("P = Present, A = Apologies, Ab = Absent"): each code's
 * attendance, from a line that gives two codes or more and little else.
 */
function registerLegend(lines: readonly Line[]): { codes: Map<string, Kind>; line: Line } | null {
  for (const l of lines) {
    if (!/=|:|–|-/.test(l.clean)) continue;
    const codes = new Map<string, Kind>();
    let covered = 0;
    for (const m of l.clean.matchAll(LEGEND_PAIR)) {
      codes.set(m[1]!, m[2]!.toLowerCase() as Kind);
      covered += m[0].length;
    }
    if (codes.size >= 2 && covered >= 0.6 * l.clean.replace(/[\s,;.]/g, "").length) return { codes, line: l };
  }
  return null;
}

/** Read the attendance sections from the lines before the first item. */
export function readAttendance(lines: readonly Line[]): AttendanceResult {
  const attendees: AttendeeT[] = [];
  const used = new Set<Line>();
  // a register: "Cllr K. Cole        A", with its legend somewhere among the lines
  const legend = registerLegend(lines);
  if (legend) used.add(legend.line);
  let section: Section | undefined;
  let legendRemote = false;
  let chair: string | null = null;
  let chairNext = false;
  // "... Claire Williams (CW). Locum Clerk: Helen Richardson": a new label after a full stop
  const joined = joinWrapped(lines).flatMap((j) =>
    j.text.split(/(?<=[.)])\s+(?=\p{Lu}[\p{L} ]{1,30}:\s)/u).map((text) => ({ ...j, text })),
  );
  for (const { text: raw, line, members } of joined) {
    // "Ten members of the public", "6 members of the public" close a list
    const t = raw
      .replace(/(?:\s*,|\s+and|\s*&)?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+members?(?:\s+of\s+the\s+public)?(?:\s+(?:were|was)\s+(?:in\s+attendance|present))?[.,]?(?=\s|$)/gi, ",")
      .replace(/,\s*$/, "")
      .trim();
    if (!t) continue;
    if (/^\*\s*(?:denotes|indicates|=)?\s*.*\b(?:virtual|remote|online|video|zoom|teams)/i.test(t)) {
      legendRemote = true;
      members.forEach((l) => used.add(l));
      continue;
    }
    if (section && /\b(?:may|did|do|does|will|can|could|shall)\s*not\s+vote\b|\bnot entitled to vote\b|^\W*note\b.*non-?voting/i.test(t) && t.split(/\s+/).length > 6) {
      if (!/^(?:councillor|cllr)\s/i.test(t)) {
        if (section.kind === "remote") {
          section.voting = false;
          for (const a of section.members) a.voting = false;
        } else if (/remote|virtual|video/i.test(t)) {
          for (const a of attendees) if (a.attendance === "remote") a.voting = false;
        }
        members.forEach((l) => used.add(l));
        continue;
      }
    }
    // "Chair: Frank Reid", or "Chair:" with the name in the next cell
    const chairLabel = /^(?:in\s+the\s+)?chair(?:man|person|woman)?\s*:\s*(.*)$/i.exec(t);
    if (chairLabel) {
      const p = chairLabel[1] ? readPerson(chairLabel[1]) : null;
      if (p?.name) chair = p.name;
      else chairNext = true;
      members.forEach((l) => used.add(l));
      continue;
    }
    if (chairNext) {
      chairNext = false;
      const p = readPerson(t);
      if (p?.name && !/\(/.test(t)) {
        chair = p.name;
        members.forEach((l) => used.add(l));
        continue;
      }
    }
    const sentence = apologiesIn(t, line.position);
    if (sentence.length) {
      // "Apologies for absence were received from Councillors Rod Scott and ..."
      attendees.push(...sentence);
      members.forEach((l) => used.add(l));
      continue;
    }
    // "Councillor K Lamb attended as a substitute for Councillor Doyle.": one attendee, present,
    // not two (the member substituted for sent apologies, or is absent)
    const subs = substitutesIn(t);
    if (subs.length && t.split(/\s+/).length <= 40) {
      for (const s of subs) {
        const known = findAttendee(attendees, s.who);
        // (the sentence opens with the substitute: its title is theirs)
        const a = known ?? person(s.who, stripHonorific(t).honorific, null, null, null, "present", line.position);
        a.substituteFor = s.forWhom;
        if (!known) attendees.push(a);
      }
      members.forEach((l) => used.add(l));
      continue;
    }
    if (legend) {
      const row = /^(.+?)\s+(\p{Lu}[\p{L}]{0,2})$/u.exec(t);
      const kind = row ? legend.codes.get(row[2]!) : undefined;
      const found = kind && !sectionHeading(row![1]!) ? readListLine(row![1]!, null, kind, line.position, null) : [];
      if (found.length === 1) {
        attendees.push(...found);
        members.forEach((l) => used.add(l));
        continue;
      }
    }
    const h = sectionHeading(t);
    let body = t;
    if (h) {
      section = sectionOf(h.label, section);
      body = h.rest;
      members.forEach((l) => used.add(l));
      if (!body) continue;
    }
    if (!section) continue;
    if (/^\(([^)]*)\)$/.test(body) && attendees.length) {
      // "(Chairperson)" on the line after the name
      const prev = attendees[attendees.length - 1]!;
      prev.role = [prev.role, body.slice(1, -1)].filter(Boolean).join(", ");
      members.forEach((l) => used.add(l));
      continue;
    }
    const defaultHonorific = /^(?:councillors?|cllrs?|cynghorwyr)\b/i.test(h?.label ?? "") ? "Councillor" : null;
    const found = readListLine(body, section, section.kind, line.position, defaultHonorific);
    if (found.length) {
      members.forEach((l) => used.add(l));
      section.members.push(...found);
      attendees.push(...found);
    } else if (/^\(([^)]*)\)$/.test(body) && attendees.length) {
      // "(Chairperson)" on the line after the name
      const prev = attendees[attendees.length - 1]!;
      prev.role = [prev.role, body.slice(1, -1)].filter(Boolean).join(", ");
      members.forEach((l) => used.add(l));
    } else if (/^(?:none|nil)\.?$/i.test(body)) {
      members.forEach((l) => used.add(l));
    }
  }
  if (legendRemote) {
    // the marker was read as remote; without a legend it means nothing we know
  } else {
    for (const a of attendees) if (a.attendance === "remote" && !a.section?.match(/remote|virtual|online/i)) a.attendance = "present";
  }
  return { attendees, used, chair };
}

interface Joined {
  text: string;
  line: Line;
  members: Line[];
}

/** The longest entry a wrapped line is still joined to: far beyond any list of names, in characters. */
const JOIN_LIMIT = 4000;

/**
 * Join hard-wrapped lines of a list: a line that closes a bracket opened above, or that starts in
 * lower case, or that has no comma in a section of "Name, Job title" lines, continues the line above.
 */
function joinWrapped(lines: readonly Line[]): Joined[] {
  const out: Joined[] = [];
  for (const l of lines) {
    // aligned columns ("Cllr Jo Bruce        JB        Chair") are cells
    const t = (/\S[ \u00a0]{3,}\S/.test(l.raw.trim()) ? cleanLine(l.raw.replace(/(?<=\S)[ \u00a0]{3,}(?=\S)/g, "\t")) : l.clean).trim();
    const prev = out[out.length - 1];
    // (a line joined to a very long entry starts an entry of its own: each line is checked against
    // the whole entry above it, and thousands of wrapped lines made one entry in quadratic time)
    if (prev && prev.text.length < JOIN_LIMIT) {
      const open = (prev.text.match(/\(/g)?.length ?? 0) > (prev.text.match(/\)/g)?.length ?? 0);
      const lastLine = prev.members[prev.members.length - 1]!.position.end.line;
      // (a dash at the end of a line leads on even across one blank line of a markdown export)
      // (the patterns for how the text above ends read only its end: see `ending`)
      const end = ending(prev.text);
      const adjacent = l.position.start.line === lastLine + 1 || open || (/\p{L}\s*[-–—]$/u.test(end) && l.position.start.line <= lastLine + 2);
      const nameRole = /^[^,]+,\s*\S/.test(prev.text) && !sectionHeading(prev.text);
      const lower = /^[a-z]/.test(t) && !/^(?:and|&)\s+\p{Lu}/u.test(t) ? true : /^(?:and|&)\s+\p{Lu}\p{Ll}+$/u.test(t) && nameRole;
      const roleTail = nameRole && !t.includes(",") && !/:/.test(t) && !readPerson(t)?.honorific && !readPerson(t)?.role && !/\t/.test(t) && !sectionHeading(t) &&
        !/^\*/.test(t) && (t.split(/\s+/).length <= 2 || !looksLikeName(t)) && t.split(/\s+/).length <= 4 && !prev.text.endsWith(".");
      // "Alison Richardson-" / "Vice Chair Parish Council": a dash at the end of the line leads to the role
      const endsOpen = (/(?:,|\band|&|\p{L}\s*[-–—])$/u.test(end) || /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?$/.test(end)) && !sectionHeading(t);
      const wordThenLabel = /^[\p{Lu}][\p{L}]+$/u.test(prev.text) && /^[\p{L} ]+:\s*$/u.test(t);
      // a list of names wrapped mid-name: "..., William Loynton, Andrew" / "Thomas, Owen Williams and ..."
      const listWrap = (prev.text.match(/,/g)?.length ?? 0) >= 2 && !/[.;:\t]/.test(prev.text.slice(-1)) && !/\t/.test(prev.text + t) &&
        /,\s*\p{Lu}[\p{L}'’-]*$/u.test(prev.text) && /^\p{Lu}[\p{L}'’-]*(?:,|\s+and\s)/u.test(t) && !sectionHeading(t);
      // "Grant Miles" / "(Head of Finance), Brian Thompson ...": a bracket that opens a line belongs to the name before it
      const bracketFirst = /^\(/.test(t) && !/^\([^)]*\)$/.test(t) && /\p{L}$/u.test(end);
      if (adjacent && (open || lower || roleTail || endsOpen || wordThenLabel || listWrap || bracketFirst)) {
        prev.text = `${prev.text} ${t}`;
        prev.members.push(l);
        continue;
      }
    }
    out.push({ text: t, line: l, members: [l] });
  }
  return out;
}

/**
 * The end of a text: its last character, the white space before that, and the 16 characters before
 * the white space. A pattern anchored at the end is tried from every character of its text, which
 * on long lines was the largest part of reading an attendance list; one that reads a word of at
 * most 15 letters, white space and one last character gives the same answer on this end.
 */
export function ending(text: string): string {
  let i = text.length - 2;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i < 16 ? text : text.slice(i - 15);
}

const APOLOGY_SENTENCE =
  /\bymddiheuriadau\s+gan\s+(?:y\s+)?(.+?)(?:(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|Cyng))\.\s|\.$|$)|\bapolog(?:y|ies)(?:\s+(?:for|of)\s+(?:absence|lateness))?\s+(?:were|was|had been|have been)?\s*(?:received|given|sent|tendered|submitted|noted|accepted|provided|intimated)?(?:\s+and\s+(?:accepted|noted|approved))?\s*(?:from|by|on behalf of|(?<=provided\s*)for)\s+(.+?)(?:(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|Cyng))\.\s|\.$|$)|\bthere were apologies from\s+(.+?)(?:(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|Cyng))\.\s|\.$|$)|^apologies(?: for absence)?\s*(?::|[-–]|were received from)\s*(.+?)(?:(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|Cyng))\.\s|\.$|$)|^apologies(?: for absence)?\s+((?:(?:parish|county|borough|district|town)\s+)?(?:councillors?|cllrs?)\b.+?)(?:(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|Cyng))\.\s|\.$|$)/i;

/**
 * Apologies recorded in a sentence: "Apologies were received from Councillor Graham Andrews, Mr ...",
 * "Apologies for absence Parish Councillor Claire Williams and Borough/County Councillor Sandra Squire (SS)."
 */
export function apologiesIn(text: string, position: PositionT): AttendeeT[] {
  const m = APOLOGY_SENTENCE.exec(text);
  if (!m) return [];
  // a hard-wrapped export may run the next sentence on without a full stop
  // (the labelled form, group 4, is read as a section of the attendance list instead)
  const list = (m[1] ?? m[2] ?? m[3] ?? m[5] ?? "")
    .split(/\s(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*\s+(?:attended|was|were|had|has|joined|left|arrived|gave|sent|declared|substituted|proposed|asked)\b)/u)[0]!
    // or a sentence that starts with no full stop before it: "... and Cllr C Sharp These were accepted by all."
    .split(/\s(?=(?:These|This|They|It|All|The|Both)\s+(?:were|was|are|is|have|had|apologies)\b)/u)[0]!
    .trim();
  const defaultHonorific = /^(?:councillors|cllrs|cynghorwyr)\b/i.test(list) ? "Councillor" : null;
  const body = list.replace(/^(?:councillors|cllrs|cynghorwyr)\.?\s+/i, "");
  return readListLine(body, null, "apologies", position, defaultHonorific).filter((a) => a.name);
}

/** "Councillor Frank Cornthwaite substituted for Councillor Rob Williams." */
export function substitutesIn(text: string): { who: string; forWhom: string }[] {
  const out: { who: string; forWhom: string }[] = [];
  if (!text.includes("substitut")) return out;
  const re = /((?:(?:Councillor|Cllr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:substituted|was (?:present |attending )?as (?:a )?substitute|attended as (?:a )?(?:named )?substitute|substituting)\s+for\s+((?:(?:Councillor|Cllr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ who: stripHonorific(m[1]!).name.replace(/[.,;:]+$/, ""), forWhom: stripHonorific(m[2]!).name.replace(/[.,;:]+$/, "") });
  }
  return out;
}

/** "Councillor Toni Fagan attended the meeting remotely and did not vote ...": remote, not voting. */
export function remoteStatementsIn(text: string): { who: string; voting: boolean | undefined }[] {
  const out: { who: string; voting: boolean | undefined }[] = [];
  if (!/remotely|virtually|online|by video/.test(text)) return out;
  const re = /((?:Councillor|Cllr)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:attended|joined|participated in)\s+(?:the meeting\s+)?(?:remotely|virtually|online|by video)([^.]*)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ who: stripHonorific(m[1]!).name, voting: /did not vote|non-?voting|not vote/i.test(m[2]!) ? false : undefined });
  }
  return out;
}

/** Find an attendee by name, allowing a surname to match a full name. */
export function findAttendee(attendees: readonly AttendeeT[], name: string): AttendeeT | undefined {
  const n = name.toLowerCase().trim();
  return (
    attendees.find((a) => a.name?.toLowerCase() === n) ??
    attendees.find((a) => a.name && (a.name.toLowerCase().endsWith(` ${n}`) || n.endsWith(` ${a.name.toLowerCase()}`)))
  );
}
