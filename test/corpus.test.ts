// Forms of other councils' minutes, pinned on real lines of the corpus fixtures (source named in
// each test), and on single lines where the form is a line's.
import { describe, expect, it } from "vitest";
import { tallyOf } from "../src/decisions.js";
import { parseMinutes } from "../src/parse.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixtures, parsed } from "./helpers.js";

const doc = (name: string) => parsed(`corpus/${name}.txt`);
const item = (d: ReturnType<typeof doc>, n: string, k = 1) => d.items.filter((i) => i.number === n)[k - 1]!;

describe("headers", () => {
  it("reads a council name first and the date after it (Stoke Ferry 2018)", () => {
    const d = doc("stoke-ferry-parish-council_ordinary-meeting_2018-11-07");
    expect(d.meeting).toMatchObject({ body: "STOKE FERRY PARISH COUNCIL", date: "2018-11-07", startTime: "19:00", venue: "Stoke Ferry Village Hall", draft: true });
  });
  it("reads a Welsh header (Manordeilo a Salem 2020)", () => {
    const d = doc("manordeilo-salem-community-council_community-council-welsh_2020-02-12");
    expect(d.meeting).toMatchObject({ body: "Cyngor Cymuned Manordeilo a Salem", date: "2020-02-12", startTime: "19:30", venue: "Ystafell Ddarllen, Cwmifor", chair: "O. Williams" });
  });
  it("finds the minutes inside an agenda pack, with a time range (Merton 2009)", () => {
    const d = doc("merton-council_audit-committee_2009-09-24");
    expect(d.meeting).toMatchObject({ body: "AUDIT COMMITTEE", date: "2009-09-24", startTime: "19:15", endTime: "20:27", draft: true });
    expect(d.nextMeeting).toMatchObject({ date: "2009-10-22", time: "19:15" });
    expect(d.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
  });
  it("reads a run-on one-line document (Wretton 2017)", () => {
    const d = doc("wretton-parish-council_parish-council_2017-07-03");
    expect(d.meeting).toMatchObject({ body: "WRETTON PARISH COUNCIL", date: "2017-07-03", venue: "THE CHURCH", chair: "David Llewellyn" });
    expect(d.items.map((i) => i.number)).toEqual(expect.arrayContaining(["1", "5", "5.1", "5.2", "5.3", "6", "6.1", "10"]));
  });
});

describe("attendance", () => {
  it("splits run-on names before each honorific (Stoke Ferry 2018: 'Cllr Jim McNeill (Vice-Chair) Cllr Daphne Clements')", () => {
    const names = doc("stoke-ferry-parish-council_ordinary-meeting_2018-11-07").attendees.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Jim McNeill", "Daphne Clements", "Gail Reeve", "Helen Richardson"]));
  });
  it("reads a role before a name and a couple (Milburn 2016: 'Clerk J Connelly', 'Mr & Mrs Godfrey')", () => {
    const d = doc("milburn-parish-council_parish-council_2016-07-05");
    expect(d.attendees.find((a) => a.name === "J Connelly")?.role).toBe("Clerk");
    expect(d.attendees.filter((a) => a.name === "Godfrey").map((a) => a.honorific)).toEqual(["Mr", "Mrs"]);
  });
  it("reads Welsh lists and apologies (Manordeilo a Salem 2020: 'Cynghorwyr ... a’r Cynghorydd Sir Joseph Davies')", () => {
    const d = doc("manordeilo-salem-community-council_community-council-welsh_2020-02-12");
    expect(d.attendees.filter((a) => a.attendance === "present").map((a) => a.name)).toContain("Joseph Davies");
    expect(d.attendees.filter((a) => a.attendance === "apologies").map((a) => a.name)).toEqual(["Kim Davies", "Hubert Gwynn", "Peter Harries", "Dorian Jenkins", "Andrew Thomas"]);
  });
});

describe("decisions and votes", () => {
  it("reads a motion written in fragments (Stoke Ferry 2015: 'Proposed: Cllr Lintern. Seconded: Cllr Mann. Carried.')", () => {
    const r = item(doc("stoke-ferry-parish-council_parish-council_2015-02-11"), "2").resolutions[0]!;
    expect(r).toMatchObject({ proposer: "Lintern", seconder: "Mann" });
  });
  it("reads counts in words and a lost motion as a vote only (Stoke Ferry 2015)", () => {
    const d = doc("stoke-ferry-parish-council_parish-council_2015-02-11");
    expect(item(d, "7").resolutions[0]!.vote).toMatchObject({ for: 6, against: 1 });
    const five = item(d, "5");
    expect(five.resolutions).toEqual([]);
    expect(five.votes.map((v) => [v.for, v.against, v.outcome])).toEqual([[3, 4, "lost"], [1, 8, "lost"]]);
  });
  it("reads an election: the winner's nomination and each candidate's votes (Stoke Ferry 2011)", () => {
    const one = item(doc("stoke-ferry-parish-council_parish-council_2011-06-22"), "1");
    expect(one.resolutions).toHaveLength(1);
    expect(one.resolutions[0]).toMatchObject({ proposer: "Buckley-Stevens", seconder: "Taylor", vote: { for: 5 } });
    expect(one.votes.map((v) => [v.subject, v.for, v.outcome])).toEqual([["Ryves", 5, "carried"], ["Bivon", 2, "lost"]]);
  });
  it("reads an approval with abstentions and 'the Chair proposed ... four were in favour' (Stoke Ferry 2018)", () => {
    const d = doc("stoke-ferry-parish-council_ordinary-meeting_2018-11-07");
    expect(item(d, "226/18").resolutions.map((r) => r.vote.abstentions)).toEqual([1, 2]);
    expect(item(d, "230/18").resolutions[0]).toMatchObject({ proposer: "the Chair", vote: { for: 4, abstentions: 2 } });
  });
  it("reads inline numbered clauses (West Dereham 2017: 'RESOLVED: 1) ... 2) ...')", () => {
    const d = doc("west-dereham-parish-council_parish-council_2017-04-06");
    expect(item(d, "34/17").resolutions[0]!.clauses.map((c) => c.label)).toEqual(["1", "2"]);
    expect(item(d, "37/17").resolutions[0]!.clauses.map((c) => c.label)).toEqual(["1", "2"]);
  });
  it("reads Welsh motions (Manordeilo a Salem 2020: 'Cynigiwyd gan y Cyng. D. Jones, eiliwyd gan y Cyng. J. Davies ac roedd pawb yn gytun')", () => {
    const d = doc("manordeilo-salem-community-council_community-council-welsh_2020-02-12");
    const r = d.items.find((i) => i.title === "CADARNHAU COFNODION Y CYFARFOD DIWETHAF")!.resolutions[0]!;
    expect(r).toMatchObject({ proposer: "D. Jones", seconder: "J. Davies", vote: { unanimous: true } });
  });
  it("does not take plain narrative for a decision (Wretton 2017: 'were agreed as a true record')", () => {
    expect(item(doc("wretton-parish-council_parish-council_2017-07-03"), "3").resolutions).toEqual([]);
  });
});

describe("actions, minutes after the close, questions", () => {
  it("reads an action column flattened onto its own line (Manordeilo a Salem 2016: '... make a donation of £50.00.' / 'Clerk')", () => {
    const five = item(doc("manordeilo-salem-community-council_community-council_2016-09-14"), "5");
    expect(five.actions.map((a) => a.owner)).toEqual(["Clerk"]);
  });
  it("reads action marks typed into the text (Northwold 2018: '\\*Clerk asked to contact TTSR about this ...')", () => {
    expect(item(doc("northwold-parish-council_ordinary-meeting_2018-06-05"), "2").actions[0]!.text).toMatch(/^Clerk asked to contact TTSR about this/);
  });
  it("keeps minutes that follow the official close and takes the final closing time (West Dereham 2017)", () => {
    const d = doc("west-dereham-parish-council_parish-council_2017-04-06");
    expect(d.items.at(-1)!.number).toBe("47/17");
    expect(d.meeting.endTime).toBe("21:30");
  });
  it("reads question lines with their answers as member questions (Merton 2009)", () => {
    const qs = doc("merton-council_audit-committee_2009-09-24").questions;
    expect(qs.length).toBeGreaterThanOrEqual(5);
    expect(qs[0]!.question?.text).toMatch(/^What would be the effect on the Accounts/);
    expect(qs[0]!.response?.text).toMatch(/^There would be no net effect/);
    expect(qs.every((q) => q.kind === "member")).toBe(true);
  });
});

describe("single lines", () => {
  const one = (text: string) => parseMinutes(text).document;
  it("closes with 'The Chairman brought the meeting to a close at 9.50pm'", () => {
    expect(one("Minutes of the meeting of X Parish Council held at the Hall on 1 May 2019 at 7pm\n\n1. Apologies\nNone.\n\nThe Chairman brought the meeting to a close at 9.50pm\n").meeting.endTime).toBe("21:50");
  });
  it("reads 'Apologies of absence were provided for ... and Cllr C Sharp These were accepted by all.', and a resignation is no apology (Northwold 2017, extraordinary)", () => {
    const d = one(
      "Minutes of the Extraordinary Meeting of X Parish Council held at the Village Hall on 19 July 2017 at 7.30pm\n\n" +
        "1\\. ACCEPTANCE OF APOLOGIES FOR ABSENCE Apologies of absence were provided for Cllr A Muir, Cllr S Leet, Cllr S Gillet and Cllr C Sharp These were accepted by all.\n\n" +
        "Cllr Crisp formally announced the recently received resignation from Cllr A Muir who will be greatly missed and has been an asset to the Parish Council.\n",
    );
    expect(d.attendees.map((a) => [a.name, a.attendance])).toEqual([["A Muir", "apologies"], ["S Leet", "apologies"], ["S Gillet", "apologies"], ["C Sharp", "apologies"]]);
  });
  it("reads 'Prop KN 2nd BB All agreed.' with no stop between proposer and seconder (Wereham 2014)", () => {
    const d = one("Minutes of the meeting of X Parish Council held at the Hall on 1 May 2019 at 7pm\n\n12.0 Finance\nThe payments were approved. Prop KN 2nd BB All agreed.\n");
    expect(d.items[0]!.resolutions[0]).toMatchObject({ proposer: "KN", seconder: "BB", vote: { unanimous: true } });
  });
  it("reads 'Prop. GK, 2nd PN. 4 in favour, 2 against, JB abstained.' (Wereham 2014)", () => {
    const d = one("Minutes of the meeting of X Parish Council held at the Hall on 1 May 2019 at 7pm\n\n1. Quotes\nThe quote was accepted. Prop. GK, 2nd PN. 4 in favour, 2 against, JB abstained.\n");
    expect(d.items[0]!.resolutions[0]).toMatchObject({ proposer: "GK", seconder: "PN", vote: { for: 4, against: 2 } });
  });
  it("takes the declarant from after a heading run into the sentence (Northwold 2017, extraordinary: '... Issue of Dispensations Cllr Crisp declared an interest ...')", () => {
    const d = doc("northwold-parish-council_extraordinary-meeting_2017-07-19");
    expect(d.declarations.map((x) => [x.name, x.item, x.text])).toEqual([["Crisp", null, "Cllr Crisp declared an interest in the Planning Application for Crips Yard"]]);
    // and a heading in capitals with no title before the name
    const e = one("Minutes of the meeting of X Parish Council held at the Hall on 1 May 2019 at 7pm\n\n1. MINUTES\nThe minutes of the last meeting were signed.\n\n2. DECLARATIONS OF INTEREST\nJohn Evans declared a personal interest in item 7.\n");
    expect(e.declarations.map((x) => [x.name, x.item, x.kind])).toEqual([["John Evans", "7", "personal"]]);
  });
  it("reads a decision's proposer, seconder and count on the line after it, labels with colons ('Proposed: Cllr Hughes  Seconded: Cllr Morgan  All in favour.')", () => {
    const head = "Minutes of the meeting of X Town Council held at the Town Hall on 14 October 2024 at 7pm\n\n";
    const d = one(`${head}FC/24/103 MINUTES\nRESOLVED that the minutes of the meeting held on 9th September 2024 be approved as a correct record.\nProposed: Cllr Hughes  Seconded: Cllr Morgan  All in favour.\n`);
    expect(d.items[0]!.resolutions).toHaveLength(1);
    expect(d.items[0]!.resolutions[0]).toMatchObject({ kind: "resolved", proposer: "Hughes", seconder: "Morgan", vote: { unanimous: true } });
    // the count in the next sentence of the same paragraph
    const e = one(`${head}FC/24/105 FINANCE\nIt was RESOLVED to approve payments totalling £12,450.32 as listed. Votes: 4 for, 1 against, 0 abstentions.\n`);
    expect(e.items[0]!.resolutions[0]!.vote).toEqual({ unanimous: null, for: 4, against: 1, abstentions: 0 });
    expect(e.items[0]!.votes.map((v) => [v.for, v.against, v.abstentions, v.outcome])).toEqual([[4, 1, 0, "carried"]]);
    // a paragraph of its own under the decision
    const f = one(`${head}7. GRANTS\nRESOLVED: to award £250 to the village hall.\n\nProposed: Cllr Okafor Seconded: Cllr Evans. Carried.\n`);
    expect(f.items[0]!.resolutions).toHaveLength(1);
    expect(f.items[0]!.resolutions[0]).toMatchObject({ proposer: "Okafor", seconder: "Evans" });
  });
});

describe("minutes numbered with a word", () => {
  it("reads 'Minute No. 45 – Declarations of Interest' as minute 45, and the text under it as the minute's", () => {
    const d = parseMinutes(
      "NORTH VALE DISTRICT COUNCIL\n\nPLANNING COMMITTEE\n\nMinutes of the meeting held at the Civic Offices, Station Road, on Wednesday, 5 March 2025 at 10.00 am\n\n" +
        "Present: Councillor Mrs J Whitfield (Chairman)\nCouncillors B Adeyemi, C Lowe, R Sandhu (Vice-Chairman) and T Wright\n\n" +
        "Minute No. 45 – Declarations of Interest\nThere were no declarations of interest.\n\n" +
        "Minute No. 46 – Minutes\nRESOLVED – That the minutes of the meeting held on 5 February 2025 be approved as a correct record.\n\n" +
        "Minute No. 47 – Appeals\nThe Committee noted the list of appeals lodged and decided.\n\nThe meeting ended at 11.40 am.\n",
    ).document;
    expect(d.items.map((i) => [i.number, i.title, i.resolutions.length])).toEqual([["45", "Declarations of Interest", 0], ["46", "Minutes", 1], ["47", "Appeals", 0]]);
    expect(d.attendees.map((a) => a.name)).toEqual(["J Whitfield", "B Adeyemi", "C Lowe", "R Sandhu", "T Wright"]);
    expect(d.meeting).toMatchObject({ chair: "J Whitfield", viceChair: "R Sandhu", endTime: "11:40" });
  });
});

describe("a town council's minutes", () => {
  it("takes the Mayor for the chair and the Deputy Mayor for the vice-chair, where no one is named chairman", () => {
    const d = parseMinutes(
      "ASHBY TOWN COUNCIL\n\nMINUTES OF THE FULL COUNCIL MEETING HELD ON MONDAY 14TH OCTOBER 2024 AT 7.00PM IN THE COUNCIL CHAMBER, TOWN HALL\n\n" +
        "PRESENT: Cllr R. Patel (Mayor), Cllr D. Hughes (Deputy Mayor), Cllr A. Okafor, Cllr L. Morgan\nIN ATTENDANCE: Mrs S. Clarke (Town Clerk), 4 members of the public\n\n" +
        "FC/24/101 APOLOGIES FOR ABSENCE\nApologies were received and accepted from Cllr M. Jones (work commitments).\n\n" +
        "FC/24/102 DECLARATIONS OF INTEREST\nCllr Okafor declared a non-pecuniary interest in item FC/24/103 as a member of the allotment society.\n\n" +
        "FC/24/103 ALLOTMENTS\nIt was RESOLVED to increase allotment rents by 3% from April 2025.\n\nThe meeting closed at 8.52pm.\n",
    ).document;
    expect(d.meeting).toMatchObject({ body: "ASHBY TOWN COUNCIL", date: "2024-10-14", startTime: "19:00", endTime: "20:52", chair: "R. Patel", viceChair: "D. Hughes" });
    expect(d.attendees.map((a) => [a.name, a.role, a.attendance, a.reason])).toEqual([
      ["R. Patel", "Mayor", "present", null],
      ["D. Hughes", "Deputy Mayor", "present", null],
      ["A. Okafor", null, "present", null],
      ["L. Morgan", null, "present", null],
      ["S. Clarke", "Town Clerk", "present", null],
      ["M. Jones", null, "apologies", "work commitments"],
    ]);
    expect(d.declarations.map((x) => [x.name, x.item, x.kind])).toEqual([["Okafor", "FC/24/103", "non-pecuniary"]]);
  });
});

describe("a parish council's labelled lines", () => {
  const d = parseMinutes(
    "LITTLE HAMPTON PARISH COUNCIL\nMinutes of the Parish Council Meeting held on Tuesday 1st April 2025 at 7.30pm in the Village Hall\n\n" +
      "Councillors present:\nCllr Sarah Price (Chair)\nCllr Tom Hollis\n\n" +
      "1/25 To receive apologies for absence\nCllr Dave Reid – holiday. Apologies accepted.\n\n" +
      "2/25 Public Forum\nQ: A resident asked whether the speed sign on Church Lane could be moved.\nA: The Chair said this would be discussed under item 3/25.\n\n" +
      "3/25 Highways\nIt was agreed that the Clerk would ask the County Council to move the speed sign. Action: Clerk\n\nMeeting closed at 8.40pm.\n",
  ).document;
  it("reads 'Q:' and 'A:' lines as a question and its answer, though the question has no question mark", () => {
    expect(d.questions.map((q) => [q.kind, q.item, q.question?.text, q.response?.text])).toEqual([
      ["public", "2/25", "A resident asked whether the speed sign on Church Lane could be moved.", "The Chair said this would be discussed under item 3/25."],
    ]);
  });
  it("reads 'Action: Clerk' at the end of a line as the action's owner", () => {
    expect(d.items[2]!.actions.map((a) => [a.owner, a.text])).toEqual([["Clerk", "It was agreed that the Clerk would ask the County Council to move the speed sign."]]);
  });
  it("reads 'Cllr Dave Reid – holiday' among apologies as a reason, not a role", () => {
    expect(d.attendees.map((a) => [a.name, a.role, a.attendance, a.reason])).toEqual([
      ["Sarah Price", "Chair", "present", null],
      ["Tom Hollis", null, "present", null],
      ["Dave Reid", null, "apologies", "holiday"],
    ]);
  });
});

describe("a committee under its council's name", () => {
  it("takes the committee on the line under the council's for the body, and no body from 'MINUTES of the meeting held ... in Committee Room 2'", () => {
    const one = (head: string) =>
      parseMinutes(`${head}\n\nPresent: Councillor Aisha Rahman (Chair), Councillor Ben Cole\n\n1 ELECTION OF CHAIR\nRESOLVED: That Councillor Rahman be elected Chair.\n\n2 APOLOGIES\nNone.\n`).document.meeting;
    expect(one("LONDON BOROUGH OF ELMWOOD\n\nLICENSING SUB-COMMITTEE\n\nMINUTES of the meeting held on 20 January 2025 at 6.30 pm in Committee Room 2, Town Hall")).toMatchObject({
      body: "LICENSING SUB-COMMITTEE", date: "2025-01-20", startTime: "18:30", venue: "Committee Room 2, Town Hall",
    });
    expect(one("NORTH VALE DISTRICT COUNCIL\n\nPLANNING COMMITTEE\n\nMinutes of the meeting held at the Civic Offices on Wednesday, 5 March 2025 at 10.00 am")).toMatchObject({
      body: "PLANNING COMMITTEE", date: "2025-03-05",
    });
    // a council's own meeting keeps the council's name
    expect(one("ASHBY TOWN COUNCIL\n\nMINUTES OF THE FULL COUNCIL MEETING HELD ON MONDAY 14TH OCTOBER 2024 AT 7.00PM").body).toBe("ASHBY TOWN COUNCIL");
  });
});

describe("a Scottish community council's minute", () => {
  it("takes the Convener for the chair and the Vice-Convener for the vice-chair, and reads 'PC L. Grant (Police Scotland)' as an attendee of their own", () => {
    const d = parseMinutes(
      "Kirkton Community Council\n\nMinute of Meeting held in Kirkton Community Hall on Thursday 13 February 2025 at 7pm\n\n" +
        "Sederunt: J. MacLeod (Convener), A. Stewart (Vice-Convener), M. Fraser\n" +
        "In attendance: Cllr D. Munro (Highland Council), PC L. Grant (Police Scotland), 2 members of the public\nApologies: S. Mackay\n\n" +
        "1. Minute of previous meeting\nThe minute was approved, proposed by M. Fraser and seconded by A. Stewart.\n\n2. AOCB\nNone.\n\nThe meeting closed at 8.30pm.\n",
    ).document;
    expect(d.meeting).toMatchObject({ chair: "J. MacLeod", viceChair: "A. Stewart", endTime: "20:30" });
    expect(d.attendees.map((a) => [a.name, a.honorific, a.role, a.attendance])).toEqual([
      ["J. MacLeod", null, "Convener", "present"],
      ["A. Stewart", null, "Vice-Convener", "present"],
      ["M. Fraser", null, null, "present"],
      ["D. Munro", "Cllr", "Highland Council", "present"],
      ["L. Grant", "PC", "Police Scotland", "present"],
      ["S. Mackay", null, null, "apologies"],
    ]);
  });
});

describe("a district committee's votes", () => {
  it("reads a lost motion's count from the sentence after it, and a decision's count after its last clause", () => {
    const d = parseMinutes(
      "PLANNING COMMITTEE\n\nMinutes of the meeting held at the Civic Offices on Wednesday, 5 March 2025 at 10.00 am\n\n" +
        "Minute No. 46 – Minutes\nRESOLVED – That the minutes of the meeting held on 5 February 2025 be approved.\n\n" +
        "Minute No. 47 – Application 24/1187/FUL – Land east of Mill Road, Hinton\n" +
        "The Senior Planning Officer presented the report. A motion to refuse the application was moved by Councillor Lowe and seconded by Councillor Wright. " +
        "On being put to the vote there were 3 votes for, 4 against and 1 abstention and the motion was lost.\n" +
        "It was then moved by Councillor Sandhu and seconded by Councillor Adeyemi that the application be approved.\n" +
        "RESOLVED – That:\n(1) planning permission be granted subject to the conditions in the report; and\n" +
        "(2) the Head of Planning be authorised to agree the final wording of the conditions.\n(For 5, Against 2, Abstentions 1)\n\n" +
        "The meeting ended at 11.40 am.\n",
    ).document;
    const it47 = d.items.find((i) => i.number === "47")!;
    // the lost motion is a vote, not a resolution
    expect(it47.votes.map((v) => [v.for, v.against, v.abstentions, v.outcome])).toEqual([[3, 4, 1, "lost"], [5, 2, 1, "carried"]]);
    expect(it47.resolutions).toHaveLength(1);
    expect(it47.resolutions[0]).toMatchObject({ kind: "resolved", proposer: "Sandhu", seconder: "Adeyemi", vote: { for: 5, against: 2, abstentions: 1 } });
    expect(it47.resolutions[0]!.clauses.map((c) => [c.label, c.text])).toEqual([
      ["1", "planning permission be granted subject to the conditions in the report; and"],
      ["2", "the Head of Planning be authorised to agree the final wording of the conditions."],
    ]);
  });
});

describe("a district committee's attendance", () => {
  it("reads officers written role first ('Head of Planning (G Hart)') and a substitute's sentence as one attendee with whom they stood for", () => {
    const d = parseMinutes(
      "PLANNING COMMITTEE\n\nMinutes of the meeting held at the Civic Offices on Wednesday, 5 March 2025 at 10.00 am\n\n" +
        "Present: Councillor Mrs J Whitfield (Chairman)\nCouncillors B Adeyemi and C Lowe\n\n" +
        "Officers: Head of Planning (G Hart), Senior Planning Officer (N Shah), Democratic Services Officer (P Quinn)\n\n" +
        "Apologies for absence were received from Councillors F Doyle and H Kerr.\n\n" +
        "Councillor K Lamb attended as a substitute for Councillor Doyle.\n\n" +
        "Minute No. 45 – Declarations of Interest\nThere were none.\n\nMinute No. 46 – Appeals\nNoted.\n",
    ).document;
    expect(d.attendees.map((a) => [a.name, a.role, a.attendance, a.substituteFor ?? null])).toEqual([
      ["J Whitfield", "Chairman", "present", null],
      ["B Adeyemi", null, "present", null],
      ["C Lowe", null, "present", null],
      ["G Hart", "Head of Planning", "present", null],
      ["N Shah", "Senior Planning Officer", "present", null],
      ["P Quinn", "Democratic Services Officer", "present", null],
      ["F Doyle", null, "apologies", null],
      ["H Kerr", null, "apologies", null],
      ["K Lamb", null, "present", "Doyle"],
    ]);
  });
  it("reads officers written role, dash, name ('Licensing Officer – Mark Lee; Legal Adviser – Sara Khan')", () => {
    const d = parseMinutes(
      "LICENSING SUB-COMMITTEE\n\nMINUTES of the meeting held on 20 January 2025 at 6.30 pm in Committee Room 2, Town Hall\n\n" +
        "MEMBERS PRESENT: Councillor Aisha Rahman (Chair), Councillor Ben Cole\n\nOFFICERS PRESENT: Licensing Officer – Mark Lee; Legal Adviser – Sara Khan\n\n" +
        "1 ELECTION OF CHAIR\nRESOLVED: That Councillor Rahman be elected Chair.\n\n2 APOLOGIES\nNone.\n",
    ).document;
    expect(d.attendees.map((a) => [a.name, a.role, a.section])).toEqual([
      ["Aisha Rahman", "Chair", "MEMBERS PRESENT"],
      ["Ben Cole", null, "MEMBERS PRESENT"],
      ["Mark Lee", "Licensing Officer", "OFFICERS PRESENT"],
      ["Sara Khan", "Legal Adviser", "OFFICERS PRESENT"],
    ]);
  });
});

describe("reasons for absence", () => {
  it("are the reason, not the role (Stoke Ferry 2015: 'Cllr Leamon (unwell)'); 'Councillors' in brackets is a role, not illness (Milburn 2018)", () => {
    const leamon = doc("stoke-ferry-parish-council_parish-council_2015-02-11").attendees.find((a) => a.name === "Leamon")!;
    expect([leamon.attendance, leamon.role, leamon.reason]).toEqual(["apologies", null, "unwell"]);
    const d = parseMinutes("Minutes of the meeting of X Parish Council held at the Hall on 8 May 2018 at 7pm\n\nApologies:\nA Armstrong, EDC and M Armstrong (Councillors)\n\n1. Minutes\nSigned.\n").document;
    const m = d.attendees.find((a) => a.name === "M Armstrong")!;
    expect([m.attendance, m.role, m.reason]).toEqual(["apologies", "Councillors", null]);
  });
});

describe("minute numbers in a column of their own", () => {
  // Northwold 2014: one HTML table line; the first cell of a row stacks "14/06/2", "i)", ... "14/06/6",
  // the second stacks the headings and text, aligned only by eye
  const d = parsed("corpus/northwold-parish-council_parish-council_2014-06-03.txt");
  it("pairs each number with the heading it stands beside", () => {
    expect(d.items.map((i) => [i.number, i.title])).toEqual([
      ["14/06/1", "Public Forum – LGA 1972, Section 100(1)"],
      ["14/06/2", "Local Authority Reports"],
      ["14/06/3", "Accepted Apologies for absence - LGA 1972, Section 85(1) & (2)"],
      ["14/06/4", "Members Declaration of Interest (for items on the agenda) – LGA 2000 Part III"],
      ["14/06/5", "Minutes of the last meeting held on 6th May 2014- LGA 1972, Schedule 12, para 41(2)"],
      ["14/06/6", "Reports and Matters Arising from the Minutes of the Last Meeting (For Info Only)"],
      ["14/06/7", "Correspondence"],
      ["14/06/8", "Planning Applications"],
      ["14/06/9", "Finance"],
      ["14/06/10", "Parish Matters"],
      ["14/06/11", "Items for next meeting"],
    ]);
  });
  it("points each moved minute's position at its heading in the source", () => {
    const text = readFileSync(join(fixtures, "corpus/northwold-parish-council_parish-council_2014-06-03.txt"), "utf8");
    // 14/06/1 is alone in its cell and keeps its own line, which starts at the cell's markup
    for (const i of d.items.slice(1)) expect(text.slice(i.position!.start.offset).replace(/^(?:<[^<>]*>)*/, "").replace(/<[^<>]*>/g, "").replace(/&amp;/g, "&").startsWith(i.title!), i.number!).toBe(true);
  });
  it("reads 'Resolved 14/06/5.01' with its decision on the next line, and one across a payments table", () => {
    expect(item(d, "14/06/5").resolutions.map((r) => r.text)).toEqual(["The minutes of the last meeting held on 6th May 2014 were adopted as a true statement and signed by the Chairman (RC)."]);
    const fin = item(d, "14/06/9").resolutions;
    expect(fin).toHaveLength(6);
    expect(fin[1]!.text).toMatch(/^Invoices were checked, payments were approved and cheques signed/);
    expect(fin[1]!.vote.unanimous).toBe(true);
    // "adopted as a true statement by all Councillor’s present"
    expect(fin[3]!.vote.unanimous).toBe(true);
  });
  it("does not read 'for 3 years' as three votes for", () => {
    expect(d.items.flatMap((i) => i.votes)).toEqual([]);
  });
});

describe("lines that look like minute numbers or bodies but are not", () => {
  it("a postcode line is an address, not minute 'SA19' (Manordeilo a Salem 2020-01-08)", () => {
    const text = [
      "Manordeilo and Salem Community Council held their meeting at 7.30pm on the 8th January 2020 at the Reading Room, Cwmifor.",
      "",
      "PRESENT",
      "",
      "Councillors Alun Davies, Arwel Davies, Kim Davies, Peter Harries, Doris Jones, Andrew Thomas and County Councillor Joseph Davies.",
      "",
      "WELCOME AND APOLOGIES",
      "",
      "Cllr. K. Davies took the Chair and welcomed everyone to the meeting.",
      "",
      "PLANNING",
      "",
      "PL/00012 Extension to dwelling, Ffynnon Dawel, Capel Isaac, Llandeilo",
      "SA19 7NF",
      "",
      "CORRESPONDENCE",
      "",
      "Lloyds Bank, Interim Statement.",
    ].join("\n");
    const d = parseMinutes(text).document;
    expect(d.items.map((i) => i.title)).toEqual(["WELCOME AND APOLOGIES", "PLANNING", "CORRESPONDENCE"]);
    expect(d.items[1]!.content.map((c) => c.text)).toEqual(["PL/00012 Extension to dwelling, Ffynnon Dawel, Capel Isaac, Llandeilo SA19 7NF"]);
  });
  it("'Minutes of the February meeting of Northwold PC' names the body, not 'February' (Northwold 2010)", () => {
    const text = "Minutes of the February meeting of Northwold PC\n\nMINUTES OF NORTHWOLD PARISH COUNCIL MEETING HELD\n\nAT THE VILLAGE HALL TUESDAY FEBRUARY 2ND 2010\n\nPresent: Mrs R Crisp, Mr D George, Mrs V Lynch.\n\n1\\. Apologies for absence\n\nMr M Wells\n";
    expect(parseMinutes(text).document.meeting).toMatchObject({ body: "Northwold Parish Council", date: "2010-02-02" });
  });
  it("a front-matter title is the whole header, even with a line separator in it (West Dereham 2019-04-04)", () => {
    const text = [
      "---",
      'title: "MINUTES OF THE WEST DEREHAM PARISH COUNCIL MEETING HELD AT WEST DEREHAM VILLAGE HALL AT 7.30 pm\u2028 ON THURSDAY 04 APRIL 2019"',
      'date: "2019-08-26"',
      "categories: ",
      '  - "parish-councils"',
      "---",
      "",
      "\u00a0",
      "",
      "PRESENT (Six Councillors):- Pam Bullas (PB) Claire Cann (CC) - Chair, Tom Foy (TF), Lorraine Hunt, (LH), Paula Kellingray (PK) and Pam Walker (PW)",
      "",
      "4 Minutes of the Parish Council meeting held on 7 March 2019",
    ].join("\n");
    expect(parseMinutes(text).document.meeting).toMatchObject({ body: "WEST DEREHAM PARISH COUNCIL", date: "2019-04-04", startTime: "19:30", venue: "WEST DEREHAM VILLAGE HALL", chair: "Claire Cann" });
  });
  it("run-on '1\\. Apologies for absence Parish Councillor ...' opens minute 1 where the other minutes have headings (West Dereham 2019-04-04)", () => {
    const d = parsed("corpus/west-dereham-parish-council_parish-council_2019-04-04.txt");
    expect(d.items.slice(0, 6).map((i) => i.number)).toEqual(["1", "2", "3", "4", "5", "5.2"]);
    // "4 Minutes of the Parish Council meeting held on 7 March 2019": no dot, but the one gap between 3 and 5
    expect(d.items[3]!.title).toBe("Minutes of the Parish Council meeting held on 7 March 2019");
    // "1\\. Apologies for absence Parish Councillor Claire Williams and Borough/County Councillor Sandra Squire (SS)."
    expect(d.attendees.filter((a) => a.attendance === "apologies").map((a) => a.name)).toEqual(["Claire Williams", "Sandra Squire"]);
    // "The Chairman welcomed everyone present to the Parish Council Meeting." is not an attendee
    expect(d.attendees.some((a) => /welcomed/.test(a.role ?? ""))).toBe(false);
    expect(d.items[0]!.title).toMatch(/^Apologies for absence Parish Councillor Claire Williams/);
    expect(d.meeting).toMatchObject({ body: "WEST DEREHAM PARISH COUNCIL", date: "2019-04-04", startTime: "19:30", chair: "Claire Cann" });
  });
});

describe("actions in a table's own columns", () => {
  it("an 'Action by' cell followed by its 'Action date' cell (Boughton AGM 2013: 'DHO' / '10/5/13')", () => {
    const d = parsed("corpus/boughton-parish-council_annual-general-meeting_2013-05-03.txt");
    const item = d.items.find((i) => i.number === "2")!;
    expect(item.title).toBe("Election of Officers");
    expect(item.actions.map((a) => a.owner)).toEqual(["DHO"]);
    expect(d.items.filter((i) => i.number !== "2").flatMap((i) => i.actions)).toEqual([]);
  });
});

describe("two lists side by side in one table", () => {
  it("'Present:' names on the left, 'Apologies:' and 'Chair:' on the right, read as separate lists (Boughton AGM 2013)", () => {
    const d = parsed("corpus/boughton-parish-council_annual-general-meeting_2013-05-03.txt");
    const named = (att: string) => d.attendees.filter((a) => a.attendance === att && a.name).map((a) => a.name);
    expect(named("present")).toEqual(["Dave Horkan", "Frank Reid", "Geoff Proctor", "Mark Pogmore", "Tim Madgwick", "Andy Beeston", "David Cooper"]);
    expect(named("apologies")).toEqual(["Peter Agate", "Tom Roberts"]);
    // a role in the cell beside the name belongs to that name
    expect(d.attendees.find((a) => a.name === "Frank Reid")!.role).toBe("Councillor/Chairman");
    expect(d.attendees.filter((a) => !a.name && a.role === "Councillor")).toEqual([]);
    // the header row above the lists stays where it is
    expect(d.meeting).toMatchObject({ date: "2013-05-03", venue: "All Saints, Boughton", chair: "Frank Reid" });
  });
});

describe("headings in capitals with no blank line around them", () => {
  it("'GOLEUADAU' and 'LLWYBRAU TROED' after lines of prose are minutes; 'DIM GWRTHWYNEBIAD' after an address is not (Manordeilo a Salem 2020, Welsh)", () => {
    const d = parsed("corpus/manordeilo-salem-community-council_community-council-welsh_2020-02-12.txt");
    const titles = d.items.map((i) => i.title);
    expect(titles.slice(5, 9)).toEqual(["ADOLYGIAD O’R GYLLIDEB", "GOLEUADAU", "LLWYBRAU TROED", "CYNLLUNIO"]);
    expect(titles).not.toContain("DIM GWRTHWYNEBIAD");
  });
});

describe("numbered lines that are not minutes", () => {
  it("a repeated number run into a sentence, and a number out of sequence, between minutes 4 and 5 are points of minute 4 (Manordeilo a Salem 2020, remote: '4. 4.4.4.4.4.4.4.9. The letter ...', '8. The Remembrance Service ...')", () => {
    const d = doc("manordeilo-salem-community-council_community-council-remote_2020-11-11");
    expect(d.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    const text = item(d, "4").content.map((c) => ("text" in c ? c.text : "")).join(" ");
    expect(text).toMatch(/The letter drafted by Cllr\. O\. Williams/);
    expect(text).toMatch(/The Remembrance Service had been held/);
    expect(item(d, "8").title).toBe("WEBSITE");
    // the close button of the web page ("×") is not the title
    expect(d.meeting.title).toMatch(/^11 November 2020 Manordeilo and Salem Community Council held their meeting/);
  });
  it("a point numbered like the next minute is not that minute ('5.iv) Cynllun Datblygu Lleol ...' before '5. GOHEBIAETH'), and a Welsh council named first (Manordeilo a Salem 2018, Welsh)", () => {
    const d = doc("manordeilo-salem-community-council_community-council-welsh_2018-03-14");
    expect(d.items.filter((i) => i.number === "5").map((i) => i.title)).toEqual(["GOHEBIAETH"]);
    expect(d.items).toHaveLength(13);
    // "Cynhaliwyd cyfarfod o Gyngor Cymuned Manordeilo a Salem am 7.30pm ...": the mutated form
    expect(d.meeting.body).toBe("Cyngor Cymuned Manordeilo a Salem");
  });
  it("plain numbered lists under minutes set in bold are not minutes ('1. Diamond Jubilee ...' under '**8. Correspondence**'), and a bold title ends where the bold does ('**3. Matters Arising** None') (Boughton 2012)", () => {
    const d = doc("boughton-parish-council_parish-council_2012-05-04");
    expect(d.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      "1 Apologies",
      "2 Minutes of the Meeting – 18th November 2011",
      "3 Matters Arising",
      "4 Chairman’s Report – F Reid",
      "6 Councillors Reports",
      "7 Financial Report – D. Horkan",
      "8 Correspondence",
    ]);
    expect(item(d, "3").content[0]).toMatchObject({ type: "paragraph", text: "None" });
    expect(item(d, "8").content.map((c) => ("text" in c ? c.text : ""))).toEqual(expect.arrayContaining([expect.stringMatching(/Diamond Jubilee Olympic Torch Trail Memorabilia/)]));
  });
});

describe("exempt business", () => {
  it("the item after 'The meeting was closed to the public ... within the next item' is minuted and exempt, though its number is out of sequence (Northwold 2018: '9\\. Money Claim')", () => {
    const d = doc("northwold-parish-council_ordinary-meeting_2018-06-05");
    const last = d.items[d.items.length - 1]!;
    expect(last.number).toBe("9");
    expect(last.title).toMatch(/^Money Claim/);
    expect(last.exempt).toBe(true);
    expect(d.items.filter((i) => i.exempt)).toHaveLength(1);
  });
  it("a church 'closed to the public' is no exclusion (Manordeilo a Salem 2020, remote)", () => {
    const d = doc("manordeilo-salem-community-council_community-council-remote_2020-11-11");
    expect(d.items.filter((i) => i.exempt)).toEqual([]);
  });
  it("an 'EXCLUSION OF PRESS AND PUBLIC' item with its business and nothing after it is exempt (Stoke Ferry 2020, virtual)", () => {
    const text = [
      "Minutes of the Ordinary Meeting of Stoke Ferry Parish Council held on Wednesday 1 July 2020 at 7pm",
      "",
      "126/20 To Confirm the Date of the Next Ordinary Meeting – Wednesday 5 August 2020 at 7 pm.",
      "",
      "127/20 EXCLUSION OF PRESS AND PUBLIC The Council to pass a resolution excluding the press and public from the meeting in accordance with Section 1(2) of the Public Bodies (Admission to Meetings) Act 1960 by reason of the confidential nature of the business to be transacted. To Discuss and Approve a HR Related Matter. This item was resolved.",
      "",
    ].join("\n");
    const d = parseMinutes(text).document;
    expect(d.items.map((i) => [i.number, i.exempt])).toEqual([["126/20", false], ["127/20", true]]);
  });
});

describe("planning applications", () => {
  it("reads reference, proposal, site and decision (Stoke Ferry 2018: '237/18 18/01888/F Retrospective consent for construction of a carport at Poppyseed High Street ... - The Parish Council agreed to support the application')", () => {
    const d = doc("stoke-ferry-parish-council_ordinary-meeting_2018-11-07");
    expect(item(d, "237/18").applications).toEqual([
      expect.objectContaining({
        ref: "18/01888/F",
        proposal: "Retrospective consent for construction of a carport",
        site: "Poppyseed High Street Stoke Ferry Norfolk PE33 9SF",
        decision: expect.stringMatching(/^The Parish Council agreed to support the application/),
      }),
    ]);
  });
  it("lists each application of a planning item, not the earlier permission one of them varies (Northwold 2018: 'VARIATION OF CONDITION 2 OF PLANNING PERMISSION 16/01016/F')", () => {
    const d = doc("northwold-parish-council_ordinary-meeting_2018-06-05");
    const apps = item(d, "22").applications;
    expect(apps.map((a) => a.ref)).toEqual(["18/00879/F", "18/00734/F", "18/00957/F"]);
    expect(apps.map((a) => a.decision)).toEqual(["No objections raised", "No objections raised but plans used are not up to date", "No objections raised"]);
    expect(apps[1]!.site).toBe("44A Methwold Road Northwold Thetford Norfolk IP26 5LN");
  });
  it("reads a reference alone on its line with the lines under it, and the authority's decision (Manordeilo a Salem 2016: 'E/34200' ... 'No Observations'; 'E/34125' ... 'Granted')", () => {
    const d = doc("manordeilo-salem-community-council_community-council_2016-09-14");
    const apps = d.items.flatMap((i) => i.applications);
    expect(apps.find((a) => a.ref === "E/34200")).toMatchObject({ proposal: "Demolish Sub-standard Single Storey Extension", decision: "No Observations" });
    expect(apps.find((a) => a.ref === "E/34125")).toMatchObject({ proposal: "Roof Extension", decision: "Granted" });
  });
  it("an application named in a declaration of interest is not one the item decides (Manordeilo a Salem 2020, remote: 'Cllr. J. Davies declared an interest in Agenda Item 7 Planning Application PL/00489')", () => {
    const d = doc("manordeilo-salem-community-council_community-council-remote_2020-11-11");
    expect(item(d, "3").applications).toEqual([]);
    expect(item(d, "7").applications.map((a) => a.ref)).toEqual(["PL/00489", "PL/00590", "PL/00754"]);
  });
});

describe("a run-on list of those present", () => {
  it("reads 'Mrs. Everitt' whole, a role after a name, 'together with ... from ...', 'M/s', and not the last meeting's apologies (Wereham 2009)", () => {
    const d = doc("wereham-parish-council_parish-council_2009-11-10");
    const at = (k: string) => d.attendees.filter((a) => a.attendance === k).map((a) => [a.honorific, a.name, a.role, a.organisation]);
    // "Present: P. Markwell Chairman, Mrs. Everitt, Mrs. Newell, P. Norris, D. Pickston, C. Humphries together
    // with Peter Morris from W.N.V.C.A. and three members of the public."
    expect(at("present")).toEqual([
      [null, "P. Markwell", "Chairman", null],
      ["Mrs", "Everitt", null, null],
      ["Mrs", "Newell", null, null],
      [null, "P. Norris", null, null],
      [null, "D. Pickston", null, null],
      [null, "C. Humphries", null, null],
      [null, "Peter Morris", null, "W.N.V.C.A"],
    ]);
    // "Apologies: M/s Norris"; "Minutes: Subject to the inclusion of apologies from D. Pickston ..." is about the last meeting
    expect(at("apologies")).toEqual([["M/s", "Norris", null, null]]);
    expect(d.meeting.chair).toBe("P. Markwell");
  });
});

describe("more attendance forms", () => {
  it("two names run together, 'Also, in Attendance', and a count of the public that is no person (Stoke Ferry 2020, virtual)", () => {
    const d = doc("stoke-ferry-parish-council_ordinary-meeting-virtual_2020-07-01");
    const names = d.attendees.map((a) => a.name);
    // "... Cllr Donna Stocking Cllr Janet Taylor Helen Richardson (Parish Clerk and Financial Responsible Person)"
    expect(names).toEqual(expect.arrayContaining(["Janet Taylor", "Helen Richardson"]));
    expect(d.attendees.find((a) => a.name === "Helen Richardson")!.role).toBe("Parish Clerk and Financial Responsible Person");
    // "Also, in Attendance Public – Two. (from Minute number 111/20 One). Cllr Colin Sampson, Borough Council of Kings Lynn and West Norfolk"
    expect(d.attendees.find((a) => a.name === "Colin Sampson")).toBeDefined();
    expect(d.attendees.filter((a) => !a.name)).toEqual([]);
    expect(d.items.at(-1)).toMatchObject({ number: "127/20", exempt: true });
  });
  it("an unnumbered heading with a year is a minute, and 'Carried' under it no apology (Stoke Ferry annual parish meeting 2015)", () => {
    const d = doc("stoke-ferry-parish-council_annual-parish-meeting_2015-05-13");
    expect(d.items.map((i) => i.title).slice(0, 2)).toEqual(["Apologies for absence", "Minutes of Annual Parish Meeting 2014"]);
    expect(d.attendees.filter((a) => a.attendance === "apologies").map((a) => a.name)).toEqual(["P Denny"]);
    expect(d.items[1]!.resolutions[0]).toMatchObject({ proposer: expect.stringMatching(/Lintern$/), seconder: expect.stringMatching(/Clements$/) });
  });
});

describe("a numbered list inside a minute", () => {
  it("'7\\. Correspondence:' then '2\\. An update ...' to '11\\. A request ...' is a list of minute 7; '8\\. No Planning Applications received' is minute 8 (Wretton 2010)", () => {
    const d = doc("wretton-parish-council_parish-council_2010-09-13");
    expect(d.items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "4.1", "5", "6", "6.1", "7", "8", "9", "9.1", "9.2", "9.3"]);
    expect(item(d, "8").title).toBe("No Planning Applications received");
    const seven = item(d, "7").content.map((c) => c.text).join(" ");
    expect(seven).toMatch(/An update from the Standards Committee/);
    expect(seven).toMatch(/E\.on unit rate change/);
  });
});

