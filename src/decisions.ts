/**
 * Decisions of the meeting: labelled resolutions (`RESOLVED:`, `RECOMMENDATIONS:`, `AGREED:`),
 * decisions stated with the formal verb or a stated consensus, motions recorded with a proposer and
 * seconder or an outcome, their lettered clauses, their votes, and recorded actions.
 */
import { isSpace } from "../grammar/markup.js";
import { COUNT_WORD, countOf } from "./dates.js";
import type { ActionT, ClauseT, PositionT, ResolutionT, VoteT } from "./schema.js";
import { stripHonorific } from "./names.js";
import { titleLike } from "./segment.js";
import { joinLines, type Line, type SyntaxBlock } from "./tree.js";

const FORMAL = /\b(?:it\s+was|it\s+is|council|committee|cabinet|board|panel|councillors|members|meeting|all|and|parish council|town council|we)\s+(?:\w+ly\s+)?resolved\b|\bresolved\s*(?::|that\b|to\b|unanimously\b)|^resolved\b/i;
const CONSENSUS =
  /\ball\s+agreed\b|\bagreed\s+by\s+all\b|\ball\s+(?:the\s+)?(?:councillor[’']?s|members)\s+(?:present\s+)?(?:agreed|approved|resolved|voted)\b|\bapproved\s+by\s+all\b|\bby\s+(?:resolution\s+of\s+)?all\s+(?:the\s+)?(?:councillor[’']?s|members)\b|\bunanimously\s+(?:agreed|approved|resolved|carried|accepted|supported|adopted|voted)\b|\b(?:agreed|approved|carried|accepted|resolved|adopted)\s+unanimously\b|\ball\s+in\s+favour\b|\bpawb\s+yn\s+gytun\b|\byn\s+unfrydol\b|\bnem\.?\s*con\b|\bvoted\s+unanimously\b/i;
const PROPOSED = /\bproposed\b|\bprop\.|\bproposer\b|\bnominated\b|\bcynigiwyd\b|\bmoved\b/i;
const SECONDED = /\bseconded\b|\b2nd\b|\bseconder\b|\beiliwyd\b/i;
const OUTCOME = /\bcarried\b|\bin\s+favour\b|\bagreed\b|\baccepted\b|\bapproved\b|\bagainst\b|\babstain/i;

const UNANIMOUS = /\bunanimous(?:ly)?\b|\ball\s+(?:agreed|in\s+favour|resolved)\b|\bagreed\s+by\s+all\b|\ball\s+(?:the\s+)?(?:councillor[’']?s|members)\s+(?:present\s+)?(?:agreed|approved|resolved)\b|\b(?:approved|agreed)\s+by\s+all\b|\bby\s+(?:resolution\s+of\s+)?all\s+(?:the\s+)?(?:councillor[’']?s|members)\b|\bpawb\s+yn\s+gytun\b|\byn\s+unfrydol\b|\bnem\.?\s*con\b/i;

// a word of a name, or an initial: "A.", or "A" before the next word of the name ("Mr A Christie")
const NAME_WORD = String.raw`\p{Lu}(?:\.|[\p{L}'’-]+|(?=\s+\p{Lu}[\p{L}'’-]))`;
const NAME = String.raw`(?:(?:Cllr|Councillor|Cyng|Mr|Mrs|Ms|Dr)\.?\s+)?(?:the\s+Chair(?:man|person)?|the\s+Vice[- ]Chair(?:man|person)?|${NAME_WORD}(?:\s+(?!(?:Seconded|Carried|Proposed|Agreed|All|The|And|Prop|Lost)\b)${NAME_WORD}){0,2})`;
const PROPOSER_RES = [
  // (at a sentence's start too: "Proposed by Councillor Burton")
  new RegExp(String.raw`\b(?:[Pp]roposed|PROPOSED|[Mm]oved|MOVED|[Nn]ominated|NOMINATED)\s+(?:by|BY)\s+(${NAME})`, "u"),
  new RegExp(String.raw`(?:^|[.;,(]\s*)(?:[Pp]roposed|PROPOSED|[Pp]rop\.?|[Pp]roposer)\s*[:.]?\s*(${NAME})`, "u"),
  // "Councillor Greaves then moved ...", "Cllr Hughes formally proposed ..."
  new RegExp(String.raw`(${NAME})\s+(?:(?:then|also|formally|duly|subsequently)\s+)?(?:proposed|moved|nominated)\b`, "u"),
  // "Mr R Bremner, seconded by Mr A Christie, moved the recommendations."
  new RegExp(String.raw`(${NAME}),?\s+seconded\s+by\s+${NAME},?\s+(?:moved|proposed)\b`, "u"),
  new RegExp(String.raw`\b[Cc]ynigiwyd\s+gan\s+(?:y\s+)?(${NAME})`, "u"),
  // a label with its colon after other words on the line: "... record.  Proposed: Cllr Hughes"
  new RegExp(String.raw`\s(?:[Pp]roposed|PROPOSED|[Pp]roposer)\s*:\s*(${NAME})`, "u"),
];
const SECONDER_RES = [
  new RegExp(String.raw`\b(?:[Ss]econded|SECONDED)\s+(?:by|BY)\s+(${NAME})`, "u"),
  new RegExp(String.raw`(?:^|[.;,(]\s*)(?:2nd|[Ss]econded|SECONDED|[Ss]econder)\s*[:.]?\s*(${NAME})`, "u"),
  new RegExp(String.raw`(${NAME})\s+seconded\b`, "u"),
  new RegExp(String.raw`\b[Ee]iliwyd\s+gan\s+(?:y\s+)?(${NAME})`, "u"),
  // "Prop KN 2nd BB All agreed.": no stop between the proposer and the seconder
  new RegExp(String.raw`\b(?:[Pp]rop(?:osed)?|PROP(?:OSED)?)\.?\s+(?:by\s+)?(?:\p{Lu}{2,3}|${NAME})\s*,?\s+2nd\s*[:.]?\s*(${NAME})`, "u"),
  // "Proposed: Cllr Hughes  Seconded: Cllr Morgan": the label with its colon after the proposer
  new RegExp(String.raw`\s(?:[Ss]econded|SECONDED|[Ss]econder)\s*:\s*(${NAME})`, "u"),
];

/** A word every proposer pattern needs, and one every seconder pattern needs. */
const PROPOSER_WORDS = /[Pp]rop|PROP|moved|nominated|[Cc]ynigiwyd/;
const SECONDER_WORDS = /[Ss]econde|SECONDED|2nd|[Ee]iliwyd/;

