/**
 * The JSON document `minutes parse` writes. Each shape is written once, here: the TypeScript types
 * come from `z.infer`, every document is validated against these schemas before it is written, and
 * `minutes schema` prints `z.toJSONSchema` of `MinutesDocument`. Field names in `meeting`,
 * `attendees`, `items`, `declarations`, `questions` and `nextMeeting` are the public contract.
 */
import { z } from "zod";

/** A place in the source: 1-based line and column, 0-based offset (unist). */
export const Point = z.object({ line: z.number().int().min(1), column: z.number().int().min(1), offset: z.number().int().min(0) });
/** Where a node stands in the source; `end` is the first character after it. */
export const Position = z.object({ start: Point, end: Point });

const text = z.string();
const nullableText = z.string().nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const hhmm = z.string().regex(/^\d{2}:\d{2}$/);

/** A block of an item's text: paragraph, list point, heading, table, or page furniture. */
export const Block = z.object({
  type: z.enum(["paragraph", "listItem", "heading", "table", "questionField", "furniture", "label"]),
  label: nullableText.optional(),
  text,
  rows: z.array(z.array(z.string())).optional(),
  position: Position.optional(),
  /** where the number or label that opens the block stands, when the view moved it there (a number column) */
  labelPosition: Position.optional(),
});

export const Clause = z.object({ label: nullableText, text, position: Position.optional() });

export const VoteTally = z.object({
  unanimous: z.boolean().nullable(),
  for: z.number().int().nullable(),
  against: z.number().int().nullable(),
  abstentions: z.number().int().nullable(),
});

export const Resolution = z.object({
  kind: z.enum(["resolved", "recommended", "agreed", "noted", "decision", "motion"]),
  text,
  clauses: z.array(Clause),
  vote: VoteTally,
  proposer: nullableText,
  seconder: nullableText,
  position: Position.optional(),
});

export const Vote = z.object({
  subject: nullableText,
  for: z.number().int().nullable(),
  against: z.number().int().nullable(),
  abstentions: z.number().int().nullable(),
  outcome: z.enum(["carried", "lost"]).nullable(),
  forNames: z.array(z.string()),
  againstNames: z.array(z.string()),
  abstainedNames: z.array(z.string()),
  position: Position.optional(),
});

export const Action = z.object({ text, owner: nullableText, position: Position.optional() });

export const Application = z.object({
  ref: text,
  site: nullableText,
  proposal: nullableText,
  decision: nullableText,
  position: Position.optional(),
});

export const Item = z.object({
  number: nullableText,
  title: nullableText,
  pages: nullableText,
  exempt: z.boolean(),
  content: z.array(Block),
  resolutions: z.array(Resolution),
  votes: z.array(Vote),
  actions: z.array(Action),
  applications: z.array(Application),
  position: Position.optional(),
  /** where the number stands, when not on the heading's line (a number column, a displaced number) */
  numberPosition: Position.optional(),
  /** where the title stands, when not on the number's line */
  titlePosition: Position.optional(),
});

export const Attendance = z.enum(["present", "remote", "apologies", "absent"]);

export const Attendee = z.object({
  name: nullableText,
  honorific: nullableText,
  role: nullableText,
  organisation: nullableText,
  attendance: Attendance,
  reason: nullableText,
  voting: z.boolean().optional(),
  substituteFor: z.string().optional(),
  section: nullableText,
  position: Position.optional(),
});

export const Declaration = z.object({
  name: nullableText,
  item: nullableText,
  kind: nullableText,
  text,
  position: Position.optional(),
});

export const QuestionPart = z.object({ text, position: Position.optional() });

export const Question = z.object({
  ref: nullableText,
  kind: z.enum(["public", "member"]),
  questioner: nullableText,
  location: nullableText,
  to: nullableText,
  question: QuestionPart.nullable(),
  response: QuestionPart.nullable(),
  supplementary: QuestionPart.nullable(),
  supplementaryResponse: QuestionPart.nullable(),
  writtenResponse: z.object({ date: isoDate.nullable(), text, position: Position.optional() }).nullable(),
  item: nullableText,
  position: Position.optional(),
});

export const Diagnostic = z.object({
  severity: z.enum(["error", "warning", "info"]),
  code: z.string(),
  message: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
});

export const Meeting = z.object({
  body: nullableText,
  date: isoDate.nullable(),
  startTime: hhmm.nullable(),
  endTime: hhmm.nullable(),
  venue: nullableText,
  draft: z.boolean(),
  chair: nullableText,
  viceChair: nullableText,
  weekday: nullableText,
  title: nullableText,
});

export const Appendix = z.object({ title: nullableText, content: z.array(Block), position: Position.optional() });

/** The file a document was converted from, recorded by batch conversion to know when it is up to date. */
export const Source = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  /** the version of minutes that converted it */
  parser: z.string(),
});

/** One set of minutes. */
export const MinutesDocument = z.object({
  schemaVersion: z.literal("1"),
  source: Source.optional(),
  meeting: Meeting,
  attendees: z.array(Attendee),
  items: z.array(Item),
  declarations: z.array(Declaration),
  questions: z.array(Question),
  nextMeeting: z.object({ date: isoDate, time: hhmm.nullable(), text: z.string().optional() }).nullable(),
  preamble: z.array(Block),
  appendices: z.array(Appendix),
  diagnostics: z.array(Diagnostic),
});

export type PointT = z.infer<typeof Point>;
export type PositionT = z.infer<typeof Position>;
export type BlockT = z.infer<typeof Block>;
export type ClauseT = z.infer<typeof Clause>;
export type ResolutionT = z.infer<typeof Resolution>;
export type VoteT = z.infer<typeof Vote>;
export type ActionT = z.infer<typeof Action>;
export type ApplicationT = z.infer<typeof Application>;
export type ItemT = z.infer<typeof Item>;
export type AttendeeT = z.infer<typeof Attendee>;
export type DeclarationT = z.infer<typeof Declaration>;
export type QuestionT = z.infer<typeof Question>;
export type DiagnosticT = z.infer<typeof Diagnostic>;
export type MeetingT = z.infer<typeof Meeting>;
export type AppendixT = z.infer<typeof Appendix>;
export type MinutesDocumentT = z.infer<typeof MinutesDocument>;
export type SourceT = z.infer<typeof Source>;

/** The JSON Schema of the document, for `minutes schema`. */
export function jsonSchema(): unknown {
  return z.toJSONSchema(MinutesDocument, { target: "draft-2020-12" });
}