describe("a panel listed one to a line", () => {
  it("'Panel :' is a label; 'Alison Richardson-' leads to her role on the line after the blank; 'Cllr Trevor Manley -BCKL&WN'; 'Jon Miles Glazewing Ltd' (West Dereham special meeting 2008)", () => {
    const d = doc("west-dereham-parish-council_special-public-meeting_2008-11-13");
    const find = (n: string) => d.attendees.find((a) => a.name === n);
    expect(find("Claire Cann")!.role).toBe("Chair Parish Council");
    expect(find("Alison Richardson")!.role).toBe("Vice Chair Parish Council");
    expect(find("Trevor Manley")!.role).toBe("BCKL&WN");
    expect(find("Jon Miles")!.organisation).toBe("Glazewing Ltd");
    expect(d.attendees.filter((a) => !a.name)).toEqual([]);
  });
});

describe("a run-on line with headings in capitals", () => {
  it("'... A sad loss to the Parish. PUBLIC PARTICIPATION  Councillor Storey ...' is an item of its own, and '9.1 17/02103/F rear extension ...' opens minute 9.1 (Wretton 2017)", () => {
    const d = doc("wretton-parish-council_parish-council_2017-07-03");
    expect(d.items.at(-1)).toMatchObject({ number: null, title: "PUBLIC PARTICIPATION" });
    expect(item(d, "9").title).toBe("Consideration of planning applications received");
    expect(item(d, "9.1").applications.map((a) => a.ref)).toEqual(["17/02103/F"]);
  });
  it("a heading in capitals run into its text is split from it (Northwold 2018: 'CROWN INN UPDATE On Bank Holiday Monday ...')", () => {
    const d = doc("northwold-parish-council_ordinary-meeting_2018-06-05");
    expect(item(d, "18").title).toBe("CROWN INN UPDATE");
  });
});