/** The name the first of `res` that matches gives, asked only of a text with one of `words`. */
function who(words: RegExp, res: RegExp[], text: string): string | null {
  // (the patterns that open with a name are tried at every capital letter: not on a text without
  // the word they need)
  if (!words.test(text)) return null;
  for (const re of res) {
    const m = re.exec(text);
    if (m) {
      const n = stripHonorific(m[1]!).name.replace(/[.,;:]+$/, "");
      if (n && !/^(?:and|the|that|this|it|he|she|they|was|were|acceptance|Proposed|Seconded|Carried)$/i.test(n)) return n;
    }
  }
  return null;
}

function count(re: RegExp, text: string): number | null {
  const m = re.exec(text);
  return m ? countOf(m[1]!) : null;
}

/** "JB abstained", "Cllrs Smith and Jones abstained": the number of those named. */
function namedAbstentions(text: string): number | null {
  const m = /((?:(?:Cllrs?\.?\s+)?(?:\p{Lu}{2,3}|\p{Lu}[\p{Ll}'’-]+))(?:\s*(?:,|and|&)\s*(?:(?:Cllr\.?\s+)?(?:\p{Lu}{2,3}|\p{Lu}[\p{Ll}'’-]+)))*)\s+abstained\b/u.exec(text);
  if (!m || /^(?:All|None|No|Nobody|The)$/.test(m[1]!)) return null;
  return m[1]!.replace(/^Cllrs?\.?\s+/, "").split(/\s*(?:,|and|&)\s*/).filter(Boolean).length;
}

/**
 * Before a count that comes before its word ("4 for, 1 against"): not a digit of a sum or a longer
 * number ("£412,500 for 2025/26"), nor the count of the label before it ("For: 4 Against: 1",
 * where 4 is the count for). (After the word boundary in each pattern: looked back from word
 * starts only, not from every character.)
 */
const NOT_OTHERS = String.raw`(?<![£$€\d.,])(?<!\b(?:for|favou?r|against|abstentions?|abstain(?:ed|ing)?)\s*[:(=-]?\s*)`;
/** The tally a text records: unanimity and the counts for, against and abstaining. */
const FOR_1 = new RegExp(String.raw`\b${NOT_OTHERS}(${COUNT_WORD})\s+(?:(?:were|was|voted|votes?)\s+)?(?:in\s+favou?r|for)\b`, "i");
// "for 3, against 1", "For: 6"; not "for 3 years"
const FOR_2 = new RegExp(String.raw`\b(?:for|in\s+favou?r)\s*(?:[:(=-]\s*|\s)(${COUNT_WORD})\b(?=\s*(?:[,.;:)\]/]|$|against|abstain|votes?\b|and\b|with\b))`, "i");
const AGAINST_1 = new RegExp(String.raw`\b${NOT_OTHERS}(${COUNT_WORD})\s+(?:(?:were|was|voted|votes?)\s+)?against\b`, "i");
const AGAINST_2 = new RegExp(String.raw`\bagainst\s*(?:[:(=-]\s*|\s)(${COUNT_WORD})\b`, "i");
const ABST_1 = new RegExp(String.raw`\b${NOT_OTHERS}(${COUNT_WORD})\s+(?:abstentions?|abstained|abstaining|abstain)\b`, "i");
// "Abstentions: 0", "Abstain: 0", "abstentions 2"
const ABST_2 = new RegExp(String.raw`\b(?:abstentions?|abstain(?=\s*[:=]))\s*(?:[:(=-]\s*|\s)(${COUNT_WORD})\b`, "i");
const ABST_3 = new RegExp(String.raw`\bthere\s+(?:was|were)\s+(${COUNT_WORD})\s+abstentions?\b`, "i");

export function tallyOf(text: string): ResolutionT["vote"] {
  if (!/favou?r|for\b|against|abstain|abstention|unanim|all|pawb|unfrydol|nem/i.test(text)) return { unanimous: null, for: null, against: null, abstentions: null };
  // (each count's patterns open with a number tried at every word: only where their keyword is)
  const f = /for|favo/i.test(text) ? (count(FOR_1, text) ?? count(FOR_2, text)) : null;
  const a = /against/i.test(text) ? (count(AGAINST_1, text) ?? count(AGAINST_2, text)) : null;
  const ab = /abst/i.test(text) ? (count(ABST_1, text) ?? count(ABST_2, text) ?? count(ABST_3, text) ?? (/abstained/.test(text) ? namedAbstentions(text) : null)) : null;
  const unanimous = UNANIMOUS.test(text) ? true : null;
  return { unanimous, for: f, against: a, abstentions: ab };
}

/** A word that one form of decision or another needs. */
const DECISION_WORDS = /all|unanim|pawb|unfrydol|nem|prop|nominated|cynigiwyd|moved|resolved|agreed|approved|accepted|adopted/i;

/** Whether a sentence records a decision of the meeting (see the contract's rule). */
export function isDecision(sentence: string): boolean {
  // every sentence of the minutes is asked: the words each form needs are looked for first (one
  // search for any of them says no to most sentences, three times as fast as lowering the
  // sentence's case to look for each)
  if (!DECISION_WORDS.test(sentence)) return false;
  const low = sentence.toLowerCase();
  const all = low.includes("all") || low.includes("unanim") || low.includes("pawb") || low.includes("unfrydol") || low.includes("nem");
  const proposal = low.includes("prop") || low.includes("nominated") || low.includes("cynigiwyd") || low.includes("moved");
  if (!all && !proposal && !low.includes("resolved") && !low.includes("agreed") && !low.includes("approved") && !low.includes("accepted") && !low.includes("adopted")) return false;
  if (low.includes("resolved") && FORMAL.test(sentence) && !/\b(?:being|be|been|not|un)\s+resolved\b|\bresolved\s+(?:at|by the|through|with|within|in)\b/i.test(sentence)) return true;
  if (all && CONSENSUS.test(sentence)) return true;
  if (/^it\s+was\s+proposed\s+that\b/i.test(sentence)) return true;
  // an approval recorded with a count is a vote with its outcome
  if (/\b(?:approved|agreed|accepted|adopted|resolved)\b/i.test(sentence)) {
    const t = tallyOf(sentence);
    if (t.for !== null || t.against !== null || t.abstentions !== null) return true;
  }
  const proposed = proposal && PROPOSED.test(sentence);
  if (proposed && SECONDED.test(sentence)) return true;
  // an approval that was seconded: "approved and signed acceptance by FRE and seconded by"
  if (/\b(?:approved|adopted|accepted)\b/i.test(sentence) && SECONDED.test(sentence)) return true;
  if (proposed && /\bcarried\b|\b\w+\s+(?:were\s+)?in\s+favou?r\b|\band\s+(?:agreed|accepted)\b/i.test(sentence)) return true;
  return false;
}

