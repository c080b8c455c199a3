// Each line class of the grammar on real lines of minutes (the source is named beside each).
import { describe, expect, it } from "vitest";
import { parseParts, parseText, makeView, type ParseOutput } from "../../grammar/index.js";
import { fixtureTexts, read } from "../helpers.js";
import { cleanLine } from "../../grammar/markup.js";
import { tokenize } from "../../grammar/lexer.js";

const kinds = (text: string) => tokenize(text).tokens.map((t) => t.tokenType.name);
const kind = (line: string) => kinds(line)[0];

describe("line classes", () => {
  it.each([
    ["23. APOLOGIES FOR ABSENCE", "NumberedLine"], // seed 000
    ["**152. APOLOGIES FOR ABSENCE**", "NumberedLine"], // seed 003
    ["44. **CORPORATE PARENTING STRATEGY**", "NumberedLine"], // seed 002
    ["25. QUESTIONS FROM MEMBERS OF THE PUBLIC (Pages 7 - 12)", "NumberedLine"], // seed 000
    ["60.", "ItemNumber"], // seed 004
    ["222/18 Emergency Evacuation Procedures was advised by the Vice- Chair.", "NumberedLine"], // Stoke Ferry 2018
    ["229/18To Approve: Costs for Movement of Play Equipment to Playing Field Committee", "NumberedLine"], // Stoke Ferry 2018
    ["16.07.2 Register of Interests", "NumberedLine"], // Milburn 2016
    ["Minute No. 45 – Declarations of Interest", "NumberedLine"], // a district council's form
    ["Item 5: Finance and budget monitoring", "NumberedLine"],
    ["Item 5 was discussed at length and deferred.", "TextLine"], // a sentence, not a heading
    ["Minute No. 47", "ItemNumber"],
    ["86 females, this was still a higher proportion of male staff than found in other", "TextLine"], // seed 004
    ["Resolved: That the minutes of the meeting held on 28 November 2024 be approved as a correct record and signed by the Chairperson.", "ResolutionLabel"], // seed 002
    ["**RESOLVED:**", "ResolutionLabel"], // seed 003
    ["RECOMMENDATIONS:", "ResolutionLabel"], // seed 004
    ["AGREED:", "ResolutionLabel"], // seed 004
    ["ACTIONS:", "ActionLabel"], // seed 004
    ["**ACTION: Director of Children's Services and improvement partner to deliver workshop on restorative/relational practice.**", "ActionLabel"], // seed 003
    ["a) Noted and welcomed this first workforce report to the Committee as an interim", "ClauseLine"], // seed 004
    ["- a) **Endorse the corporate parenting strategy 2025-2027 as approved by the Corporate Parenting Board (appendix 1)**", "ClauseLine"], // seed 002
    ["- The department for education had appointed Eleanor Brazil as the commissioner for children's services in Herefordshire.", "BulletLine"], // seed 000
    ["·       The inspectors had also welcomed the permanent leadership team", "BulletLine"], // seed 001
    ["PQ 2\tMs Currie, Hereford\t<p>Where staff (past and present) are identified</p>\tCabinet member children and families", "QuestionRow"], // seed 000
    ["<b>Questioner:</b>\tEddy Parkinson", "QuestionField"], // seed 003
    ["Response to supplementary question (cabinet member children and families):", "QuestionField"], // seed 000
    ["Written response sent on 13 October 2022:", "QuestionField"], // seed 000
    ["The meeting ended at 4.45 pm", "EndLine"], // seed 000
    ["The meeting closed at 21.45pm", "EndLine"],
    ["APOLOGIES FOR ABSENCE", "HeadingLine"], // seed 004
    ["## Others in attendance:", "HeadingLine"], // seed 003
    ["Signed _______________________________ Dated __________________________", "SignatureLine"], // Milburn 2016
    ["7", "PageNumber"], // seed 000
    ["Page 1 of 3", "PageNumber"], // Milburn 2016
    ["------\t---------------------\t--\t--------------------------------------", "Separator"], // seed 000
    ["Hannah Bannister-White\tOperational Lead Public Health Nursing\tWye Valley NHS Trust", "TableRow"], // seed 003
    ["The purpose of the report was to provide the Committee with an update on the workforce", "TextLine"], // seed 004
  ])("%s is a %s", (line, expected) => {
    expect(kind(line)).toBe(expected);
  });

  it("splits a separator glued to the next minute number (seed 004)", () => {
    expect(kinds("---o0o--67.")).toEqual(["Separator", "ItemNumber"]);
  });

  it("never fails to lex: every line has a class", () => {
    const r = tokenize("\u0000\u0001 odd \t bytes\r\n\r\n\f\n***\n<p></p>\n");
    expect(r.errors).toEqual([]);
  });
});

describe("markup", () => {
  it.each([
    ["**152. APOLOGIES FOR ABSENCE**", "152. APOLOGIES FOR ABSENCE"],
    ["<b>Questioner:</b>\tEddy Parkinson", "Questioner:\tEddy Parkinson"],
    ["## Others in attendance:", "Others in attendance:"],
    ["1\\. Apologies", "1. Apologies"],
    ["Link: [Home - Social Work England](#)", "Link: Home - Social Work England"],
    ["*Note: Board members in attendance remotely may not vote.*", "Note: Board members in attendance remotely may not vote."],
    ["*Denotes virtual attendance", "*Denotes virtual attendance"],
    ["Cllr\u00a0Jo&nbsp;Bruce", "Cllr Jo Bruce"],
    ["<!DOCTYPE html>", ""],
    ["Minutes of the meeting <!-- draft v2 --> of 3 June", "Minutes of the meeting of 3 June"],
    ["Costs < 5 and > 2 stay", "Costs < 5 and > 2 stay"],
  ])("%s -> %s", (raw, clean) => expect(cleanLine(raw)).toBe(clean));
});