describe("a column of action owners flattened away from its rows", () => {
  it("each owner takes the row that names it, from the rows beside the column before or after it (Wereham 2014)", () => {
    const d = doc("wereham-parish-council_ordinary-meeting_2014-01-14");
    // after the rows: "9.1.3 Litter bins – NC was requested to get a quote ...", "9.1.4 ... NC was asked to include a point ..." / "NC" "NC"
    const nine = item(d, "9.0").actions.map((a) => a.text);
    expect(nine).toEqual(expect.arrayContaining([expect.stringMatching(/^9\.1\.3 Litter bins – NC was requested/), expect.stringMatching(/^9\.1\.4 Need identified/)]));
    // "6.8 Eon querying if the Parish Council is a micro-business. NC to check with NALC on this."
    expect(item(d, "6.0").actions[0]!.text).toMatch(/^6\.8 Eon querying/);
    // before the rows: "PN" "KN" "NC" ... then "12/11-9.4 Bennett Homes consider ...", one owner to a row
    const five = item(d, "5.0").actions;
    expect(five).toHaveLength(10);
    expect(new Set(five.map((a) => a.text)).size).toBe(10);
    expect(five.find((a) => a.owner === "PN" && /PN advised/.test(a.text))).toBeDefined();
  });
});

describe("recorded votes (the forms quoted in issue 3; no recorded vote is in the corpus or the seeds)", () => {
  const one = (text: string) => parseMinutes(text).document;
  const head = "Minutes of the meeting of Council held at Plough Lane, Hereford on Friday 30 September 2022 at 10.00 am\n\nPresent: Councillor Sebastian Bowen (chairperson)\n\n";
  it("'FOR (44): Councillors ...', 'AGAINST (0)', 'ABSTAIN (2): ...' give the counts and the names", () => {
    const d = one(`${head}25. BUDGET\n\nThe motion was put to a recorded vote and carried:\n\nFOR (4): Councillors Graham Andrews, Paul Andrews, Polly Andrews and Jenny Bartlett\nAGAINST (0)\nABSTAIN (2): Councillors Ellie Chowns and Toni Fagan\n`);
    expect(d.items[0]!.votes).toEqual([
      expect.objectContaining({ for: 4, against: 0, abstentions: 2, outcome: "carried", forNames: ["Graham Andrews", "Paul Andrews", "Polly Andrews", "Jenny Bartlett"], againstNames: [], abstainedNames: ["Ellie Chowns", "Toni Fagan"] }),
    ]);
  });
  it("'Members voting FOR the amendment: Councillors ... (3 votes)' and a prose 'For the next meeting, ...' that is no label", () => {
    const d = one(`${head}26. AMENDMENT\n\nMembers voting FOR the amendment: Councillors Dave Boulter, Tracy Bowes and Clare Davies (3 votes)\nMembers voting AGAINST the amendment: Councillors Barry Durkin and John Hardwick (2 votes)\n\nFor the next meeting, the clerk will circulate the papers.\n`);
    expect(d.items[0]!.votes).toEqual([expect.objectContaining({ subject: "the amendment", for: 3, against: 2, outcome: "carried", againstNames: ["Barry Durkin", "John Hardwick"] })]);
  });
  it("a Scottish division: 'For the Motion (38):' and 'For the Amendment (21):' are the two sides; 'Declined to vote' is neither; 'X, seconded by Y, moved'; apologies 'intimated on behalf of'", () => {
    const d = one(
      "MINUTE OF MEETING OF THE HIGHLAND COUNCIL held in the Council Chamber, Glenurquhart Road, Inverness on Thursday 9 March 2023 at 10.35am.\n\n" +
        "Present:\nMr A Baldrey, Mr C Ballance, Dr C Birt, Mr B Boyd\n\n1. Calling of the Roll and Apologies for Absence\n\nApologies for absence were intimated on behalf of Mr R Gale and Mrs M Paterson.\n\n" +
        "2. Revenue Budget 2023/24\n\nMr R Bremner, seconded by Mr A Christie, moved the recommendations.\n\n" +
        "On a division, the Motion received 38 votes and the Amendment received 21 votes, with 2 abstentions, the votes having been cast as follows:\n\n" +
        "For the Motion (38):\nMr A Baldrey, Mr C Ballance, Dr C Birt\n\nFor the Amendment (21):\nMr B Boyd, Mr R Gale\n\nAbstentions (2):\nMr J Finlayson, Mrs L Saggers\n\nDeclined to vote (1):\nMr D Fraser\n",
    );
    expect(d.attendees.filter((a) => a.attendance === "apologies").map((a) => a.name)).toEqual(["R Gale", "M Paterson"]);
    const two = d.items.find((i) => i.number === "2")!;
    expect(two.resolutions[0]).toMatchObject({ proposer: "R Bremner", seconder: "A Christie" });
    expect(two.votes).toEqual([
      expect.objectContaining({ subject: "the motion", for: 38, against: 21, abstentions: 2, outcome: "carried", forNames: ["A Baldrey", "C Ballance", "C Birt"], againstNames: ["B Boyd", "R Gale"], abstainedNames: ["J Finlayson", "L Saggers"] }),
    ]);
  });
});