function kindOfLabel(label: string): ResolutionT["kind"] {
  const l = label.toLowerCase();
  if (/recommend/.test(l)) return "recommended";
  if (/agreed/.test(l)) return "agreed";
  if (/noted/.test(l)) return "noted";
  if (/decision|decided/.test(l)) return "decision";
  return "resolved";
}

/** Split prose into sentences, keeping abbreviations like "Cllr." and "Prop." whole. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+(?=\s+[\p{Lu}("“‘\d]|\s*$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const cand = text.slice(start, end).trim();
    if (/\b(?:cllr|cllrs|mr|mrs|ms|dr|prop|no|st|cyng|approx|e\.g|i\.e|etc|ref|nos)\.$/i.test(cand)) continue;
    if (/(?:^|\s)\p{Lu}\.$/u.test(cand)) continue; // an initial: "D. Jones"
    if (cand) out.push(cand);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Sentences that finish a motion begun in the sentence before: "Seconded: Cllr Mann.", "Carried." */
const CONTINUES_MOTION = new RegExp(
  String.raw`^(?:seconded|carried|agreed|lost|defeated|rejected|all\s+in\s+favou?r|prop|2nd|${COUNT_WORD}\s+(?:for|in\s+favou?r|against|abstain)|with\s+${COUNT_WORD}|\(\s*(?:for|in\s+favou?r|against)\s*[:=-]?\s*${COUNT_WORD}\b)`,
  "i",
);

/**
 * A sentence that records how the decision before it was made, and makes none of its own: its
 * proposer, seconder or count ("RESOLVED that the minutes be approved. Proposed: Cllr Hughes
 * Seconded: Cllr Morgan All in favour.", "... as listed. Votes: 4 for, 1 against, 0 abstentions.").
 */
const MOTION_DETAILS = new RegExp(
  String.raw`^\(?\s*(?:prop(?:osed|oser)?\b|(?:on|upon)\s+(?:being\s+)?put\s+to\s+(?:the\s+|a\s+)?vote\b|on\s+a\s+vote\b|(?:the\s+)?motion\s+was\s+(?:carried|lost|defeated)\b|there\s+(?:were|was)\s+${COUNT_WORD}\s+votes?\b|seconded\b|2nd\b|carried\b|all\s+in\s+favou?r\b|vot(?:es?|ing)\s*[:–—-]|(?:for|in\s+favou?r|against)\s*[:=–—-]\s*${COUNT_WORD}\b|${COUNT_WORD}\s+(?:for|in\s+favou?r|against|abstain)|with\s+${COUNT_WORD}\b|\(\s*(?:for|in\s+favou?r|against|prop|seconded|carried|unanim|${COUNT_WORD}\s+(?:for|in\s+favou?r|against|abstain)))`,
  "i",
);

/** A sentence that says what became of a proposal: "... were approved", "... was agreed", "... be accepted". */
const OUTCOME_STATED = /\b(?:was|were|be|been|is|are)\s+(?:duly\s+|formally\s+)?(?:approved|agreed|accepted|adopted|carried|ratified|confirmed)\b/i;

const NOMINEE = /\b(?:proposed|nominated)\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)*(\p{Lu}[\p{L}'’-]+)/u;

const ELECTION = new RegExp(String.raw`(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}):?\s+(?:(?:received|polled|obtained|gained|got|had)\s+)?(${COUNT_WORD})\s+votes?\b`, "gu");

/** Decisions, votes and elections stated in prose. */
function decisionsInProse(text: string, b: SyntaxBlock): { resolutions: ResolutionT[]; votes: VoteT[] } {
  const resolutions: ResolutionT[] = [];
  const votes: VoteT[] = [];
  // units: a sentence, with the motion fragments that finish it
  const units: string[] = [];
  for (const s of sentences(text)) {
    const prev = units[units.length - 1];
    // (a bracketed tally after a decision is its vote: "... it was RESOLVED to approve the budget. (For 4, Against 1)")
    // (and a decision's proposer, seconder or count in the sentence after it: "... be approved.
    // Proposed: Cllr Hughes Seconded: Cllr Morgan All in favour.")
    const continues = CONTINUES_MOTION.test(s) && (PROPOSED.test(prev ?? "") || CONTINUES_MOTION.test(prev?.split(/(?<=[.;])\s+/).pop() ?? ""));
    // (or after a sentence that gives the outcome the motion was for: "Payments totalling £2,341.18
    // were approved. Proposed Cllr Evans, seconded Cllr Allen.")
    if (prev !== undefined && (continues || (MOTION_DETAILS.test(s) && (isDecision(prev) || OUTCOME_STATED.test(prev))))) units[units.length - 1] = `${prev} ${s}`;
    else units.push(s);
  }
  // an election: "Cllr Ryves 5 votes, Cllr Bivon 2 votes"
  const candidates: { name: string; votes: number }[] = [];
  ELECTION.lastIndex = 0;
  // (the name-led pattern is tried at every capital letter: only where a count of votes can be)
  for (let m = text.includes("vote") ? ELECTION.exec(text) : null; m; m = ELECTION.exec(text)) {
    const n = countOf(m[2]!);
    // (a division's sides are no candidates: "the Motion received 38 votes and the Amendment 21")
    if (n !== null && !/^(?:motion|amendment|proposal|recommendation|option|substantive)\b/i.test(m[1]!)) candidates.push({ name: m[1]!, votes: n });
  }
  const election = candidates.length >= 2 ? candidates : null;
  const winner = election ? election.reduce((a, c) => (c.votes > a.votes ? c : a)) : null;
  for (const u of units) {
    if (election && ELECTION.test(u)) {
      ELECTION.lastIndex = 0;
      continue;
    }
    ELECTION.lastIndex = 0;
    if (!isDecision(u)) {
      // a counted show of hands with its outcome: "eight against, one for; rejected"
      // (the outcome first: most sentences have none, and the tally's patterns are the dearer)
      if (!/\b(?:carried|rejected|lost|defeated|agreed|approved)\b/i.test(u)) continue;
      const t = tallyOf(u);
      if (t.for !== null && t.against !== null) {
        const v = vote(null, t, u);
        if (v) votes.push({ ...v, position: b.position });
      }
      continue;
    }
    const labelled = /^(RESOLVED|RECOMMENDATIONS?|RECOMMENDED|AGREED|DECISION|Resolved|Agreed)\s*[:–—-]\s*(.*)$/s.exec(u);
    const kind: ResolutionT["kind"] = labelled ? kindOfLabel(labelled[1]!) : FORMAL.test(u) ? "resolved" : CONSENSUS.test(u) ? "agreed" : "motion";
    const r = resolutionFrom(kind, labelled ? labelled[2]! : u, u, b);
    if (labelled) r.clauses.push(...inlineClauses(labelled[2]!));
    const nominee = NOMINEE.exec(u)?.[1];
    if (election && nominee) {
      // of competing nominations only the winner's is the decision, and it carries the tally
      if (!winner || !winner.name.endsWith(nominee)) continue;
      r.vote.for = winner.votes;
    }
    const tally = r.vote;
    const lost = /\b(?:lost|defeated|rejected|not carried|fell)\b/i.test(u) || (tally.for !== null && tally.against !== null && tally.against > tally.for);
    const v = vote(null, tally, u);
    if (v) votes.push({ ...v, position: b.position });
    if (!lost) resolutions.push(r);
  }
  if (election) {
    for (const c of election) {
      votes.push({ subject: c.name, for: c.votes, against: null, abstentions: null, outcome: c === winner ? "carried" : "lost", forNames: [], againstNames: [], abstainedNames: [], position: b.position });
    }
    // the candidates' votes come first, in text order, as the minutes give them
    const mine = votes.filter((v) => v.subject !== null);
    const rest = votes.filter((v) => v.subject === null && !mine.some((m) => m.for === v.for));
    votes.length = 0;
    votes.push(...mine, ...rest);
  }
  return { resolutions, votes };
}

const OWNER_ROLE = /^(?:the\s+)?(?:clerk|clerc|chair(?:man|person)?|cadeirydd|all|pawb|everyone|rfo|chairman\s*\/\s*clerk)$/i;
const OWNER_PERSON =
  // initials each end with a dot or a space ("A. B. Smith", "A B Smith") and "and" stands between
  // spaces, so that a run of letters has one reading, not exponentially many
  /^(?:[Cc]llrs?|CLLR|[Cc]yng|[Cc]ouncillors?)\.?\s+(?:\p{Lu}(?:\.\s*|\s+))*\p{Lu}[\p{L}'’-]+(?:(?:\s*[\/&,]\s*|\s+and\s+)(?:(?:[Cc]llrs?|[Cc]yng)\.?\s+)?(?:\p{Lu}(?:\.\s*|\s+))*\p{Lu}[\p{L}'’-]+)*$/u;
const OWNER_INITIALS = /^\p{Lu}{2,3}(?:\s*[\/&,]\s*\p{Lu}{2,3})*\/?$/u;
const OWNER = { test: (t: string) => OWNER_ROLE.test(t) || OWNER_PERSON.test(t) || OWNER_INITIALS.test(t) };

/** The rows of a block: one per numbered point where its lines open with them, else the block. */
function rowsOf(b: SyntaxBlock): string[] {
  const point = /^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|[-•·*])\s+\S/;
  if (b.lines.length < 2 || !b.lines.slice(1).some((l) => point.test(l.clean))) return [joinLines(b.lines)];
  const rows: Line[][] = [];
  for (const l of b.lines) {
    if (rows.length === 0 || point.test(l.clean)) rows.push([l]);
    else rows[rows.length - 1]!.push(l);
  }
  return rows.map((r) => joinLines(r));
}

