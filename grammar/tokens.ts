/**
 * Line-level tokens of minutes. Chevrotain's performance guide recommends coarse tokens: each token
 * here is one physical line (or, for a separator glued to text, the start of one), classified by
 * the form of its clean text. Order matters: the first class that accepts a line wins, so the
 * specific forms (separators, question fields, labels) come before the general ones (headings,
 * text).
 *
 * Each class's patterns stand above it as constants (`SIGNATURE_LINE_1`, ...), not in its function:
 * a pattern written in a function is a new object at each call, and every line is asked by up to
 * seventeen classes.
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from "chevrotain";
import { cleanLine } from "./markup.js";

/** A minute number as councils write them: 23, 60., 204/19, 16.07.3, 14/06/5, PLA146/14, Cou/285/07-08, 1\. */
export const MINUTE_NUMBER = String.raw`(?:[A-Za-z]{2,4}\/?)?\d{1,4}(?:[./]\d{1,4}){0,3}(?:-\d{2})?`;

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

/** A token class that takes the whole rest of the line when `accept` says so. */
function lineClass(accept: (clean: string, raw: string) => boolean): CustomPatternMatcherFunc {
  return (text, offset) => {
    lineAt(text, offset);
    if (memoClean.length === 0 || !accept(memoClean, memoRaw)) return null;
    // the clean text rides on the token, so the tree does not clean the line again
    const match = [memoRaw] as [string] & { payload?: string };
    match.payload = memoClean;
    return match;
  };
}