describe("committee minutes in the Scottish form (a constructed text in the form of such minutes; no such minutes are in the corpus)", () => {
  const d = parseMinutes(
    [
      "MINUTE OF MEETING OF THE POLICY AND RESOURCES COMMITTEE",
      "",
      "Council Chambers, Town House, Aberdeen, 15 June 2021. Minute of Meeting of the POLICY AND RESOURCES COMMITTEE.",
      "",
      "Sederunt:",
      "",
      "Councillor Laing, Convener;",
      "Councillor Lumsden, Vice Convener; and",
      "Councillors Boulton, Donnelly, Houghton and Yuill.",
      "",
      "DECLARATIONS OF INTEREST",
      "",
      "1. There were no declarations of interest.",
      "",
      "MINUTE OF PREVIOUS MEETING OF 4 MAY 2021",
      "",
      "2. The Committee had before it the minute of its previous meeting.",
      "",
      "The Committee resolved:-",
      "to approve the minute as a correct record.",
      "",
      "PERFORMANCE REPORT - CUS/21/101",
      "",
      "3. The Committee had before it a report by the Director of Customer Services.",
      "",
      "The Committee resolved:-",
      "(i) to note the report; and",
      "(ii) to instruct the Chief Officer to report back in six months.",
      "",
    ].join("\n"),
  ).document;
  it("reads the body after 'MINUTE OF MEETING OF THE', the Sederunt with Convener roles, and 'Councillors A, B and C' as councillors each", () => {
    expect(d.meeting.body).toBe("POLICY AND RESOURCES COMMITTEE");
    expect(d.attendees.map((a) => [a.honorific, a.name, a.role])).toEqual([
      ["Councillor", "Laing", "Convener"],
      ["Councillor", "Lumsden", "Vice Convener"],
      ["Councillor", "Boulton", null],
      ["Councillor", "Donnelly", null],
      ["Councillor", "Houghton", null],
      ["Councillor", "Yuill", null],
    ]);
  });
  it("takes the heading above each numbered paragraph as its minute's title", () => {
    expect(d.items.map((i) => [i.number, i.title])).toEqual([["1", "DECLARATIONS OF INTEREST"], ["2", "MINUTE OF PREVIOUS MEETING OF 4 MAY 2021"], ["3", "PERFORMANCE REPORT - CUS/21/101"]]);
    expect(d.items[2]!.resolutions[0]!.clauses.map((c) => c.label)).toEqual(["i", "ii"]);
  });
});