/** The owner named by a short line of an action column, or null for a disposition ("Noted", "Feb"). */
export function ownerOf(text: string): string | null {
  // (asked of every line: full stops and spaces off the end without a pattern, which would be
  // tried at each one of a long run, and a long line refused before it is split into words)
  let e = text.length;
  while (e > 0 && (text[e - 1] === "." || isSpace(text.charCodeAt(e - 1)))) e--;
  // "... move the speed sign. Action: Clerk": the label is no part of the owner
  const t = text.slice(0, e).trim().replace(/^actions?\s*[:–—-]\s*/i, "");
  if (!t || t.length > 100 || t.split(/\s+/).length > 6) return null;
  if (/^(?:noted|nodwyd|note|notice board|gwefan|website|signed by the chair|feb|n\/a|none|no issues|granted|refused|no observations)$/i.test(t)) return null;
  if (/^\p{Lu}{2,3}$/u.test(t) && /^(?:AGM|VAT|NCC|CCC|EDC|BDO|LGA)$/.test(t)) return null;
  return OWNER.test(t) ? t : null;
}

/** The few words after a line's last full stop: "... yn parhau ar waith. Clerc" gives "Clerc". */
function sentenceTail(line: string): [string, string] | null {
  // only a stop before the last five words can start a tail; earlier ones are not tried, so a long
  // line is read once, not once per sentence
  let i = line.length;
  let words = 0;
  while (i > 0 && isSpace(line.charCodeAt(i - 1))) i--;
  while (i > 0 && words < 5) {
    while (i > 0 && !isSpace(line.charCodeAt(i - 1))) i--;
    words++;
    if (words < 5) while (i > 0 && isSpace(line.charCodeAt(i - 1))) i--;
  }
  let from = i;
  while (from > 0 && isSpace(line.charCodeAt(from - 1))) from--;
  const re = /[.)]\s+/g;
  re.lastIndex = Math.max(0, from - 1);
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const tail = line.slice(m.index + m[0].length).trim();
    if (tail.split(/\s+/).length > 5) continue;
    if (ownerOf(tail)) return [tail, tail];
  }
  return null;
}

const LAST_CELL = /(?:\t|\s{3,})([^\t]{2,40}?)\s*$/;

/**
 * The last cell of a line after a tab or a run of spaces: `LAST_CELL` tried only where a match can
 * start. Its cell is at most 40 characters after a run of white space and before white space to the
 * end, with no tab in it, so no match starts before the white space in front of the later of the
 * last tab and the 41st character from the text's end (tried from every run of spaces in a long
 * line, the pattern read the rest of the line at each).
 */
function lastCell(raw: string): RegExpExecArray | null {
  let end = raw.length;
  while (end > 0 && isSpace(raw.charCodeAt(end - 1))) end--;
  let from = Math.max(0, end - 41, raw.lastIndexOf("\t", end - 1));
  while (from > 0 && isSpace(raw.charCodeAt(from - 1))) from--;
  const m = LAST_CELL.exec(from === 0 ? raw : raw.slice(from));
  if (m) m.index += from;
  return m;
}

function cleanText(s: string): string {
  return s.replace(/\*\*|<[^>]+>/g, "").trim();
}

/** The cells of a row: between tabs or runs of three spaces or more (a pipe table's borders, in the view). */
function cellsOf(raw: string): string[] {
  return raw.trim().split(/\t+|\s{3,}/).map(cleanText);
}

const ACTION_HEAD = /^(?:actions?|tasks?|action\s+(?:required|agreed)|agreed\s+actions?)$/i;
const OWNER_HEAD = /^(?:owner|who|by\s+whom|by|responsible|responsibility|lead|action\s+by|person)$/i;

/**
 * A table of actions under its header row ("Action | Owner | Deadline", in pipes, tabs or wide
 * gaps): each row's action and owner by the header's columns. The rows read are added to `taken`.
 */
