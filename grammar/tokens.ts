/**
 * Line-level tokens of minutes. Chevrotain's performance guide recommends coarse tokens: each token
 * here is one physical line (or, for a separator glued to text, the start of one), classified by
 * the form of its clean text. Order matters: the first class that accepts a line wins, so the
 * specific forms (separators, question fields, labels) come before the general ones (headings,
 * text).
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from "chevrotain";
import { cleanLine } from "./markup.js";

/**
 * A minute number as councils write them: 23, 60., 204/19, 16.07.3, 14/06/5, PLA146/14,
 * Cou/285/07-08, 24/25-101, E045/25, 1\., F&GP/25/01, and a committee's letters set off by a
 * space, F&GP 25/01 or FC 24/104 (see `committeeLetters`). One letter alone only before a number
 * with a stroke or a stop ("A1 Road improvements" is text).
 */
export const MINUTE_NUMBER = String.raw`(?:[A-Za-z][A-Za-z&]{1,3}\/?|[A-Za-z]\/?(?=\d{1,4}[./]\d)|[A-Za-z][A-Za-z&]{0,4} (?=\d{1,4}[./]\d))?\d{1,4}(?:[./]\d{1,4}){0,3}(?:-\d{2,4})?`;

/**
 * Whether a minute number's letters, where a space sets them off, are a committee's: in capitals
 * ("F&GP 25/01", "FC 24/104"), so that "The 2024/25 budget" stays a sentence. (The patterns that
 * use MINUTE_NUMBER ignore case, so this is asked of the number they found.)
 */
export function committeeLetters(num: string): boolean {
  return !num.includes(" ") || /^[A-Z][A-Z&]{0,4} /.test(num);
}

/** The word before a minute number, when there is one: "Minute 45", "Minute No. 45", "Min. 24/25-101", "Item No 5", "Eitem 3". */
export const NUMBER_WORD = String.raw`(?:(?:minute|min\.?|item|eitem)\s+(?:(?:no|number)\.?\s*)?)`;

// one cached clean line: every token class asks about the same line in turn
let memoText = "";
let memoOffset = -1;
let memoEnd = 0;
let memoRaw = "";
let memoClean = "";

function lineAt(text: string, offset: number): void {
  if (memoOffset === offset && memoText === text) return;
  let end = offset;
  const n = text.length;
  while (end < n) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13) break;
    end++;
  }
  memoText = text;
  memoOffset = offset;
  memoEnd = end;
  memoRaw = text.slice(offset, end);
  memoClean = cleanLine(memoRaw);
}

/**
 * A token class that takes the whole rest of the line when `accept` says so. Every line is offered
 * to the classes in turn, so a class whose forms can only open with certain characters names them
 * in `opens`, and a line opening with any other is not put to its patterns at all.
 */
function lineClass(accept: (clean: string, raw: string) => boolean, opens?: string): CustomPatternMatcherFunc {
  return (text, offset) => {
    lineAt(text, offset);
    if (memoClean.length === 0 || (opens !== undefined && !opens.includes(memoClean[0]!)) || !accept(memoClean, memoRaw)) return null;
    // the clean text rides on the token, so the tree does not clean the line again
    const match = [memoRaw] as [string] & { payload?: string };
    match.payload = memoClean;
    return match;
  };
}

function lineToken(name: string, accept: (clean: string, raw: string) => boolean, opens?: string): TokenType {
  return createToken({ name, pattern: { exec: lineClass(accept, opens) }, line_breaks: false });
}

/** Line ends are skipped (counted for line numbers, never kept); blank lines show as gaps in line numbers. */
export const Newline = createToken({ name: "Newline", pattern: /\r\n|\r|\n/, line_breaks: true, group: Lexer.SKIPPED });

/** A line of nothing but white space or markup (`<p></p>`, `**`): skipped, seen as a gap. */
export const BlankLine = createToken({
  name: "BlankLine",
  pattern: {
    exec: (text, offset) => {
      lineAt(text, offset);
      return memoRaw.length !== 0 && memoClean.length === 0 ? ([memoRaw] as [string]) : null;
    },
  },
  line_breaks: false,
  group: Lexer.SKIPPED,
});

/**
 * `---o0o---`, a table rule `------\t----`, `* * *`: page furniture. The o0o form may be glued to
 * the text that follows (`---o0o--67.`), so it takes only itself.
 */