describe("a ModernGov page of several items (a constructed text in the form the issue quotes: 'Venue:', 'Contact:', 'No. Item', 'pdf icon PDF 351 KB', 'Minutes:', 'Decision:')", () => {
  const d = parseMinutes(
    [
      "Agenda and minutes", "", "Planning and regulatory committee - Wednesday, 12th January, 2022 10.00 am", "",
      "Venue: Conference Room 1 - Herefordshire Council, Plough Lane Offices, Hereford, HR4 0LE", "",
      "Contact: Matthew Evans, Democratic Services Officer", "", "Items", "No. Item", "",
      "81.", "", "Apologies for absence", "", "To receive apologies for absence.", "", "Minutes:", "",
      "Apologies were received from Councillors Polly Andrews and Dave Boulter.", "",
      "82.", "", "Declarations of interest", "", "Minutes:", "", "There were no declarations of interest.", "",
      "83.", "", "212185 - LAND AT BRIERLEY COURT FARM, LEOMINSTER pdf icon PDF 351 KB", "", "Proposed erection of 20 dwellings.", "",
      "Minutes:", "",
      "Councillor Bartlett proposed and Councillor Hardwick seconded a motion that the application be approved. The motion was carried with 8 votes in favour, 2 against and 1 abstention.",
      "", "RESOLVED: That planning permission be granted.", "",
    ].join("\n"),
  ).document;
  it("takes each lone number's title from the short line after it, without the PDF link", () => {
    expect(d.items.map((i) => [i.number, i.title])).toEqual([["81", "Apologies for absence"], ["82", "Declarations of interest"], ["83", "212185 - LAND AT BRIERLEY COURT FARM, LEOMINSTER"]]);
    expect(d.items[0]!.content.map((c) => c.text)).not.toContain("Apologies for absence");
    expect(d.meeting).toMatchObject({ date: "2022-01-12", startTime: "10:00" });
  });
  it("reads the vote before 'RESOLVED:' once, as the resolution's", () => {
    const item = d.items[2]!;
    expect(item.votes.map((v) => [v.for, v.against, v.abstentions])).toEqual([[8, 2, 1]]);
    expect(item.resolutions.at(-1)).toMatchObject({ kind: "resolved", proposer: "Bartlett", seconder: "Hardwick", vote: { for: 8, against: 2, abstentions: 1 } });
  });
});

