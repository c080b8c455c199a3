/**
 * Planning applications decided under an item: the reference as the planning authority writes it
 * (`18/01888/F`, `10/0007/LB`, `E/39931`, `PL/00489`, `C/2/2019/2004`, `SR/147/001`), with the
 * proposal, the site and the council's decision where the minutes give them:
 *
 * ```
 * 237/18 18/01888/F Retrospective consent for construction of a carport at Poppyseed High Street
 *   Stoke Ferry Norfolk PE33 9SF - The Parish Council agreed to support the application.
 * i. 17/01282/F Single Storey Extension, The Laurels, 3 The High Street, Northwold. No objections raised.
 * 8.1 Two storey extension to dwelling at 11 Pinfold Lane 09/02090/F
 * ```
 */
import { sentences } from "./decisions.js";
import type { ApplicationT, PositionT } from "./schema.js";

/** `18/01888/F`, `10/0007/LB`: year, serial, kind. */
const YEAR_FORM = String.raw`\d{2}\/\d{4,5}\/[A-Z]{1,4}`;
/** `E/39931`, `PL/00489`, `SR/147/001`, `C/2/2019/2004`, `DC/2019/1234`: letters, then numbers. */
const LETTER_FORM = String.raw`[A-Z]{1,4}(?:\/\d{1,6}){1,4}`;
const REF = new RegExp(String.raw`(?<![\w/])(?:${YEAR_FORM}|${LETTER_FORM})(?![\w/])`, "g");

/** An item about planning: its applications are the ones it decides. */
const PLANNING_ITEM = /\bplanning\b|\bapplications?\b|\bcynllunio\b|\bceisiadau\b|\bcais\b|\bcandidate\s+sites?\b|\bLDP\b|\bdevelopment\s+control\b/i;
/** Words before a reference that make it a declaration of interest, not a decision. */
const ASIDE = /\bdeclar|\binterest\b|\bdatgan|\bdiddordeb\b|\btake\s+part\b|\bleft\s+the\s+room\b|\bgymryd\s+rhan\b|\bgadael\s+yr\s+ystafell\b/i;

/** The council's view or the authority's decision. */
const DECISION_ANY =
  /(?:^|[\s.;,–—-])((?:the\s+)?(?:parish|town|community)?\s*council\s+(?:had|has|raised|made|agreed|resolved|noted|supported|decided|would|will)\b[^.;]*|(?:no|dim)\s+(?:objections?|concerns?|comments?|observations?|gwrthwynebiad|sylwadau)\b[^.;]*)/i;
/** A bare verdict, only where a clause starts ("... SA19 7BL Mr D Wellicome Granted" is a column). */
const DECISION_CLAUSE =
  /(?:^|[.;–—-]\s*|\s(?=\p{Lu}))((?:[Ss]trongly\s+)?(?:[Ss]upport(?:ed)?|[Oo]bject(?:ed|ions?)?|[Aa]pproved|[Rr]efused|[Gg]ranted|[Pp]ermission\s+granted|[Rr]ecommend(?:ed)?\s+(?:approval|refusal)|[Cc]efnogi)\b[^.;]*)/u;
/** The council's view or the authority's decision: the first of either form. */
const DECISION = {
  exec(text: string): RegExpExecArray | null {
    const a = DECISION_ANY.exec(text);
    const b = DECISION_CLAUSE.exec(text);
    return a && b ? (a.index <= b.index ? a : b) : (a ?? b);
  },
};

/** Where a reference stands: its paragraph and its place in it. */
interface Found {
  ref: string;
  para: number;
  index: number;
}

/**
 * The applications an item decides, read from its title and paragraphs. A reference that is a
 * number of the document's own minutes, one named in a declaration of interest, and an earlier
 * permission cited inside an application ("VARIATION OF CONDITION 2 OF PLANNING PERMISSION
 * 16/01016/F") are not applications of the item.
 */