function actionTable(blocks: readonly SyntaxBlock[], taken: Set<Line>): ActionT[] {
  const out: ActionT[] = [];
  // (most items have no header row: the lines are gathered only once one might be there)
  const header = (raw: string) => (raw.includes("ction") || raw.includes("CTION") || raw.includes("ask") || raw.includes("ASK")) && /\t|\s{3}/.test(raw);
  if (!blocks.some((b) => b.kind !== "furniture" && b.lines.some((l) => header(l.raw)))) return out;
  const lines = blocks.flatMap((b) => (b.kind === "furniture" ? [] : b.lines));
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.raw;
    if (!header(raw)) continue;
    const head = cellsOf(raw);
    if (head.length < 2) continue;
    const a = head.findIndex((c) => ACTION_HEAD.test(c));
    const o = head.findIndex((c) => OWNER_HEAD.test(c));
    if (a < 0 || o < 0) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = cellsOf(lines[j]!.raw);
      if (row.length !== head.length || !row[a]) break;
      out.push({ text: row[a]!, owner: row[o] || null, position: lines[j]!.position });
      taken.add(lines[j]!);
    }
    if (j > i + 1) taken.add(lines[i]!);
    i = j - 1;
  }
  return out;
}

export interface Decisions {
  resolutions: ResolutionT[];
  votes: VoteT[];
  actions: ActionT[];
}

function vote(subject: string | null, tally: ResolutionT["vote"], text: string): VoteT | null {
  if (tally.for === null) return null;
  const lost = /\b(?:lost|defeated|rejected|fell|not carried)\b/i.test(text) || (tally.against !== null && tally.against > tally.for);
  return {
    subject, for: tally.for, against: tally.against, abstentions: tally.abstentions,
    outcome: lost ? "lost" : "carried", forNames: [], againstNames: [], abstainedNames: [],
  };
}

function resolutionFrom(kind: ResolutionT["kind"], text: string, info: string, b: SyntaxBlock): ResolutionT {
  const tally = tallyOf(info);
  return {
    kind, text, clauses: [], vote: tally, proposer: who(PROPOSER_WORDS, PROPOSER_RES, info), seconder: who(SECONDER_WORDS, SECONDER_RES, info), position: b.position,
  };
}

function clauseOf(b: SyntaxBlock): ClauseT {
  const text = joinLines(b.lines);
  // "(a) ...", "a) ...", "a. ..."
  const m = /^(?:[-*•·]\s*)?\(?\s*([a-zA-Z]|[ivxIVX]{1,5}|\d{1,2})\s*\)\s*(.*)$/.exec(text) ?? /^(?:[-*•·]\s*)?([a-z]|[ivx]{1,5})\.\s+(.*)$/.exec(text);
  return { label: m ? m[1]!.toLowerCase() : null, text: m ? m[2]! : text, position: b.position };
}

/**
 * Points written on one line: "RESOLVED: 1) Payments as above approved. 2) Clerk to query ..." or
 * "(1) That ... (2) That ...". Labels run in sequence (a repeated label is kept as written).
 */
export function inlineClauses(text: string): ClauseT[] {
  const first = /^\(?(\d{1,2}|[a-zA-Z]|[ivx]{1,4})\)\s+/.exec(text);
  if (!first) return [];
  const re = /(?:^|\s)\(?(\d{1,2}|[a-zA-Z]|[ivx]{1,4})\)\s+/g;
  const marks: { label: string; at: number; body: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const label = m[1]!.toLowerCase();
    const prev = marks[marks.length - 1];
    const ok = !prev || label === prev.label || next(prev.label) === label;
    if (ok) marks.push({ label, at: m.index, body: m.index + m[0].length });
  }
  return marks.map((k, i) => ({ label: k.label, text: text.slice(k.body, marks[i + 1]?.at ?? text.length).trim() }));
}

function next(label: string): string {
  if (/^\d+$/.test(label)) return String(+label + 1);
  if (/^[ivx]+$/.test(label)) {
    const romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
    const k = romans.indexOf(label);
    if (k >= 0 && label !== "i" && label !== "v" && label !== "x") return romans[k + 1] ?? "";
    if (label === "i") return "ii";
  }
  return String.fromCharCode(label.charCodeAt(0) + 1);
}

/** A lead-in that belongs to the labelled decision after it: "The following recommendations were proposed and seconded and carried unanimously." */
function isLeadIn(text: string): boolean {
  return /:\s*$|\bthe\s+following\b|\brecommendations?\b|\bproposed\b|\bseconded\b|\bcarried\b|\bunanimous|\bvoted\b|\bin\s+favour\b/i.test(text) && text.length < 400;
}