describe("a town council's minutes (a constructed text in a common form: 'FC/23/103 Minutes', 'it was RESOLVED ... (For 4, Against 1)')", () => {
  const d = parseMinutes(
    [
      "ANYTOWN TOWN COUNCIL", "",
      "Minutes of the Meeting of the Full Council held on Monday 6th March 2023 at 7.00pm in the Council Chamber, Town Hall", "",
      "Present: Cllr J Smith (Mayor), Cllr A Brown (Deputy Mayor), Cllr C Green, Cllr D White", "",
      "FC/23/101 Apologies for absence", "Apologies were received and accepted from Cllr G Grey (work).", "",
      "FC/23/102 Minutes",
      "It was proposed by Cllr Brown, seconded by Cllr White and RESOLVED that the minutes of the meeting held on 6th February 2023 be approved and signed as a correct record.", "",
      "FC/23/103 Budget 2023/24", "Following discussion it was RESOLVED to approve the budget. (For 4, Against 1)", "",
      "FC/23/104 Allotments", "Members noted the report.", "",
    ].join("\n"),
  ).document;
  it("names the council of its first line, not 'Full Council'", () => {
    expect(d.meeting.body).toBe("ANYTOWN TOWN COUNCIL");
  });
  it("keeps a heading that is all title out of the decision, and gives a bracketed tally to the decision before it", () => {
    expect(d.items[1]!.resolutions[0]!.text).toMatch(/^It was proposed by Cllr Brown/);
    expect(d.items[2]!.resolutions[0]!.vote).toMatchObject({ for: 4, against: 1 });
    expect(d.items[2]!.votes.map((v) => [v.for, v.against])).toEqual([[4, 1]]);
  });
});

