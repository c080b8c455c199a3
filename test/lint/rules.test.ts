// Each rule on real minutes: the defects the fixtures really hold, the real forms a rule must not
// take for defects, and real lines changed in one place (said so) where no fixture holds the defect.
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint.js";
import type { Rule } from "../../src/lint/rule.js";
import { findRule } from "../../src/lint/rules/index.js";
import { fixtureTexts, read, seed } from "../helpers.js";

const rule = (alias: string): Rule => findRule(alias)!;
const hits = (alias: string, text: string) => lintText(text, new Map(), [rule(alias)]).map((m) => `${m.line}:${m.column}`);
const messages = (alias: string, text: string) => lintText(text, new Map(), [rule(alias)]).map((m) => m.message);
const s = (n: string) => read(seed(n));
const corpus = (name: string) => read(`corpus/${name}.txt`);
/** A real text with one change: fails the test if the original is not there. */
const change = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

describe("rules on real minutes", () => {
  it("header-incomplete: 001, a single agenda-item page, has no meeting header; the other seeds do", () => {
    expect(messages("header-incomplete", s("001"))).toEqual(["the meeting header does not give the body that met, the date, the start time"]);
    for (const n of ["000", "002", "003", "004"]) expect(hits("header-incomplete", s(n))).toEqual([]);
  });
  it("weekday-mismatch: every weekday beside a date in the fixtures is right; one changed is caught", () => {
    for (const f of fixtureTexts()) expect(hits("weekday-mismatch", read(f)), f).toEqual([]);
    // 004: "The date of the next meeting was noted as Tuesday 22 March 2022 at 2.30pm."
    const text = change(s("004"), "noted as Tuesday 22 March 2022", "noted as Monday 22 March 2022");
    expect(messages("weekday-mismatch", text)).toEqual(["'Monday 22 March 2022': 22 March 2022 is a Tuesday, not a Monday"]);
  });
  it("end-time-missing / end-time-invalid: 001 says no end; 003 ends at 'Time Not Specified'; 004 at 5.30 pm", () => {
    expect(hits("end-time-missing", s("001"))).toEqual(["164:1"]);
    expect(hits("end-time-invalid", s("003"))).toEqual(["465:22"]);
    expect(hits("end-time-missing", s("004"))).toEqual([]);
    expect(hits("end-time-invalid", s("004"))).toEqual([]);
    // 004 began at 2.30 pm: an end at 1.30 pm is before it
    expect(messages("end-time-invalid", change(s("004"), "The meeting ended at 5.30 pm", "The meeting ended at 1.30 pm"))).toEqual(["the meeting ends at '1.30 pm', before it started (14:30)"]);
  });
  it("html-tag: the <p> and <b> of 000 and 003; none in 002 or 004", () => {
    expect(hits("html-tag", s("003")).slice(0, 3)).toEqual(["68:1", "69:1", "70:1"]);
    expect(hits("html-tag", s("000"))).toContain("215:24");
    expect(hits("html-tag", s("002"))).toEqual([]);
    expect(hits("html-tag", s("004"))).toEqual([]);
  });
  it("unbalanced-emphasis: 002's two lone '**'; signature rules of underscores are not emphasis (Milburn)", () => {
    expect(hits("unbalanced-emphasis", s("002"))).toEqual(["84:233", "118:107"]);
    // "Signed _______________________________ Dated __________________________"
    expect(hits("unbalanced-emphasis", corpus("milburn-parish-council_parish-council_2016-07-05"))).toEqual([]);
  });
  it("empty-link: 000's three links to '#'", () => {
    expect(hits("empty-link", s("000"))).toEqual(["169:183", "205:268", "205:534"]);
  });
  it("item-number-sequence / item-number-gap: 002's minutes 38 to 45 run clean; a repeat and a gap are caught", () => {
    expect(hits("item-number-sequence", s("002"))).toEqual([]);
    expect(hits("item-number-gap", s("002"))).toEqual([]);
    const repeated = change(s("002"), "43. REPORTS FROM SCRUTINY COMMITTEES", "42. REPORTS FROM SCRUTINY COMMITTEES");
    expect(messages("item-number-sequence", repeated)).toEqual(["minute number 42 is used twice (first at line 56)"]);
    const skipped = change(s("002"), "41. QUESTIONS FROM MEMBERS OF THE PUBLIC", "QUESTIONS FROM MEMBERS OF THE PUBLIC");
    expect(messages("item-number-gap", skipped)).toContain("minute number 42 follows 40: one number is missing");
  });
  it("item-number-displaced: 004's '71.' stands in minute 70's text; 004's other lone numbers are next to their headings", () => {
    expect(hits("item-number-displaced", s("004"))).toEqual(["381:1"]);
  });
  it("item-no-title: the seeds' minutes all have titles; a heading removed is caught", () => {
    for (const n of ["000", "002", "003", "004"]) expect(hits("item-no-title", s(n))).toEqual([]);
    expect(messages("item-no-title", change(s("002"), "39. DECLARATIONS OF INTEREST", "39."))).toEqual(["minute 39 has no title"]);
  });
  it("clause-sequence: 004's recommendations a) and b) pass; b) relettered d) is caught", () => {
    expect(hits("clause-sequence", s("004"))).toEqual([]);
    const text = change(s("004"), "b) The current report be used as a bench mark", "d) The current report be used as a bench mark");
    expect(messages("clause-sequence", text)).toEqual(["clause 'd' follows 'a': out of sequence"]);
  });
  it("present-and-apologies: 002 passes; apologies from a councillor listed present are caught", () => {
    expect(hits("present-and-apologies", s("002"))).toEqual([]);
    const text = change(s("002"), "There were apologies from Councillor Powell.", "There were apologies from Councillor Powell and Councillor Barry Durkin.");
    expect(messages("present-and-apologies", text)).toEqual(["Barry Durkin gave apologies but is also listed as attending (Barry Durkin, line 12)"]);
  });
  it("substitute-without-apology: 003's substitute stands in for a member with apologies; for anyone else it is caught", () => {
    expect(hits("substitute-without-apology", s("003"))).toEqual([]);
    const text = change(s("003"), "Councillor Frank Cornthwaite substituted for Councillor Rob Williams.", "Councillor Frank Cornthwaite substituted for Councillor Ann Other.");
    expect(messages("substitute-without-apology", text)).toEqual(["Frank Cornthwaite substitutes for Ann Other, who is not among the apologies"]);
  });
  it("chair-not-attendee: the seeds' chairs attend; 002's chair moved to the apologies is caught", () => {
    for (const n of ["000", "002", "003", "004"]) expect(hits("chair-not-attendee", s(n))).toEqual([]);
    // 002's chairperson moved from the members present to the apologies
    let text = change(s("002"), "**Councillor Jonathan Lester, Leader of the Council (Chairperson)\n", "**");
    text = change(text, "Cabinet Members Physically Present and voting:", "Chairperson: Councillor Jonathan Lester\n\nCabinet Members Physically Present and voting:");
    text = change(text, "There were apologies from Councillor Powell.", "There were apologies from Councillor Powell and Councillor Jonathan Lester.");
    expect(messages("chair-not-attendee", text)).toEqual(["the chair, Jonathan Lester, is listed with apologies, not as attending"]);
  });
  it("question-no-response: written responses promised in 000 (PQ 5) and 003 and never recorded", () => {
    expect(messages("question-no-response", s("000"))).toEqual(["question PQ 5: a written response is promised but not recorded"]);
    expect(messages("question-no-response", s("003"))).toEqual(["question from Hannah Currie: a written response is promised but not recorded"]);
  });
  it("resolution-no-text: Merton's bare NOTED is a decision; 002's resolution emptied is caught", () => {
    expect(hits("resolution-no-text", corpus("merton-council_audit-committee_2009-09-24"))).toEqual([]);
    const text = change(s("002"), "Resolved: That the minutes of the meeting held on 28 November 2024 be approved as a correct record and signed by the Chairperson.", "Resolved:");
    expect(hits("resolution-no-text", text)).toEqual(["50:1"]);
  });
  it("draft-marker: 002's 'DRAFT' line; not Merton's standing notice that minutes are draft until agreed", () => {
    expect(hits("draft-marker", s("002"))).toEqual(["3:1"]);
    expect(hits("draft-marker", corpus("merton-council_audit-committee_2009-09-24"))).toEqual([]);
  });
  it("name-spelling: Stoke Ferry 2011 lists 'Cllr R Bivons' and then says 'Cllr Bivon' three times", () => {
    expect(messages("name-spelling", corpus("stoke-ferry-parish-council_parish-council_2011-06-22"))).toEqual(["'Bivons' here, 'Bivon' at line 22: one name spelt two ways?"]);
    for (const n of ["000", "002", "003", "004"]) expect(hits("name-spelling", s(n))).toEqual([]);
  });
  it("unplaced-text: 001 has no meeting structure; lines kept in Merton's preamble are info, not defects", () => {
    expect(messages("unplaced-text", s("001"))).toEqual(["no meeting structure was found (no header, no attendance, no numbered items): is this a set of minutes? [no-meeting-structure]"]);
    expect(hits("unplaced-text", corpus("merton-council_audit-committee_2009-09-24"))).toEqual([]);
  });
});