const GLUED = /-{2,}o0o-{2,}/y;
/** the characters a rule can open with */
const RULE_OPENS = "-=_~*·.\t |:–—";

export const Separator = createToken({
  name: "Separator",
  pattern: {
    exec: (text, offset) => {
      if (text.charCodeAt(offset) === 45) {
        GLUED.lastIndex = offset;
        const g = GLUED.exec(text);
        if (g) return g;
      }
      lineAt(text, offset);
      if (!RULE_OPENS.includes(memoClean[0] ?? "")) return null;
      // a rule of punctuation, or a line that opens and closes with dashes ("-- 3 --" aside)
      return (/^[-=_~*·.\t |:]{3,}$/.test(memoClean) || (/^[-–—]{2}/.test(memoClean) && /[-–—]{2}$/.test(memoClean) && memoClean.length >= 4)) && !/[A-Za-z0-9]/.test(memoClean)
        ? ([memoRaw] as [string])
        : null;
    },
  },
  line_breaks: false,
});

/** `7`, `Page 1 of 3`, `- 4 -`: a page number alone on its line. Also a bare minute number. */
export const PageNumber = lineToken("PageNumber", (c) => /^(?:page\s+)?(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?(?:\s+of\s+\d{1,3})?$/i.test(c), "0123456789pP-–");

/** `Signed ____ Dated ____`, `Chairperson` or `Chairman ........` alone at the foot of the minutes. */
export const SignatureLine = lineToken("SignatureLine", (c) =>
  (/^(?:signed|signature|chair(?:man|person)?|date[d]?)\b[\s.:_…]*$/i.test(c) || /^(?:signed|signature|chair(?:man|person)?|date[d]?)\b[\s:]*[_.…]{3}/i.test(c)) || /^signed\b.*[_.…]{4,}/i.test(c),
  "sScCdD",
);

/** `PQ 1\tMs Currie, Hereford\t<p>Where staff ...`: a row of a question table. */
export const QuestionRow = lineToken("QuestionRow", (c) => c.includes("\t") && /^(?:PQ|MQ|Q)\s*\d{1,3}[a-z]?\t/i.test(c), "pPmMqQ");

/**
 * `<b>Questioner:</b>\tEddy Parkinson`, `Response:`, `Supplementary Question:`,
 * `Response to supplementary question (cabinet member children and families):`,
 * `Written response sent on 13 October 2022:`: a field of a question block.
 */
export const QuestionField = lineToken("QuestionField", (c) =>
  /^(?:questioner|supplementary question|response(?: to (?:the )?supplementary(?: question)?)?|written response(?: [^:\t(]{0,39}[^:\t(\s])?|scrutiny meeting|question to|answer|reply)(?:\s*\([^)]{0,80}\))?\s*:/i.test(c),
  "qQsSrRwWaA",
);

/** `RESOLVED:`, `Resolved: That ...`, `RECOMMENDATIONS:`, `AGREED:`, `NOTED`, `Resolved 14/06/5.01`. */
export const ResolutionLabel = lineToken("ResolutionLabel", (c) =>
  /^(?:RESOLVED|RESOLUTIONS?|RECOMMENDATIONS?|RECOMMENDED|AGREED|DECISIONS?|DECIDED|NOTED|PENDERFYNWYD)\b(?![a-z'’])/.test(c) ||
  /^(?:Resolved|Resolutions?|Recommendations?|Recommended|Agreed|Decisions?|Decided|Penderfynwyd)\s*(?:[:–—]|-\s|\d|$)/.test(c) ||
  /^Resolved\s+That\b/.test(c) || // "Resolved That it be recommended ...": the capital says it is the label
  /^Noted\s*(?:[:–—]|-\s)/.test(c), // "Noted" alone is a disposition in an action column, not a label
  "RADNP",
);

/** `ACTION:`, `ACTIONS:`, `Action - Clerk`: the start of recorded actions. */
export const ActionLabel = lineToken("ActionLabel", (c) => /^(?:ACTIONS?\b(?![a-z])|Actions?\s*(?:[:–—]|-\s|$))/.test(c), "A");

const END_WORDS = /meeting|business|session|daeth|^(?:closed|ended)\b/i;

/** `The meeting ended at 4.45 pm`, `The meeting closed at 21.45pm`, `... brought the meeting to a close at 9.50pm`. */
export const EndLine = lineToken(
  "EndLine",
  (c) =>
    // (every line is asked: one quick look first for a word that all the forms need)
    END_WORDS.test(c) &&
    ((/^(?:the\s+)?(?:meeting|business|session)\b.{0,40}?\b(?:ended|closed|finished|concluded|terminated|close[sd]?)\b/i.test(c) &&
      !/\b(?:to|from) the (?:public|press)\b/i.test(c) &&
      c.length < 160) ||
      /\bbrought the meeting to a close\b/i.test(c) ||
      (/\b(?:closed|ended) the meeting\b/i.test(c) && c.length < 240) ||
      /^(?:meeting\s+)?(?:closed|ended)\s+(?:at\b|\d{1,2}[.:]\d{2}\s*[ap]\.?m\b)/i.test(c) || // "Closed 7.45pm."
      /^(?:there being no (?:other|further) business)/i.test(c) ||
      /\bdaeth y cyfarfod i ben\b/i.test(c) ||
      (/\b(?:final\s+)?closure\s+of\s+the\s+meeting\b|\bmeeting\s+(?:was\s+)?(?:closed|ended|finished|concluded)\s+at\b/i.test(c) && c.length < 200)),
);

/** A row of a tab-separated table: two or more cells. */
export const TableRow = lineToken("TableRow", (c) => c.includes("\t") && /[^\t]\t+[^\t]/.test(c));

const LONE_NUMBER = new RegExp(String.raw`^${NUMBER_WORD}?(${MINUTE_NUMBER})\.?$`, "i");

/** `60.` or `204/19` alone on its line: a minute number whose title is on another line. */
export const ItemNumber = lineToken(
  "ItemNumber",
  (c) => {
    if (c.length > 40 && !/^minute\s/i.test(c)) return false;
    const lone = LONE_NUMBER.exec(c);
    return (
      lone !== null &&
      committeeLetters(lone[1]!) &&
      /[./]/.test(c) &&
      !/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(c) && // a date in a table cell
      !/^\d+\.\d\d$/.test(c) // an amount in a table cell
    );
  },
);

const NUMBER_FIRST = new RegExp(String.raw`^${NUMBER_WORD}?(${MINUTE_NUMBER})(\.?)(\)?)(?:[ \t]*[-–—:][ \t]*|[ \t]+|(?=[A-Z][a-z]))(\S.*)$`, "i");
/** "Minute No. 45 – Declarations of Interest", "Item 5: Finance": the word and a stop say it is a heading. */
const NAMED_NUMBER = new RegExp(String.raw`^(?:(?:minute|min\.?|item|eitem)\s+(?:no|number)\b|${NUMBER_WORD}${MINUTE_NUMBER}\.?[ \t]*[-–—:])`, "i");

/**
 * A line that opens with a minute number: `23. APOLOGIES FOR ABSENCE`, `204/19 Apologies`,
 * `16.07.2 Register of Interests`, `229/18To Approve: ...`. A plain integer needs its dot, or a
 * title in capitals, so that a wrapped line ("86 females, this was ...") stays text.
 */
export const NumberedLine = lineToken("NumberedLine", (c) => {
  // a number, or a few letters before one ("PLA146/14", "F&GP 25/01"), or "Minute", "Item", "Eitem"
  if (!/^(?:\d|[A-Za-z][A-Za-z&]{0,4}[ /]?\d|minute|min\b|item|eitem)/i.test(c)) return false;
  const m = NUMBER_FIRST.exec(c);
  if (!m) return false;
  const [, num, dot, paren, rest] = m as unknown as [string, string, string, string, string];
  if (paren) return false; // "1) ..." is a clause
  // "F&GP 25/01 Apologies": a committee's letters in capitals, and a title after them
  if (num.includes(" ") && !(committeeLetters(num) && /^\p{Lu}/u.test(rest))) return false;
  if (/^[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/.test(c)) return false; // a postcode: "SA19 7NF"
  if (/^\d{1,2}\.\d{2}\s*(?:[ap]\.?m\b|hrs?\b)/i.test(`${num}${dot} ${rest}`)) return false; // a time
  if (/^(?:(?:am|pm|a\.m|p\.m|hrs|st|nd|rd|th|per|x)\b|%|£)/i.test(rest)) return false;
  // a date, or page debris fused to one; "14/06/10" is as likely minute 10 of June 2014
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(num) || /^\d+\/\d{1,2}\/(?:19|20)\d\d$/.test(num)) return false;
  // "24 SEPTEMBER 2009" is a date, not minute 24
  if (/^\d{1,2}$/.test(num) && /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b/i.test(rest)) return false;
  const structured = /[./]/.test(num + dot) || /^[A-Za-z]/.test(num);
  if (structured || NAMED_NUMBER.test(c)) return true;
  return /^[A-Z][A-Z'’&,\- ]{2,}/.test(rest);
});

/**
 * `a) Endorse the ...`, `- b) Delegated ...`, `(iii) ...`, `1) ...`, `a. Payments totalling ...`:
 * a labelled clause or point. (A letter and a full stop only before a capital: "p. 12 of the
 * report" and "c. 50 residents" wrapped to the start of a line are text.)
 */
export const ClauseLine = lineToken(
  "ClauseLine",
  (c, raw) =>
    (c.includes(")") && /^(?:[-*•·]\s*)?(?:\(\s*(?:[a-zA-Z]|[ivxIVX]{1,5}|\d{1,2})\s*\)|(?:[a-zA-Z]|[ivx]{1,5}|\d{1,2})\))\s*\S/.test(c)) ||
    // (set in bold, "**i. Fen Report – M Pogmore**" is a heading)
    (/^(?:[-*•·]\s*)?(?:[a-z]|[ivx]{1,5})\.\s+["“‘']?\p{Lu}/u.test(c) && !/^\s*(?:\*\*|__|<b>|<strong>)/i.test(raw)),
);

/** `- The outcome ...`, `· The judgement ...`, `• Smart`: a bullet point. */
export const BulletLine = lineToken("BulletLine", (c) => /^(?:[-*+]\s+|[•·▪◦‣⁃●○■□➢➤✓§]\s*)\S/.test(c), "-*+•·▪◦‣⁃●○■□➢➤✓§");

/**
 * A heading: `# ...`, a line wholly in bold, or a line in capitals (`APOLOGIES FOR ABSENCE`).
 */
export const HeadingLine = lineToken("HeadingLine", (c, raw) => {
  if (c.length > 160) return false;
  if (/^[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$/.test(c)) return false; // a postcode on its own line of an address
  // (markup can only open with one of these: a line that opens otherwise is not trimmed to see)
  if (/^\s*[#*_<]/.test(raw)) {
    const t = raw.trim();
    if (/^#{1,6}\s/.test(t)) return true;
    if (/^(?:\*\*|__|<b>|<strong>)/i.test(t) && /(?:\*\*|__|<\/b>|<\/strong>):?$/i.test(t) && !/\*\*.+\*\*.+\*\*/.test(t)) return true;
  }
  // "MINUTES OF THE MEETING HELD ON 23 JUNE 2009 (Agenda item 3)": a bracketed note does not count
  const open = c.lastIndexOf("(");
  const body = open >= 0 && /^\([^()]*\)\s*$/.test(c.slice(open)) ? c.slice(0, open) : c;
  if (/[a-z]/.test(body)) return false; // (most lines: a lower-case letter says no at once)
  const letters = body.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && /\p{Lu}{2}/u.test(letters);
});

/** Any other line of text. */
export const TextLine = lineToken("TextLine", () => true);

/** Every token class, in the order the lexer tries them. */
export const allTokens: TokenType[] = [
  Newline,
  BlankLine,
  Separator, // before text: "---o0o--" glued to the next line's start
  PageNumber,
  SignatureLine,
  QuestionRow, // before TableRow: a question row is also a table row
  QuestionField, // before TableRow: "<b>Questioner:</b>\tName" has a tab
  ResolutionLabel, // before HeadingLine: "RESOLVED:" is in capitals
  ActionLabel,
  EndLine,
  TableRow,
  ItemNumber,
  NumberedLine, // before HeadingLine: "23. APOLOGIES" is in capitals
  ClauseLine, // before BulletLine: "- a) ..." is a clause
  BulletLine,
  HeadingLine,
  TextLine, // last: takes anything
];
