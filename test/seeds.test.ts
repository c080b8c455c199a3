// Facts a careful reader takes from the seeds, asserted on the parsed documents.
import { describe, expect, it } from "vitest";
import { parsed, read, seed } from "./helpers.js";

describe("seed 002 (markdown-ish Cabinet minutes)", () => {
  const d = parsed(seed("002"));
  it("reads the header", () => {
    expect(d.meeting).toMatchObject({ body: "Cabinet", date: "2024-12-19", startTime: "14:30", endTime: "15:15", draft: true, chair: "Jonathan Lester", viceChair: "Elissa Swinglehurst" });
    expect(d.meeting.venue).toBe("Herefordshire Council Offices, Plough Lane, Hereford, HR4 0LE");
  });
  it("reads voting and remote members", () => {
    expect(d.attendees.find((a) => a.name === "Philip Price")).toMatchObject({ attendance: "present", voting: true });
    expect(d.attendees.find((a) => a.name === "Stoddart")).toMatchObject({ attendance: "remote", voting: false });
    expect(d.attendees.find((a) => a.name === "Powell")).toMatchObject({ attendance: "apologies" });
    expect(d.attendees.find((a) => a.name === "S Gregory")?.role).toBe("Secretary");
  });
  it("reads item 44's resolution with its proposer and clauses", () => {
    const it44 = d.items.find((i) => i.number === "44")!;
    expect(it44.title).toBe("CORPORATE PARENTING STRATEGY");
    expect(it44.resolutions).toHaveLength(1);
    expect(it44.resolutions[0]).toMatchObject({ proposer: "Lester", vote: { unanimous: true } });
    expect(it44.resolutions[0]!.clauses.map((c) => c.label)).toEqual(["a", "b"]);
  });
});

describe("seed 004 (PDF text export)", () => {
  const d = parsed(seed("004"));
  it("finds items 60 to 71, with the displaced 71", () => {
    expect(d.items.map((i) => i.number)).toEqual(["60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71"]);
    expect(d.items.at(-1)!.title).toBe("DATE OF NEXT MEETING");
  });
  it("counts the lost-bullet points of item 70's AGREED", () => {
    const r = d.items.find((i) => i.number === "70")!.resolutions[0]!;
    expect(r.kind).toBe("agreed");
    expect(r.clauses).toHaveLength(2);
  });
  it("reads remote attendance from the * legend and the item text", () => {
    expect(d.attendees.find((a) => a.name === "Toni Fagan")).toMatchObject({ attendance: "remote", voting: false });
    expect(d.attendees.find((a) => a.name === "Jim Kenyon")).toMatchObject({ attendance: "present", voting: false });
    expect(d.attendees.find((a) => a.name === "Jane Ellis")).toMatchObject({ attendance: "apologies", role: "Director of Healthwatch" });
  });
  it("reads the end time and the next meeting", () => {
    expect(d.meeting.endTime).toBe("17:30");
    expect(d.nextMeeting).toMatchObject({ date: "2022-03-22", time: "14:30" });
  });
  it("records one action each in items 66 and 67", () => {
    expect(d.items.find((i) => i.number === "66")!.actions).toHaveLength(1);
    expect(d.items.find((i) => i.number === "67")!.actions[0]!.text).toMatch(/^The Director for Children’s Services would provide/);
  });
});

describe("seed 000 (question tables)", () => {
  const d = parsed(seed("000"));
  it("reads the public and member questions from the appendix tables", () => {
    expect(d.questions.map((q) => q.ref)).toEqual(["PQ 1", "PQ 2", "PQ 3", "PQ 4", "PQ 5", "MQ 1"]);
    const pq2 = d.questions[1]!;
    expect(pq2).toMatchObject({ kind: "public", questioner: "Ms Currie", location: "Hereford", to: "Cabinet member children and families" });
    expect(pq2.writtenResponse?.date).toBe("2022-10-13");
    expect(d.questions[5]).toMatchObject({ kind: "member", questioner: "Cllr Carole Gandy", location: "Mortimer" });
  });
  it("keeps the 'Agenda item no. 3' table as an appendix, not an item", () => {
    expect(d.items.map((i) => i.number)).toEqual(["23", "24", "25", "26", "27"]);
    expect(d.items[2]!.pages).toBe("Pages 7 - 12");
    expect(d.appendices.map((a) => a.title)).toContain("Agenda item no. 3 - Questions from members of the public");
  });
  it("does not take 'proposed and introduced the report' for a resolution", () => {
    expect(d.items.flatMap((i) => i.resolutions)).toEqual([]);
  });
});

describe("seed 003 (question blocks and named substitutes)", () => {
  const d = parsed(seed("003"));
  it("reads a named substitute and a co-optee in columns", () => {
    expect(d.attendees.find((a) => a.name === "Frank Cornthwaite")?.substituteFor).toBe("Rob Williams");
    expect(d.attendees.find((a) => a.name === "Helen Wain")).toMatchObject({ honorific: "Superintendent", role: "West Mercia Police" });
  });
  it("reads supplementary questions and their responses", () => {
    expect(d.questions.map((q) => q.questioner)).toEqual(["Eddy Parkinson", "Rachel Gallagher", "Hannah Currie", "Ms Reid"]);
    expect(d.questions[2]!.supplementaryResponse?.text).toBe("Written response to follow.");
  });
  it("has no end time for 'Time Not Specified'", () => {
    expect(d.meeting.endTime).toBeNull();
    expect(d.nextMeeting).toMatchObject({ date: "2023-11-14", time: "14:00" });
  });
});

describe("seed 001 (one agenda item, no header)", () => {
  const d = parsed(seed("001"));
  it("is one untitled item holding the text", () => {
    expect(d.meeting.body).toBeNull();
    expect(d.items).toHaveLength(1);
    expect(d.items[0]).toMatchObject({ number: null, title: null });
    expect(d.items[0]!.content.filter((c) => c.type === "listItem").length).toBeGreaterThan(20);
  });
});

describe("positions", () => {
  it("point into the original file", () => {
    const rel = seed("004");
    const d = parsed(rel);
    const it66 = d.items.find((i) => i.number === "66")!;
    expect(it66.position?.start.line).toBe(72);
    const text = read(rel);
    expect(text.slice(it66.position!.start.offset, it66.position!.start.offset + 3)).toBe("66.");
  });
});