describe("a committee's minutes numbered with its letters and a space (a constructed text in a common form: 'F&GP 25/04 Budget Monitoring', 'For: 4  Against: 1  Abstain: 0')", () => {
  const d = parseMinutes(
    [
      "Minutes of Ashcombe Town Council Finance and General Purposes Committee",
      "Held on Monday 3 February 2025 at 7.00pm in the Council Chamber, Town Hall", "",
      "Members Present: Cllrs P Quinn (Chair), R Shah, V Thomas, S Underwood, J Vaughan", "",
      "F&GP 25/01 Apologies", "Apologies were received and accepted from Cllr A Zeller (work commitments).", "",
      "F&GP 25/02 Minutes",
      "The minutes of the meeting held on 6 January 2025 were approved as a true record. Proposed Cllr Shah, seconded Cllr Thomas, all in favour.", "",
      "F&GP 25/03 Budget Monitoring", "It was RESOLVED to recommend to Full Council a precept of £412,500 for 2025/26.", "For: 4  Against: 1  Abstain: 0", "",
      "F&GP 25/04 Any other business", "None.", "",
    ].join("\n"),
  ).document;
  it("opens a minute at each number, its letters kept: before, none opened and every line became an attendee", () => {
    expect(d.items.map((i) => [i.number, i.title])).toEqual([["F&GP 25/01", "Apologies"], ["F&GP 25/02", "Minutes"], ["F&GP 25/03", "Budget Monitoring"], ["F&GP 25/04", "Any other business"]]);
    expect(d.attendees.map((a) => [a.name, a.attendance])).toEqual([["P Quinn", "present"], ["R Shah", "present"], ["V Thomas", "present"], ["S Underwood", "present"], ["J Vaughan", "present"], ["A Zeller", "apologies"]]);
  });
  it("takes each count from its own label, and none from a sum of money ('£412,500 for 2025/26' gave 500 for)", () => {
    expect(d.items[2]!.resolutions[0]!.vote).toEqual({ unanimous: null, for: 4, against: 1, abstentions: 0 });
    expect(tallyOf("It was RESOLVED to recommend a precept of £412,500 for 2025/26. For: 4  Against: 1  Abstain: 0")).toEqual({ unanimous: null, for: 4, against: 1, abstentions: 0 });
    expect(tallyOf("RESOLVED to pay £2,500 for the bench (6 for, 2 against, 1 abstention)")).toEqual({ unanimous: null, for: 6, against: 2, abstentions: 1 });
    expect(d.items[1]!.resolutions[0]).toMatchObject({ proposer: "Shah", seconder: "Thomas", vote: { unanimous: true } });
  });
  it("reads letters before a number as a committee's only in capitals: 'The 2024/25 budget ...' is a sentence", () => {
    const s = parseMinutes("1. Finance\nThe 2024/25 budget was noted.\n2. Close\nNone.\n").document;
    expect(s.items.map((i) => i.number)).toEqual(["1", "2"]);
    const fc = parseMinutes("FC 24/101 Apologies\nNone.\n\nFC 24/102 Minutes\nApproved.\n").document;
    expect(fc.items.map((i) => [i.number, i.title])).toEqual([["FC 24/101", "Apologies"], ["FC 24/102", "Minutes"]]);
  });
});

describe("a county committee's minutes (a constructed text in a common form: 'Councillor Greaves then moved ...', '(Voting: For 5, Against 3, Abstentions 0)')", () => {
  const d = parseMinutes(
    [
      "PLANNING AND REGULATORY COMMITTEE", "",
      "Minutes of a meeting of the Planning and Regulatory Committee held at County Hall, Ridington on Wednesday, 15 January 2025 at 10.00 am.", "",
      "PRESENT:", "", "Councillor M. Ashworth (Chairman)", "", "Councillors: J. Bell, K. Dunn, S. Farrow, L. Greaves and P. Howarth.", "",
      "52. APPLICATION 24/01234/FUL – ERECTION OF 45 DWELLINGS", "",
      "Councillor Greaves then moved and Councillor Howarth seconded that the application be approved in accordance with the officer recommendation.", "",
      "RESOLVED – That planning permission be GRANTED subject to the conditions set out in the report.", "",
      "(Voting: For 5, Against 3, Abstentions 0)", "",
      "The meeting closed at 11.52 am.",
    ].join("\n"),
  ).document;
  it("gives the decision its proposer after 'then', and the bracketed vote on the line after it", () => {
    expect(d.items[0]!.resolutions).toHaveLength(1);
    expect(d.items[0]!.resolutions[0]).toMatchObject({ proposer: "Greaves", seconder: "Howarth", vote: { for: 5, against: 3, abstentions: 0 } });
    expect(d.items[0]!.votes.map((v) => [v.for, v.against, v.abstentions, v.outcome])).toEqual([[5, 3, 0, "carried"]]);
  });
});