/** Read the decisions, votes and actions of one item's blocks. */
export function readDecisions(blocks: readonly SyntaxBlock[]): Decisions {
  const resolutions: ResolutionT[] = [];
  const votes: VoteT[] = [];
  // Each label asks how many resolutions, and which votes, carry the position of the block before
  // it: kept by position as they come and go, since a search of them all at each label made a
  // document of thousands of labels quadratic. A vote that a later one restates is dropped at
  // the end, not spliced out.
  const resolutionsAt = new Map<PositionT | undefined, number>();
  const addResolutions = (...rs: ResolutionT[]) => {
    for (const r of rs) {
      resolutions.push(r);
      resolutionsAt.set(r.position, (resolutionsAt.get(r.position) ?? 0) + 1);
    }
  };
  const popResolution = () => {
    const r = resolutions.pop();
    if (r) resolutionsAt.set(r.position, resolutionsAt.get(r.position)! - 1);
  };
  const votesAt = new Map<PositionT | undefined, VoteT[]>();
  const dropped = new Set<VoteT>();
  const addVotes = (...vs: VoteT[]) => {
    for (const v of vs) {
      votes.push(v);
      const at = votesAt.get(v.position);
      if (at) at.push(v);
      else votesAt.set(v.position, [v]);
    }
  };
  const actions: ActionT[] = [];
  const used = new Set<number>();
  const takeClauses = (r: ResolutionT, from: number, thatLines: boolean): number => {
    let j = from;
    while (j < blocks.length) {
      const b = blocks[j]!;
      if (b.kind === "clause") {
        // the points run in sequence: "b) CC said ..." after "1) ... 2) ..." is the item's own list
        const c = clauseOf(b);
        const last = r.clauses[r.clauses.length - 1]?.label;
        // a list starts at a, 1 or i; "ii) Cheques for signing" after a whole decision is the next sub-item
        const fits = last === undefined || last === null ? /^(?:a|1|i)$/.test(c.label ?? "") || (r.clauses.length === 0 && !r.text) : c.label === last || c.label === next(last);
        if (!fits) break;
        r.clauses.push(c);
        used.add(j);
        j++;
        continue;
      }
      if (b.kind === "bullet" && /:\s*$|\bthat\s*$|\bfollowing\b/i.test(r.text) && r.clauses.every((c) => c.label === null)) {
        r.clauses.push({ label: null, text: joinLines(b.lines).replace(/^[-*•·]\s*/, ""), position: b.position });
        used.add(j);
        j++;
        continue;
      }
      if ((b.kind === "paragraph" || b.kind === "heading") && r.clauses.length === 0 && /^that\b[^.]{0,20}:?\s*$|^that\s*:/i.test(joinLines(b.lines)) && (b.kind === "heading" || !r.text)) {
        r.text = [r.text, joinLines(b.lines)].filter(Boolean).join(" ");
        used.add(j);
        j++;
        continue;
      }
      if (b.kind === "paragraph" && thatLines && r.clauses.length === 0) {
        // bullets lost in export: each line that opens with "That" is a point
        const points: ClauseT[] = [];
        for (const l of b.lines) {
          if (/^That\b/.test(l.clean)) points.push({ label: null, text: l.clean, position: l.position });
          else if (points.length) points[points.length - 1]!.text += ` ${l.clean}`;
        }
        if (points.length >= 2) {
          r.clauses.push(...points);
          used.add(j);
          j++;
          continue;
        }
        if (points.length === 1 && !r.text) {
          r.text = joinLines(b.lines);
          used.add(j);
          j++;
          continue;
        }
      }
      // "RESOLVED:" then "1. To note ...", "2. To approve ...": numbered lines that opened no
      // minute, in sequence from 1, are the decision's points
      if (b.kind === "itemHeading" && b.lines[0]!.kind === "NumberedLine") {
        const m = /^(\d{1,2})\.\s+(\S.*)$/s.exec(joinLines(b.lines));
        const last = r.clauses[r.clauses.length - 1]?.label;
        const fits =
          m !== null &&
          (last === undefined ? m[1] === "1" && (!r.text || /[:–—-]\s*$|\bthat\s*$/i.test(r.text)) : last !== null && /^\d+$/.test(last) && m[1] === next(last));
        if (fits) {
          r.clauses.push({ label: m[1]!, text: m[2]!, position: b.position });
          used.add(j);
          j++;
          continue;
        }
      }
      if ((b.kind === "furniture" || b.kind === "itemHeading") && r.clauses.length === 0 && thatLines) {
        j++;
        continue;
      }
      break;
    }
    return j;
  };
  for (let i = 0; i < blocks.length; i++) {
    if (used.has(i)) continue;
    const b = blocks[i]!;
    const first = b.lines[0]!;
    if (b.kind === "labelBlock" && first.kind === "ResolutionLabel") {
      const m = /^([A-Za-z]+)(?:\s+[\d/.]+)?\s*[:.–—-]?\s*(.*)$/.exec(first.clean.replace(/\t+/g, " "))!;
      // the label's own text runs to its first full stop; what follows is the minute's narrative
      const own = [first];
      for (let k = 1; k < b.lines.length && !/\.\s*$/.test(own[own.length - 1]!.clean); k++) own.push(b.lines[k]!);
      let text = [m[2]!.trim(), joinLines(own.slice(1))].filter(Boolean).join(" ");
      // "Resolved 14/06/5.01" alone, the decision in the paragraph after it (not "That ..." points,
      // which are read as clauses below)
      // ("Resolved 14/06/9.02", a table of payments, then "Invoices were checked ... all agreed")
      let after = i + 1;
      if (!text) {
        const words = (x: SyntaxBlock) => (joinLines(x.lines).match(/\p{L}[\p{L}'’]*/gu) ?? []).length;
        const cell = (x: SyntaxBlock) => (x.kind === "paragraph" || x.kind === "heading" || x.kind === "table") && x.lines.length <= 2 && words(x) <= 6;
        let j = i + 1;
        while (j < blocks.length && j < i + 80 && cell(blocks[j]!) && blocks[j + 1]?.kind !== "itemHeading") j++;
        const nextBlock = blocks[j];
        if (nextBlock?.kind === "paragraph" && !used.has(j) && !/^That\b/.test(nextBlock.lines[0]!.clean) && (j === i + 1 || words(nextBlock) > 8)) {
          text = joinLines(nextBlock.lines);
          used.add(j);
          after = j + 1;
        }
      }
      // the decision's proposer, seconder or count on the lines after its text, or in a short
      // paragraph of its own right after it ("Proposed: Cllr Hughes  Seconded: Cllr Morgan  All in favour.")
      const details: string[] = [];
      for (let k = own.length; k < b.lines.length && MOTION_DETAILS.test(b.lines[k]!.clean); k++) details.push(b.lines[k]!.clean);
      const below = blocks[after];
      if (details.length === 0 && own.length === b.lines.length && below?.kind === "paragraph" && below.lines.length <= 2 && !used.has(after) && MOTION_DETAILS.test(below.lines[0]!.clean)) {
        details.push(joinLines(below.lines));
        used.add(after);
        after++;
      }
      let info = [text, ...details].join(" ");
      const prev = i > 0 ? blocks[i - 1]! : null;
      const restated = resolutions[resolutions.length - 1];
      const prevText = prev ? joinLines(prev.lines) : "";
      const fromPrev = prev ? (resolutionsAt.get(prev.position) ?? 0) : 0;
      if (prev && restated && restated.position === prev.position && fromPrev === 1 && restated.kind !== "resolved" && !(isLeadIn(prevText) && prevText.length < 400)) {
        // "The Councillors agreed unanimously for SW to undertake the audit." / "RESOLVED: That ...": one decision, the block
        popResolution();
        info = `${restated.text} ${info}`;
      } else if (prev && !used.has(i - 1) && prev.kind === "paragraph" && isLeadIn(prevText)) {
        info = `${joinLines(prev.lines)} ${info}`;
        used.add(i - 1);
        // the lead-in may already have been read as a decision of its own
        const lastRes = resolutions[resolutions.length - 1];
        if (lastRes && lastRes.position === prev.position) popResolution();
      }
      const r = resolutionFrom(kindOfLabel(m[1]!), text, info, b);
      r.clauses.push(...inlineClauses(text));
      used.add(i);
      const next = takeClauses(r, after, text.length === 0);
      // how the decision was made, after its last clause on that clause's line: "(2) the Head of
      // Planning be authorised ... (For 5, Against 2, Abstentions 1)" is the decision's vote, not
      // the clause's words
      const last = r.clauses[r.clauses.length - 1];
      const tail = last ? /(?<=[.;:])\s+([^.;:]+\.?)$/.exec(last.text) : null;
      if (last && tail && MOTION_DETAILS.test(tail[1]!)) {
        last.text = last.text.slice(0, tail.index).trim();
        info = `${info} ${tail[1]!}`;
        r.vote = tallyOf(info);
        r.proposer ??= who(PROPOSER_WORDS, PROPOSER_RES, info);
        r.seconder ??= who(SECONDER_WORDS, SECONDER_RES, info);
      }
      // "Recommendation: That the payments be approved." then "AGREED." alone: the outcome of the
      // decision just before, not a second decision
      const decided = resolutions[resolutions.length - 1];
      if (!r.text && r.clauses.length === 0 && !info.trim() && prev && decided && decided.position === prev.position) {
        i = next - 1;
        continue;
      }
      // a trailing tally: "(Cllr X proposed, Cllr Y seconded, seven were in favour)"
      addResolutions(r);
      const v = vote(null, r.vote, info);
      if (v) {
        // the tally read from the lead-in before the label is this resolution's: one vote, not two
        const twin = prev ? votesAt.get(prev.position)?.find((x) => !dropped.has(x) && x.for === v.for && x.against === v.against && x.abstentions === v.abstentions) : undefined;
        if (twin) dropped.add(twin);
        addVotes(v);
      }
      i = next - 1;
      continue;
    }
    if (b.kind === "labelBlock" && first.kind === "ActionLabel") {
      const rest = first.clean.replace(/^actions?\s*[:.–—-]?\s*/i, "").trim();
      let cur: ActionT | null = rest ? { text: rest, owner: null, position: b.position } : null;
      const list: ActionT[] = cur ? [cur] : [];
      for (const l of b.lines.slice(1)) {
        if (/^(?:\d{1,2}[.)]|[-•·*])\s+/.test(l.clean) || !cur) {
          cur = { text: l.clean.replace(/^(?:\d{1,2}[.)]|[-•·*])\s+/, ""), owner: null, position: l.position };
          list.push(cur);
        } else cur.text += ` ${l.clean}`;
      }
      if (list.length === 0 && i + 1 < blocks.length && ["paragraph", "bullet", "clause", "itemHeading"].includes(blocks[i + 1]!.kind)) {
        list.push({ text: joinLines(blocks[i + 1]!.lines).replace(/^(?:\d{1,2}[.)]|[-•·*])\s+/, ""), owner: null, position: blocks[i + 1]!.position });
        used.add(i + 1);
      }
      for (const a of list) {
        const o = /^(.{2,60}?)\s+to\s+\w/.exec(a.text);
        if (o && (/^(?:the\s+)?(?:clerk|chair)/i.test(o[1]!) || /^\p{Lu}/u.test(o[1]!)) && o[1]!.split(/\s+/).length <= 8) a.owner = o[1]!;
      }
      actions.push(...list);
      used.add(i);
      continue;
    }
    if (b.kind === "paragraph" || b.kind === "bullet" || b.kind === "itemHeading" || b.kind === "clause") {
      // a run-in heading ("230/18 To Discuss: ... The Parish Council agreed ...") holds text too
      const lines = b.kind === "itemHeading" && b.lines[0]!.kind !== "NumberedLine" ? b.lines.slice(b.lines[1]?.kind === "HeadingLine" ? 2 : 1) : b.lines;
      let text = joinLines(lines);
      if (b.kind === "itemHeading" && b.lines[0]!.kind === "NumberedLine") {
        // "FC/23/103 Minutes" / "It was proposed by ...": a heading line that is all title is no part of the decision
        const rest = b.lines[0]!.prose.replace(/^\S+\s*/, "");
        text = b.lines.length > 1 && titleLike(rest, b.lines[0]!.raw) && !/[.;:]$/.test(rest) ? joinLines(b.lines.slice(1)) : text.replace(/^\S+\s*/, "");
      }
      // a point's label is no part of its decision: "b) It was RESOLVED to adopt ..."
      if (b.kind === "clause") text = clauseOf(b).text;
      if (!text) continue;
      // candidates' votes one to a line: "Holly Landscapes: 2 votes" / "Country Grounds Maintenance: 4 votes"
      const oneVote = (t: string) => {
        if (!t.includes("vote")) return null;
        ELECTION.lastIndex = 0;
        const m = ELECTION.exec(t);
        ELECTION.lastIndex = 0;
        return m && m.index === 0 && t.slice(m[0].length).replace(/[.,;\s]/g, "") === "" ? { name: m[1]!, votes: countOf(m[2]!) } : null;
      };
      const run: { name: string; votes: number }[] = [];
      for (let j = i; j < blocks.length && blocks[j]!.kind === "paragraph"; j++) {
        const v = oneVote(joinLines(blocks[j]!.lines));
        if (!v || v.votes === null) break;
        run.push({ name: v.name, votes: v.votes });
      }
      if (run.length >= 2) {
        const top = Math.max(...run.map((c) => c.votes));
        for (const c of run) {
          addVotes({ subject: c.name, for: c.votes, against: null, abstentions: null, outcome: c.votes === top ? "carried" : "lost", forNames: [], againstNames: [], abstainedNames: [], position: b.position });
        }
        i += run.length - 1;
        continue;
      }
      const found = decisionsInProse(text, b);
      // "It was resolved that ..." / "Prop. GK, 2nd PN. 4 in favour, 2 against, JB abstained.": the
      // motion line completes the decision in the line before it
      const head = found.resolutions[0];
      const before = resolutions[resolutions.length - 1];
      if (head && before && i > 0 && before.position === blocks[i - 1]!.position && /^(?:prop(?:osed)?\b\.?|proposer\b|moved\b)/i.test(head.text) && before.proposer === null) {
        before.proposer = head.proposer;
        before.seconder ??= head.seconder;
        before.vote = {
          unanimous: before.vote.unanimous ?? head.vote.unanimous, for: before.vote.for ?? head.vote.for,
          against: before.vote.against ?? head.vote.against, abstentions: before.vote.abstentions ?? head.vote.abstentions,
        };
        found.resolutions.shift();
      }
      addResolutions(...found.resolutions);
      addVotes(...found.votes);
      const lastR = resolutions[resolutions.length - 1];
      // the decision's points follow when it closes its paragraph and the next block opens a list (a, 1, i)
      const nextB = blocks[i + 1];
      const opensList = nextB?.kind === "clause" && /^(?:[-*•·]\s*)?\(?\s*(?:a|1|i|A)\s*\)/.test(nextB.lines[0]!.clean);
      if (found.resolutions.length && lastR && lastR.position === b.position && (opensList || /(?::|\bthat|\bfollowing|\bas follows|\bbelow)\s*$/i.test(lastR.text)) && text.trim().endsWith(lastR.text.trim())) {
        const r = lastR;
        const next = takeClauses(r, i + 1, false);
        i = next - 1;
      }
      continue;
    }
  }
  // a table of actions with its header row; its rows are not read again below
  const tableRows = new Set<Line>();
  actions.push(...actionTable(blocks, tableRows));
  // an action column flattened onto its own line after the text: "Clerk", "Cllr. W. Loynton", "All"
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "labelBlock" || b.kind === "table" || b.kind === "questionBlock") continue;
    if (tableRows.size && b.lines.some((l) => tableRows.has(l))) continue;
    let from = 0;
    b.lines.forEach((l, k) => {
      const owner = ownerOf(l.clean);
      if (!owner) return;
      if (k === 0) {
        // an owner alone after a blank line: the action is the block before
        const prev = blocks[i - 1];
        // (the item's own heading is not an action; a numbered point inside the item may be)
        // an "Action by" cell followed by its "Action date" cell ("DHO" / "10/5/13") is an owner
        // even after a line with no full stop
        const next = blocks[i + 1];
        const dated = next?.lines.length === 1 && /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(next.lines[0]!.clean);
        if (b.lines.length === 1 && prev && prev.kind !== "furniture" && prev.kind !== "heading" && !(prev.kind === "itemHeading" && i - 1 === 0) && (dated || /[.)!?]$/.test(prev.lines[prev.lines.length - 1]!.clean))) {
          actions.push({ text: joinLines(prev.lines), owner, position: l.position });
        }
      } else if (k > from) {
        const text = joinLines(b.lines.slice(from, k));
        // a sentence before it, not a table cell ("Glazewing, Cemetery bins December 2014" / "DD")
        if (/[.)!?]$/.test(b.lines[k - 1]!.clean) || text.split(/\s+/).length >= 12) actions.push({ text, owner, position: l.position });
      }
      from = k + 1;
    });
  }
  // a column of owners flattened after the row's text: "PN", "KN", "NC/", "/JB" ("NC/" + "KN" is one entry)
  for (let i = 1; i < blocks.length; i++) {
    const run: { owner: string; b: SyntaxBlock }[] = [];
    let j = i;
    while (j < blocks.length && blocks[j]!.lines.length === 1 && (blocks[j]!.kind === "heading" || blocks[j]!.kind === "paragraph")) {
      const t = blocks[j]!.lines[0]!.clean;
      const o = ownerOf(t) ?? (/^\/\s*\p{Lu}{2,3}$/u.test(t) ? t : null);
      if (!o) break;
      const last = run[run.length - 1];
      if (last && (/\/$/.test(last.owner) || /^\//.test(o))) last.owner += o;
      else run.push({ owner: o, b: blocks[j]! });
      j++;
    }
    const before = blocks[i - 1]!;
    if (run.length >= 2 && ["paragraph", "bullet", "clause", "itemHeading"].includes(before.kind)) {
      // the first owner alone was read above as the action of the block before it: the run is read whole here
      const taken = actions.findIndex((a) => a.position === run[0]!.b.lines[0]!.position);
      if (taken >= 0) actions.splice(taken, 1);
      // the rows the owners stand beside: the blocks back to the last owner before the run; each
      // owner takes the latest row that names it ("NC was requested to ..."), else the latest free one
      // (a block whose lines are numbered points, "6.8 Eon querying ... NC to check with NALC on
      // this.", is a row per point)
      const pool: string[] = [];
      for (let q = i - 1; q >= 0 && pool.length < 60; q--) {
        const pb = blocks[q]!;
        if (pb.lines.length === 1 && ownerOf(pb.lines[0]!.clean)) break;
        // (the item's own heading is no row; a numbered point's heading inside it is)
        if (["paragraph", "bullet", "clause"].includes(pb.kind) || (pb.kind === "itemHeading" && q > 0)) pool.push(...rowsOf(pb).reverse());
      }
      // a column flattened before its rows ("Matters arising ...:" / "PN" "KN" ... / "5.1.1 ..."):
      // where the rows before are too few, the owners stand for the rows after
      if (pool.filter((t) => /\p{L}{3}/u.test(t)).length < run.length) {
        const after: string[] = [];
        for (let q = j; q < blocks.length && after.length < 60; q++) {
          const pb = blocks[q]!;
          if (pb.lines.length === 1 && ownerOf(pb.lines[0]!.clean)) break;
          if (["paragraph", "bullet", "clause", "itemHeading"].includes(pb.kind)) after.push(...rowsOf(pb));
        }
        if (after.filter((t) => /\p{L}{3}/u.test(t)).length >= run.length) pool.splice(0, pool.length, ...after);
      }
      const used = new Set<number>();
      const free = (k: number) => !used.has(k) && /\p{L}{3}/u.test(pool[k]!);
      for (const r of run) {
        // (each of the owner's words compiled once, not once per row it is looked for in)
        const who = r.owner.replace(/[/\s]+/g, " ").trim().split(" ").filter((w) => w.length >= 2)
          .map((w) => new RegExp(String.raw`(?<![\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\p{L}])`, "iu"));
        const names = (t: string) => who.some((re) => re.test(t));
        let k = pool.findIndex((t, q) => free(q) && names(t));
        if (k < 0) k = pool.findIndex((_t, q) => free(q));
        if (k >= 0) used.add(k);
        actions.push({ text: k >= 0 ? pool[k]! : joinLines(before.lines), owner: r.owner, position: r.b.position });
      }
      i = j - 1;
    }
  }
  // an owner at the end of a line after a run of spaces or a tab: "... next meeting.\tClerk"
  for (const b of blocks) {
    for (const l of b.lines) {
      if (tableRows.has(l)) continue;
      // after a tab or a run of spaces, or after the sentence that states the action
      const m = (/\t|\s{3}/.test(l.raw) && lastCell(l.raw)) || sentenceTail(l.clean);
      const owner = m ? ownerOf(cleanText(m[1]!)) : null;
      if (m && owner && l.clean.length > m[1]!.length + 10) actions.push({ text: l.clean.slice(0, l.clean.length - m[1]!.length).trim(), owner, position: l.position });
    }
  }
  // action marks typed into the text: "\\*Clerk asked to contact TT" (an escaped asterisk)
  for (const b of blocks) {
    if (b.kind === "labelBlock") continue;
    for (const l of b.lines) {
      const re = /\\\*\s*([^\\]+?)(?=\s*\\\*|$)/g;
      for (let m = re.exec(l.raw); m; m = re.exec(l.raw)) {
        const text = m[1]!.replace(/\s*\.?\s*$/, "").trim();
        if (text) actions.push({ text: text.split(/(?<=\.)\s+(?=\p{Lu})/u)[0]!, owner: null, position: l.position });
      }
    }
  }
  return { resolutions, votes: dropped.size ? votes.filter((v) => !dropped.has(v)) : votes, actions };
}