export function readApplications(
  title: string,
  paragraphs: readonly { text: string; position?: PositionT }[],
  minuteNumbers: ReadonlySet<string>,
): ApplicationT[] {
  const planningItem = PLANNING_ITEM.test(title);
  const found: Found[] = [];
  paragraphs.forEach((p, para) => {
    if (p.text.indexOf("/") < 0) return;
    for (const m of p.text.matchAll(REF)) {
      const ref = m[0];
      if (minuteNumbers.has(ref) || (ref.match(/\d/g) ?? []).length < 4) continue;
      const lead = p.text.slice(Math.max(0, m.index - 160), m.index);
      if (/\b(?:permission|consent)\s*(?:ref(?:erence)?\.?|no\.?)?\s*:?\s*$/i.test(lead)) continue;
      // named in the sentence of a declaration ("Cllr. J. Davies declared an interest in ... PL/00489")
      if (ASIDE.test(lastSentence(lead))) continue;
      if (!planningItem && !/\bapplication\b|\bplanning\b|\bcais\b|\bconsent\b/i.test(lead.slice(-100) + p.text.slice(m.index, m.index + 100))) continue;
      found.push({ ref, para, index: m.index });
    }
  });
  const out: ApplicationT[] = [];
  const seen = new Map<string, ApplicationT>();
  found.forEach((f, k) => {
    const text = paragraphs[f.para]!.text;
    const prev = found[k - 1];
    const next = found[k + 1];
    const from = prev && prev.para === f.para ? prev.index + prev.ref.length : 0;
    const to = next && next.para === f.para ? next.index : text.length;
    const before = text.slice(from, f.index);
    let after = text.slice(f.index + f.ref.length, to);
    // a reference alone at the end of its paragraph: its description is the next paragraph, up to
    // the next reference ("E/34385" / "Alterations and Extension of Existing Dwelling ...")
    const following = paragraphs[f.para + 1];
    if (!/\p{L}{3}/u.test(after) && following && (!next || next.para > f.para)) {
      after = next && next.para === f.para + 1 ? following.text.slice(0, next.index) : following.text;
    }
    const entry = describe(before, after);
    const known = seen.get(f.ref);
    if (known) {
      known.site ??= entry.site;
      known.proposal ??= entry.proposal;
      known.decision ??= entry.decision;
      return;
    }
    const position = paragraphs[f.para]!.position;
    const a: ApplicationT = { ref: f.ref, ...entry, ...(position ? { position } : {}) };
    seen.set(f.ref, a);
    out.push(a);
  });
  return out;
}

/**
 * The sentences of a text, by the split the decisions use (which keeps "Cllr." and initials
 * whole), and at a semicolon before a capital ("... Extension; Construct Two Storey ...").
 */
function clauses(text: string): string[] {
  return sentences(text).flatMap((x) => x.split(/(?<=;)\s+(?=\p{Lu})/u));
}

/** The last sentence of a text. */
function lastSentence(text: string): string {
  return clauses(text).at(-1) ?? "";
}

/** The first sentence of a text. */
function firstSentence(text: string): string {
  return clauses(text)[0] ?? text;
}

/** Proposal, site and decision from the text beside a reference. */
function describe(before: string, after: string): Pick<ApplicationT, "proposal" | "site" | "decision"> {
  // the description follows the reference; where nothing does, it stands before it
  // ("Two storey extension to dwelling at 11 Pinfold Lane 09/02090/F")
  let body = after.replace(/^[\s:–—-]+/, "");
  // what follows the reference continues a sentence about it ("... PL/0590 (owner of adjacent
  // land).", "... 17/00826/F AND RESOLVE ON ..."): no description there
  if (/^(?:[(.,;)]|(?:and|or|to|which|is|was|were|has|had|that|this|gan|a|ac)\b)/i.test(body)) body = "";
  if (!/\p{L}{3}/u.test(body)) {
    // the description before the reference, in the same short phrase ("Two storey extension to
    // dwelling at 11 Pinfold Lane 09/02090/F")
    const phrase = lastSentence(before);
    body = phrase.split(/\s+/).length <= 25 ? phrase.replace(/^\s*(?:[ivx]+|[a-z]|\d+(?:\.\d+)*)[.)]?\s+/i, "") : "";
  }

  body = body.replace(/\s+/g, " ").trim();
  let decision: string | null = null;
  const d = DECISION.exec(body);
  if (d) {
    decision = tidy(d[1]!);
    body = body.slice(0, d.index);
  } else {
    // "Noted no objections to planning application ref: 13/01783/F ...": the view before the reference
    const b = DECISION.exec(before.split(/(?<=[.;])\s+/).pop() ?? "");
    if (b) decision = tidy(b[1]!.replace(/\s+(?:to|on|for)\s+(?:the\s+)?(?:planning\s+)?application\b.*$/i, ""));
  }
  // the description is the first sentence; what follows is discussion
  body = firstSentence(body);
  body = body.replace(/[\s.,;:–—-]+$/, "");
  if (!/\p{L}{3}/u.test(body)) return { proposal: null, site: null, decision };
  // "... a carport at Poppyseed High Street ...": the site after the last " at "
  const at = /^(.*\S)\s+at\s+(\S.*)$/i.exec(body);
  if (at) return { proposal: tidy(at[1]!), site: tidy(at[2]!), decision };
  // "Single Storey Extension, The Laurels, 3 The High Street, Northwold": the site after the first comma
  const comma = /^([^,]{3,80}),\s+(\S.*)$/.exec(body);
  if (comma && /\d|\p{Lu}/u.test(comma[2]!)) return { proposal: tidy(comma[1]!), site: tidy(comma[2]!), decision };
  return { proposal: tidy(body), site: null, decision };
}

function tidy(s: string): string | null {
  const t = s.replace(/\s+/g, " ").replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "").trim();
  return t ? t : null;
}