describe("a borough cabinet's decision in numbered points (a constructed text in a common form: 'RESOLVED:' then '1. To note ...', '2. To approve ...')", () => {
  const d = parseMinutes(
    [
      "MINUTES OF THE CABINET", "Tuesday 10 December 2024 (7.00 pm - 8.35 pm)", "",
      "PRESENT: Councillor Hannah Okafor (Chair), Councillor Jamal Reid and Councillor Priya Sen", "",
      "1  MINUTES OF THE PREVIOUS MEETING (Agenda Item 1)", "", "RESOLVED: That the minutes of the meeting held on 12 November 2024 are agreed as an accurate record.", "",
      "2  FINANCIAL MONITORING 2024/25 - MONTH 7 (Agenda Item 2)", "", "The Cabinet Member for Finance introduced the report.", "",
      "RESOLVED:", "1. To note the forecast overspend of £3.2m.", "2. To approve the virements set out in Appendix B.", "",
      "Reason for decision: To ensure that the Council's budget is managed effectively.", "",
      "3  SCHOOL STREETS (Agenda Item 3)", "", "RESOLVED: To approve the extension of the School Streets programme.",
    ].join("\n"),
  ).document;
  it("takes the numbered lines after an empty label as the decision's points, and opens no minute at them", () => {
    expect(d.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(d.items[1]!.resolutions.map((r) => r.clauses.map((c) => [c.label, c.text]))).toEqual([[["1", "To note the forecast overspend of £3.2m."], ["2", "To approve the virements set out in Appendix B."]]]);
  });
});

describe("a parish council's minutes numbered 'Min. 24/25-101' (a constructed text in a common form: 'a. Payments ... were approved. Proposed ...', 'Cllr H. Green – family commitment. Accepted.')", () => {
  const d = parseMinutes(
    [
      "Westleigh Parish Council", "",
      "Minutes of the Ordinary Meeting of Westleigh Parish Council held on Thursday 9th January 2025 in Westleigh Village Hall at 7.30pm", "",
      "Present: Cllr R. Allen (Chairman), Cllr S. Baker, Cllr D. Carter, Cllr E. Dixon, Cllr G. Evans", "",
      "Min. 24/25-101 Apologies for absence", "Cllr H. Green – family commitment. Accepted.", "",
      "Min. 24/25-102 Declarations of interest", "Cllr Carter declared a pecuniary interest in item 24/25-104 (a neighbour's application).", "",
      "Min. 24/25-103 Finance",
      "a. Payments totalling £2,341.18 were approved. Proposed Cllr Evans, seconded Cllr Allen. 4 in favour, 1 abstention.",
      "b. The bank reconciliation to 31st December 2024 was noted.", "",
      "Min. 24/25-104 Planning", "24/01876/HOUSE – Single storey rear extension, 3 Church Lane. No objection.", "",
      "The meeting closed at 9.02pm.",
    ].join("\n"),
  ).document;
  it("opens a minute at each 'Min.' number, and reads the venue without the time after it", () => {
    expect(d.items.map((i) => [i.number, i.title])).toEqual([["24/25-101", "Apologies for absence"], ["24/25-102", "Declarations of interest"], ["24/25-103", "Finance"], ["24/25-104", "Planning"]]);
    expect(d.meeting).toMatchObject({ body: "Westleigh Parish Council", date: "2025-01-09", startTime: "19:30", endTime: "21:02", venue: "Westleigh Village Hall" });
  });
  it("reads the apology and its reason, and 'Accepted.' as no one", () => {
    expect(d.attendees.filter((a) => a.attendance === "apologies").map((a) => [a.name, a.reason])).toEqual([["H. Green", "family commitment"]]);
  });
  it("reads 'a.' and 'b.' as points, and the motion with the outcome it was for", () => {
    expect(d.items[2]!.content.map((c) => [c.type, (c as { label?: string | null }).label])).toEqual([["listItem", "a"], ["listItem", "b"]]);
    expect(d.items[2]!.resolutions).toHaveLength(1);
    expect(d.items[2]!.resolutions[0]).toMatchObject({ proposer: "Evans", seconder: "Allen", vote: { for: 4, abstentions: 1 } });
    expect(d.items[2]!.resolutions[0]!.text).toMatch(/^Payments totalling £2,341\.18 were approved\. Proposed Cllr Evans/);
  });
  it("names the declared item in full", () => {
    expect(d.declarations.map((x) => [x.name, x.item, x.kind])).toEqual([["Carter", "24/25-104", "pecuniary"]]);
  });
});

describe("letters and full stops at the start of a line that are no points", () => {
  it("'p. 12' and 'c. 50' wrapped to a line's start stay text, and a bold 'i. Fen Report' is a heading", () => {
    const d = parseMinutes("1. Reports\nThe figures are set out on\np. 12 of the report, with\nc. 50 residents consulted.\n\n**i. Fen Report – M Pogmore**\n\nGood progress.\n").document;
    expect(d.items[0]!.content.map((c) => c.type)).toEqual(["paragraph", "heading", "paragraph"]);
  });
});

describe("a Northern Irish committee's minutes (a constructed text in a common form: 'E046/25 Apologies', 'Proposed by Councillor Burton' / 'Seconded by Councillor Doris and' / 'Resolved That ...')", () => {
  const d = parseMinutes(
    [
      "MID ULSTER DISTRICT COUNCIL", "",
      "Minutes of Meeting of the Environment Committee of Mid Ulster District Council held on Tuesday 11 March 2025 in the Council Chamber, Dungannon", "",
      "Members Present:      Councillor Quinn, Chair", "                      Councillors Ashton, Burton and Doris", "",
      "The meeting commenced at 7.00 pm", "",
      "E045/25 Apologies", "Councillor Forde.", "",
      "E046/25 Matters for Decision - Dog Control Orders Consultation", "Mrs Grogan presented the report.", "",
      "Proposed by Councillor Burton", "Seconded by Councillor Doris and", "",
      "Resolved That it be recommended to the Council to approve the consultation as set out in the report.", "",
      "E047/25 Matters for Information", "Members noted the report.", "",
      "The meeting concluded at 8.12 pm",
    ].join("\n"),
  ).document;
  it("opens a minute at each number with one letter before it, and reads when the meeting commenced", () => {
    expect(d.items.map((i) => i.number)).toEqual(["E045/25", "E046/25", "E047/25"]);
    expect(d.meeting).toMatchObject({ date: "2025-03-11", startTime: "19:00", endTime: "20:12", chair: "Quinn" });
  });
  it("reads one decision with the proposer and seconder written above it, 'Proposed by' opening its line", () => {
    expect(d.items[1]!.resolutions.map((r) => [r.kind, r.proposer, r.seconder])).toEqual([["resolved", "Burton", "Doris"]]);
    expect(d.items[1]!.resolutions[0]!.text).toMatch(/^That it be recommended/);
  });
  it("reads a single letter before a number as no minute without a stroke or stop in the number ('A1 Road improvements')", () => {
    const s = parseMinutes("1. Highways\nA1 Road improvements were discussed.\n2. Close\nNone.\n").document;
    expect(s.items.map((i) => i.number)).toEqual(["1", "2"]);
  });
});

describe("an attendance register with a legend (a constructed text in a common form: 'Cllr K. Cole        A', 'P = Present, A = Apologies, Ab = Absent')", () => {
  const d = parseMinutes(
    [
      "HARTWELL PARISH COUNCIL",
      "Minutes of the Parish Council Meeting held at Hartwell Village Hall on Monday 17th March 2025 at 7.30pm", "",
      "Councillor                     Attendance",
      "Cllr P. Abbott (Chairman)      P",
      "Cllr J. Brooks (Vice Chairman) P",
      "Cllr K. Cole                   A",
      "Cllr N. Ely                    Ab", "",
      "Also present: Mrs S. Frost (Clerk)",
      "P = Present, A = Apologies, Ab = Absent", "",
      "1. To receive apologies for absence", "Apologies were received from Cllr Cole (illness).", "",
      "2. Minutes", "RESOLVED: That the minutes of the last meeting be signed as a true record.",
    ].join("\n"),
  ).document;
  it("reads each row by the legend's code, and the chair from the register", () => {
    expect(d.attendees.map((a) => [a.name, a.role, a.attendance, a.reason])).toEqual([
      ["P. Abbott", "Chairman", "present", null], ["J. Brooks", "Vice Chairman", "present", null], ["K. Cole", null, "apologies", "illness"],
      ["N. Ely", null, "absent", null], ["S. Frost", "Clerk", "present", null],
    ]);
    expect(d.meeting).toMatchObject({ chair: "P. Abbott", viceChair: "J. Brooks" });
  });
});

describe("an annual meeting in markdown (a constructed text in a common form: '**Time:** 7.00pm', 'Councillor Patel received 4 votes', a pipe table 'Action | Owner | Deadline')", () => {
  const d = parseMinutes(
    [
      "# Brambleford Town Council", "", "## Minutes of the Annual Meeting of the Town Council", "",
      "**Date:** Monday 12 May 2025  ", "**Time:** 7.00pm  ", "**Venue:** Brambleford Community Centre", "",
      "**Present:** Councillors Smith (Mayor), Jones, Brown, Patel, O'Neill and Wright", "",
      "### 1. Election of Deputy Mayor", "",
      "Councillor Patel was nominated by Councillor Wright, seconded by Councillor O'Neill. Councillor Jones was nominated by Councillor Smith, seconded by Councillor Brown. Following a vote, Councillor Patel received 4 votes and Councillor Jones 2 votes. **Resolved:** that Councillor Patel be elected Deputy Mayor.", "",
      "### 2. Actions", "",
      "| Action | Owner | Deadline |", "| --- | --- | --- |",
      "| Update the council website with new Mayor | Clerk | 19 May 2025 |", "| Order new Mayoral badge ribbon | Deputy Clerk | 30 May 2025 |", "",
    ].join("\n"),
  ).document;
  it("reads the header's labelled lines as the header", () => {
    expect(d.meeting).toMatchObject({ date: "2025-05-12", startTime: "19:00", venue: "Brambleford Community Centre" });
    expect(d.diagnostics.filter((x) => x.code === "unplaced-preamble-line")).toEqual([]);
  });
  it("records the election's votes per candidate, 'received 4 votes' among them", () => {
    expect(d.items[0]!.votes.map((v) => [v.subject, v.for, v.outcome])).toEqual([["Patel", 4, "carried"], ["Jones", 2, "lost"]]);
  });
  it("reads each row of the actions table by its header's columns, owner and all", () => {
    expect(d.items[1]!.actions.map((a) => [a.text, a.owner])).toEqual([["Update the council website with new Mayor", "Clerk"], ["Order new Mayoral badge ribbon", "Deputy Clerk"]]);
  });
});

describe("a parish council's minutes from a PDF (a constructed text in a common form: the header's date wrapped over two lines, 'b) It was RESOLVED ...')", () => {
  const d = parseMinutes(
    [
      "OAKHURST PARISH COUNCIL",
      "MINUTES OF THE MEETING OF OAKHURST PARISH COUNCIL HELD ON WEDNESDAY 5TH",
      "FEBRUARY 2025 AT 7.00PM IN OAKHURST MEMORIAL HALL", "",
      "PRESENT: Councillors B Adams (Chairman), C Bell, D Crane", "",
      "25/01 FINANCE",
      "a) The following payments were approved:",
      "b) It was RESOLVED to adopt the revised Financial Regulations. Proposed Cllr Bell,", "seconded Cllr Crane, all in favour.", "",
      "25/02 DATE OF NEXT MEETING", "Wednesday 5th March 2025 at 7.00pm.",
    ].join("\n"),
  ).document;
  it("reads the venue after the wrapped date, and both lines as the header", () => {
    expect(d.meeting).toMatchObject({ body: "OAKHURST PARISH COUNCIL", date: "2025-02-05", startTime: "19:00", venue: "OAKHURST MEMORIAL HALL" });
    expect(d.diagnostics.filter((x) => x.code === "unplaced-preamble-line")).toEqual([]);
  });
  it("keeps a point's label out of its decision's text", () => {
    expect(d.items[0]!.resolutions.map((r) => [r.text.slice(0, 28), r.proposer, r.seconder, r.vote.unanimous])).toEqual([["It was RESOLVED to adopt the", "Bell", "Crane", true]]);
  });
});

describe("a town council's public questions and recorded vote (a constructed text in a common form: 'Q1. Mr P Jones of Fore Street asked ...' / 'Response: ...', 'For: Cllrs Adams, Ellis ...')", () => {
  const d = parseMinutes(
    [
      "KINGSBRIDGE TOWN COUNCIL", "Minutes of the Full Council Meeting held on Tuesday 21 January 2025 at 7.00pm at the Quay House, Kingsbridge", "",
      "Present: Cllrs M Adams (Mayor), R Baker, S Clarke, T Dunn, U Ellis, V Ford, W Grey and X Hill", "",
      "C/141/24 PUBLIC QUESTION TIME",
      "Q1. Mr P Jones of Fore Street asked when the public toilets at the Quay would reopen.",
      "Response: The Town Clerk replied that the contractor would complete the works by the end of February.",
      "Q2. Mrs L Kent asked whether the Council would support a 20mph zone in the town centre.",
      "Response: The Mayor responded that the matter would be considered at the next Highways Committee.", "",
      "C/142/24 MOTION ON NOTICE – CLIMATE EMERGENCY",
      'Cllr Ellis moved the following motion: "That this Council declares a climate emergency." The motion was seconded by Cllr Ford.',
      "A recorded vote was requested.",
      "For: Cllrs Adams, Ellis, Ford, Grey and Hill", "Against: Cllrs Baker and Clarke", "Abstained: Cllr Dunn", "The motion was CARRIED.",
    ].join("\n"),
  ).document;
  it("reads each numbered question with its questioner, where they are from, and the response under it", () => {
    expect(d.questions.map((q) => [q.ref, q.kind, q.questioner, q.location, q.question?.text.slice(0, 20), q.response?.text.slice(0, 20)])).toEqual([
      ["Q1", "public", "Mr P Jones", "Fore Street", "Mr P Jones of Fore S", "The Town Clerk repli"],
      ["Q2", "public", "Mrs L Kent", null, "Mrs L Kent asked whe", "The Mayor responded "],
    ]);
  });
  it("reads the recorded vote's names under 'For:' and 'Against:' in any case, and gives its tally to the motion it carried", () => {
    const item = d.items[1]!;
    expect(item.votes.map((v) => [v.for, v.against, v.abstentions, v.outcome, v.forNames, v.againstNames, v.abstainedNames])).toEqual([
      [5, 2, 1, "carried", ["Adams", "Ellis", "Ford", "Grey", "Hill"], ["Baker", "Clarke"], ["Dunn"]],
    ]);
    expect(item.resolutions.map((r) => [r.proposer, r.seconder, r.vote.for, r.vote.against, r.vote.abstentions])).toEqual([["Ellis", "Ford", 5, 2, 1]]);
  });
});

describe("a Welsh town council's minutes in English (a constructed text in a common form: 'Recommendation: That ...' then 'AGREED.', 'Closed 7.45pm.')", () => {
  const d = parseMinutes(
    [
      "LLANFAIR TOWN COUNCIL / CYNGOR TREF LLANFAIR", "",
      "Minutes of the meeting held on Monday 10th February 2025 at 6.30pm in the Town Hall.", "",
      "Councillors present:", "J Smith (Mayor)", "A Brown", "",
      "1. Ymddiheuriadau / Apologies", "Cllr M Morgan.", "",
      "2. Cyllid / Finance", "Recommendation: That the payments list for January be approved.", "AGREED.", "",
      "Closed 7.45pm.",
    ].join("\n"),
  ).document;
  it("reads the venue without the sentence's full stop, and the end time without 'at'", () => {
    expect(d.meeting).toMatchObject({ date: "2025-02-10", startTime: "18:30", endTime: "19:45", venue: "the Town Hall", chair: "J Smith" });
  });
  it("reads 'AGREED.' alone after a recommendation as its outcome, not a second decision", () => {
    expect(d.items[1]!.resolutions.map((r) => [r.kind, r.text])).toEqual([["recommended", "That the payments list for January be approved."]]);
  });
});