function lineToken(name: string, accept: (clean: string, raw: string) => boolean): TokenType {
  return createToken({ name, pattern: { exec: lineClass(accept) }, line_breaks: false });
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

const SEPARATOR_1 = /-{2,}o0o-{2,}/y;
const SEPARATOR_2 = /^[-=_~*·.\t |:]{3,}$/;
const SEPARATOR_3 = /^[-–—]{2}/;
const SEPARATOR_4 = /[-–—]{2}$/;
const SEPARATOR_5 = /[A-Za-z0-9]/;

/**
 * `---o0o---`, a table rule `------\t----`, `* * *`: page furniture. The o0o form may be glued to
 * the text that follows (`---o0o--67.`), so it takes only itself.
 */
export const Separator = createToken({
  name: "Separator",
  pattern: {
    exec: (text, offset) => {
      const glued = SEPARATOR_1;
      glued.lastIndex = offset;
      const g = glued.exec(text);
      if (g) return g;
      lineAt(text, offset);
      // a rule of punctuation, or a line that opens and closes with dashes ("-- 3 --" aside)
      return (SEPARATOR_2.test(memoClean) || (SEPARATOR_3.test(memoClean) && SEPARATOR_4.test(memoClean) && memoClean.length >= 4)) && !SEPARATOR_5.test(memoClean)
        ? ([memoRaw] as [string])
        : null;
    },
  },
  line_breaks: false,
});

const PAGE_NUMBER_1 = /^(?:page\s+)?(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?(?:\s+of\s+\d{1,3})?$/i;

/** `7`, `Page 1 of 3`, `- 4 -`: a page number alone on its line. Also a bare minute number. */
export const PageNumber = lineToken("PageNumber", (c) => PAGE_NUMBER_1.test(c));

const SIGNATURE_LINE_1 = /^(?:signed|signature|chair(?:man|person)?|date[d]?)\b[\s.:_…]*$/i;
const SIGNATURE_LINE_2 = /^(?:signed|signature|chair(?:man|person)?|date[d]?)\b[\s:]*[_.…]{3}/i;
const SIGNATURE_LINE_3 = /^signed\b.*[_.…]{4,}/i;

/** `Signed ____ Dated ____`, `Chairperson` or `Chairman ........` alone at the foot of the minutes. */
export const SignatureLine = lineToken("SignatureLine", (c) =>
  (SIGNATURE_LINE_1.test(c) || SIGNATURE_LINE_2.test(c)) || SIGNATURE_LINE_3.test(c),
);

const QUESTION_ROW_1 = /^(?:PQ|MQ|Q)\s*\d{1,3}[a-z]?\t/i;

/** `PQ 1\tMs Currie, Hereford\t<p>Where staff ...`: a row of a question table. */
export const QuestionRow = lineToken("QuestionRow", (c) => QUESTION_ROW_1.test(c));

const QUESTION_FIELD_1 = /^(?:questioner|supplementary question|response(?: to (?:the )?supplementary(?: question)?)?|written response(?: [^:\t(]{0,39}[^:\t(\s])?|scrutiny meeting|question to|answer|reply)(?:\s*\([^)]{0,80}\))?\s*:/i;

/**
 * `<b>Questioner:</b>\tEddy Parkinson`, `Response:`, `Supplementary Question:`,
 * `Response to supplementary question (cabinet member children and families):`,
 * `Written response sent on 13 October 2022:`: a field of a question block.
 */
export const QuestionField = lineToken("QuestionField", (c) =>
  QUESTION_FIELD_1.test(c),
);

const RESOLUTION_LABEL_1 = /^(?:RESOLVED|RESOLUTIONS?|RECOMMENDATIONS?|RECOMMENDED|AGREED|DECISIONS?|DECIDED|NOTED|PENDERFYNWYD)\b(?![a-z'’])/;
const RESOLUTION_LABEL_2 = /^(?:Resolved|Resolutions?|Recommendations?|Recommended|Agreed|Decisions?|Decided|Penderfynwyd)\s*(?:[:–—]|-\s|\d|$)/;
const RESOLUTION_LABEL_3 = /^Noted\s*(?:[:–—]|-\s)/;

/** `RESOLVED:`, `Resolved: That ...`, `RECOMMENDATIONS:`, `AGREED:`, `NOTED`, `Resolved 14/06/5.01`. */
export const ResolutionLabel = lineToken("ResolutionLabel", (c) =>
  RESOLUTION_LABEL_1.test(c) ||
  RESOLUTION_LABEL_2.test(c) ||
  RESOLUTION_LABEL_3.test(c), // "Noted" alone is a disposition in an action column, not a label
);

const ACTION_LABEL_1 = /^(?:ACTIONS?\b(?![a-z])|Actions?\s*(?:[:–—]|-\s|$))/;

/** `ACTION:`, `ACTIONS:`, `Action - Clerk`: the start of recorded actions. */
export const ActionLabel = lineToken("ActionLabel", (c) => ACTION_LABEL_1.test(c));

const END_WORDS = /meeting|business|session|daeth|^(?:closed|ended)\b/i;

const END_LINE_1 = /^(?:the\s+)?(?:meeting|business|session)\b.{0,40}?\b(?:ended|closed|finished|concluded|terminated|close[sd]?)\b/i;
const END_LINE_2 = /\b(?:to|from) the (?:public|press)\b/i;
const END_LINE_3 = /\bbrought the meeting to a close\b/i;
const END_LINE_4 = /\b(?:closed|ended) the meeting\b/i;
const END_LINE_5 = /^(?:meeting\s+)?(?:closed|ended)\s+at\b/i;
const END_LINE_6 = /^(?:there being no (?:other|further) business)/i;
const END_LINE_7 = /\bdaeth y cyfarfod i ben\b/i;
const END_LINE_8 = /\b(?:final\s+)?closure\s+of\s+the\s+meeting\b|\bmeeting\s+(?:was\s+)?(?:closed|ended|finished|concluded)\s+at\b/i;

/** `The meeting ended at 4.45 pm`, `The meeting closed at 21.45pm`, `... brought the meeting to a close at 9.50pm`. */
export const EndLine = lineToken(
  "EndLine",
  (c) =>
    // (every line is asked: one quick look first for a word that all the forms need)
    END_WORDS.test(c) &&
    ((END_LINE_1.test(c) &&
      !END_LINE_2.test(c) &&
      c.length < 160) ||
      END_LINE_3.test(c) ||
      (END_LINE_4.test(c) && c.length < 240) ||
      END_LINE_5.test(c) ||
      END_LINE_6.test(c) ||
      END_LINE_7.test(c) ||
      (END_LINE_8.test(c) && c.length < 200)),
);

const TABLE_ROW_1 = /[^\t]\t+[^\t]/;

/** A row of a tab-separated table: two or more cells. */
export const TableRow = lineToken("TableRow", (c) => TABLE_ROW_1.test(c));

const LONE_NUMBER = new RegExp(String.raw`^(?:minute\s+)?${MINUTE_NUMBER}\.?$`, "i");

const ITEM_NUMBER_1 = /^minute\s/i;
const ITEM_NUMBER_2 = /[./]/;
const ITEM_NUMBER_3 = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;
const ITEM_NUMBER_4 = /^\d+\.\d\d$/;

/** `60.` or `204/19` alone on its line: a minute number whose title is on another line. */
export const ItemNumber = lineToken(
  "ItemNumber",
  (c) =>
    (c.length <= 40 || ITEM_NUMBER_1.test(c)) &&
    LONE_NUMBER.test(c) &&
    ITEM_NUMBER_2.test(c) &&
    !ITEM_NUMBER_3.test(c) && // a date in a table cell
    !ITEM_NUMBER_4.test(c), // an amount in a table cell
);

const NUMBER_FIRST = new RegExp(String.raw`^(?:(?:minute|item|eitem)\s+)?(${MINUTE_NUMBER})(\.?)(\)?)(?:[ \t]*[-–—:][ \t]*|[ \t]+|(?=[A-Z][a-z]))(\S.*)$`, "i");

const NUMBERED_LINE_1 = /^(?:\d|[A-Za-z]{2,4}\/?\d|minute|item|eitem)/i;
const NUMBERED_LINE_2 = /^[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/;
const NUMBERED_LINE_3 = /^\d{1,2}\.\d{2}\s*(?:[ap]\.?m\b|hrs?\b)/i;
const NUMBERED_LINE_4 = /^(?:(?:am|pm|a\.m|p\.m|hrs|st|nd|rd|th|per|x)\b|%|£)/i;
const NUMBERED_LINE_5 = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
const NUMBERED_LINE_6 = /^\d+\/\d{1,2}\/(?:19|20)\d\d$/;
const NUMBERED_LINE_7 = /^\d{1,2}$/;
const NUMBERED_LINE_8 = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b/i;
const NUMBERED_LINE_9 = /[./]/;
const NUMBERED_LINE_10 = /^[A-Za-z]/;
const NUMBERED_LINE_11 = /^[A-Z][A-Z'’&,\- ]{2,}/;

/**
 * A line that opens with a minute number: `23. APOLOGIES FOR ABSENCE`, `204/19 Apologies`,
 * `16.07.2 Register of Interests`, `229/18To Approve: ...`. A plain integer needs its dot, or a
 * title in capitals, so that a wrapped line ("86 females, this was ...") stays text.
 */
export const NumberedLine = lineToken("NumberedLine", (c) => {
  // a number, or a few letters before one ("PLA146/14"), or "Minute", "Item", "Eitem"
  if (!NUMBERED_LINE_1.test(c)) return false;
  const m = NUMBER_FIRST.exec(c);
  if (!m) return false;
  const [, num, dot, paren, rest] = m as unknown as [string, string, string, string, string];
  if (paren) return false; // "1) ..." is a clause
  if (NUMBERED_LINE_2.test(c)) return false; // a postcode: "SA19 7NF"
  if (NUMBERED_LINE_3.test(`${num}${dot} ${rest}`)) return false; // a time
  if (NUMBERED_LINE_4.test(rest)) return false;
  // a date, or page debris fused to one; "14/06/10" is as likely minute 10 of June 2014
  if (NUMBERED_LINE_5.test(num) || NUMBERED_LINE_6.test(num)) return false;
  // "24 SEPTEMBER 2009" is a date, not minute 24
  if (NUMBERED_LINE_7.test(num) && NUMBERED_LINE_8.test(rest)) return false;
  const structured = NUMBERED_LINE_9.test(num + dot) || NUMBERED_LINE_10.test(num);
  if (structured) return true;
  return NUMBERED_LINE_11.test(rest);
});

const CLAUSE_LINE_1 = /^(?:[-*•·]\s*)?(?:\(\s*(?:[a-zA-Z]|[ivxIVX]{1,5}|\d{1,2})\s*\)|(?:[a-zA-Z]|[ivx]{1,5}|\d{1,2})\))\s*\S/;

/** `a) Endorse the ...`, `- b) Delegated ...`, `(iii) ...`, `1) ...`: a labelled clause or point. */
export const ClauseLine = lineToken("ClauseLine", (c) => CLAUSE_LINE_1.test(c));

const BULLET_LINE_1 = /^(?:[-*+]\s+|[•·▪◦‣⁃●○■□➢➤✓§]\s*)\S/;

/** `- The outcome ...`, `· The judgement ...`, `• Smart`: a bullet point. */
export const BulletLine = lineToken("BulletLine", (c) => BULLET_LINE_1.test(c));

const HEADING_LINE_1 = /^[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$/;
const HEADING_LINE_2 = /^#{1,6}\s/;
const HEADING_LINE_3 = /^(?:\*\*|__|<b>|<strong>)/i;
const HEADING_LINE_4 = /(?:\*\*|__|<\/b>|<\/strong>):?$/i;
const HEADING_LINE_5 = /\*\*.+\*\*.+\*\*/;
const HEADING_LINE_6 = /^\([^()]*\)\s*$/;
const HEADING_LINE_7 = /[a-z]/;
const HEADING_LINE_8 = /[^\p{L}]/gu;
const HEADING_LINE_9 = /\p{Lu}{2}/u;

/**
 * A heading: `# ...`, a line wholly in bold, or a line in capitals (`APOLOGIES FOR ABSENCE`).
 */
export const HeadingLine = lineToken("HeadingLine", (c, raw) => {
  if (c.length > 160) return false;
  if (HEADING_LINE_1.test(c)) return false; // a postcode on its own line of an address
  const t = raw.trim();
  if (HEADING_LINE_2.test(t)) return true;
  if (HEADING_LINE_3.test(t) && HEADING_LINE_4.test(t) && !HEADING_LINE_5.test(t)) return true;
  // "MINUTES OF THE MEETING HELD ON 23 JUNE 2009 (Agenda item 3)": a bracketed note does not count
  const open = c.lastIndexOf("(");
  const body = open >= 0 && HEADING_LINE_6.test(c.slice(open)) ? c.slice(0, open) : c;
  if (HEADING_LINE_7.test(body)) return false; // (most lines: a lower-case letter says no at once)
  const letters = body.replace(HEADING_LINE_8, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && HEADING_LINE_9.test(letters);
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