describe("blocks", () => {
  it("joins a lone minute number with its title on the next line (seed 004)", () => {
    const { blocks } = parseText("60.\n\nAPOLOGIES FOR ABSENCE\nApologies were received from Councillor Graham Andrews\n");
    expect(blocks.map((b) => [b.kind, b.tokens.map((t) => t.tokenType.name)])).toEqual([["itemHeading", ["ItemNumber", "HeadingLine", "TextLine"]]]);
  });
  it("keeps hard-wrapped lines of a clause together (seed 004)", () => {
    const { blocks } = parseText("a) Noted and welcomed this first workforce report to the Committee as an interim\nreport, being part of the improvement plan process\nb) Asked that the detail\n");
    expect(blocks.map((b) => [b.kind, b.tokens.length])).toEqual([["clause", 2], ["clause", 1]]);
  });
});

describe("source view", () => {
  it("breaks an HTML table onto lines and maps offsets back (Northwold 2014)", () => {
    const src = "x\n<table><tr><td>14/06/1</td><td>Public Forum</td></tr></table>\n";
    const v = makeView(src);
    expect(v.text.split("\n").filter(Boolean)).toEqual(["x", "14/06/1", "Public Forum"]);
    const at = v.text.indexOf("Public");
    expect(src.slice(v.toSource(at), v.toSource(at) + 6)).toBe("Public");
  });
  it("breaks a run-on document before minute numbers in sequence (Wretton 2017)", () => {
    const line = "MINUTES OF WRETTON PARISH COUNCIL MEETING HELD AT THE CHURCH MONDAY 3RD JULY 2017 ".repeat(4) +
      "1. No Apologies for Absence received 2. No Declarations of Interest made 3. The Minutes of the meetings were agreed. 4. Matters Arising from previous meetings";
    const v = makeView(line);
    expect(v.text.split("\n").map((l) => l.slice(0, 3))).toEqual(["MIN", "1. ", "2. ", "3. ", "4. "]);
  });
});

describe("parser rules on real lines", () => {
  const rules = (text: string) => parseText(text).blocks.map((b) => b.kind);
  it.each([
    ["itemHeading", "23. APOLOGIES FOR ABSENCE\nApologies for absence were received from Councillors Bartrum, Harvey."], // seed 000
    ["heading", "DATE OF NEXT MEETING"], // seed 004
    ["labelBlock", "RECOMMENDATIONS:\nHaving reviewed the information provided, the Committee:"], // seed 004
    ["questionBlock", "<b>Supplementary Question:</b>\t\nI draw attention to the last sentence of the response."], // seed 003
    ["clause", "b) Asked that the detail and information contained in the pdf documents on the\nHerefordshire Social Work Academy website be reviewed"], // seed 004
    ["bullet", "- The judgement was a significant concern to all associated with the council"], // seed 000
    ["table", "Question\tQuarter 4 2021/22\tQuarter 1 2022/23\n% of audited plans considered to be good\t2%\t7%"], // seed 000
    ["endLine", "The meeting ended at 15:15"], // seed 002
    ["furniture", "---o0o---"], // seed 004
    ["paragraph", "The Leader of the Council introduced the report.\nIt was highlighted that the strategy is raising awareness."], // seed 002
  ])("%s: %s", (rule, text) => {
    expect(rules(text)).toEqual([rule]);
  });
  it("leaves a numbered point after a label to src/ (seed 004: 'ACTIONS:' then '1. That ...')", () => {
    expect(rules("ACTIONS:\n1. That quantitative data for the report presented be sent to Committee Members.")).toEqual(["labelBlock", "itemHeading"]);
  });
  it("keeps every line, a stray control character too, with no errors", () => {
    const r = parseText("23. APOLOGIES\n\u0007\nText\n");
    expect(r.parseErrors).toEqual([]);
    expect(r.lexErrors).toEqual([]);
    expect(r.blocks.map((b) => b.tokens.map((t) => t.image))).toEqual([["23. APOLOGIES", "\u0007", "Text"]]);
  });
});

describe("parsing a part at a time", () => {
  // every fixture one after another, with line ends of each kind and a run of blank lines, as one text
  const fixtures = fixtureTexts().map(read);
  const text = [...fixtures, fixtures[0]!.replace(/\n/g, "\r\n"), "\n\n\n\n", fixtures[1]!].join("\n");
  const shape = (parts: Iterable<ParseOutput>) =>
    [...parts].flatMap((p) => p.blocks.map((b) => [b.kind, b.gapBefore, b.tokens.map((t) => [t.tokenType.name, t.image, t.payload, t.startOffset, t.endOffset, t.startLine, t.endLine, t.startColumn])]));
  const whole = shape(parseParts(text, Infinity));
  it.each([1, 997, 4096, 65536])("gives the blocks of the whole text, in parts of %i characters", (chunk) => {
    expect([...parseParts(text, chunk)].length).toBeGreaterThan(chunk < 100000 ? 1 : 0);
    expect(shape(parseParts(text, chunk))).toEqual(whole);
  });
  it("has real work to do: over 2,000 blocks in the fixtures", () => {
    expect(whole.length).toBeGreaterThan(2000);
    // blocks after a blank line and blocks straight after the one before, both
    expect(new Set(whole.map((b) => b[1]))).toEqual(new Set([true, false]));
  });
  it("ends on a text of blank lines and on the empty text", () => {
    expect([...parseParts("\n\n\n", 1)].flatMap((p) => p.blocks)).toEqual([]);
    expect([...parseParts("", 1)]).toEqual([]);
  });
});
