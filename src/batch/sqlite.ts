/**
 * The archive database (`--sqlite FILE`): meetings, attendees, items, resolutions with their
 * clauses, votes, actions, declarations and questions, with foreign keys and indexes, and a
 * full-text index (SQLite FTS5) over item text, resolutions and questions. A document is keyed
 * by the real path of its source (links resolved): converting it again, by any path, replaces it
 * in place.
 *
 * SQLite here is better-sqlite3, which uses SQLite's own file locks, so that any other client
 * (sqlite3, Python, Datasette) can read the database while a batch writes it. The database is in
 * write-ahead-log mode: a reader sees the documents of the last commit, whole; a run killed at any
 * moment leaves the database as at its last commit, and the next run carries on from there.
 */
import type BetterSqlite3 from "better-sqlite3";

type Db = BetterSqlite3.Database;
type Value = string | number | bigint | null;
import type { MinutesDocumentT } from "../schema.js";

const SCHEMA = `
PRAGMA foreign_keys = ON;
PRAGMA journal_mode = WAL;
PRAGMA busy_timeout = 10000;
CREATE TABLE IF NOT EXISTS meetings (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  parser TEXT NOT NULL,
  body TEXT, date TEXT, start_time TEXT, end_time TEXT, venue TEXT,
  draft INTEGER NOT NULL, chair TEXT, vice_chair TEXT, title TEXT,
  next_meeting_date TEXT, next_meeting_time TEXT
);
CREATE INDEX IF NOT EXISTS meetings_date ON meetings(date);
CREATE INDEX IF NOT EXISTS meetings_body ON meetings(body);
CREATE TABLE IF NOT EXISTS attendees (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  name TEXT, honorific TEXT, role TEXT, organisation TEXT,
  attendance TEXT NOT NULL, reason TEXT, voting INTEGER, substitute_for TEXT, section TEXT,
  line INTEGER
);
CREATE INDEX IF NOT EXISTS attendees_meeting ON attendees(meeting_id);
CREATE INDEX IF NOT EXISTS attendees_name ON attendees(name);
CREATE TABLE IF NOT EXISTS items (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL, number TEXT, title TEXT, exempt INTEGER NOT NULL, text TEXT NOT NULL,
  line INTEGER
);
CREATE INDEX IF NOT EXISTS items_meeting ON items(meeting_id);
CREATE TABLE IF NOT EXISTS resolutions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
  unanimous INTEGER, votes_for INTEGER, votes_against INTEGER, abstentions INTEGER,
  proposer TEXT, seconder TEXT, line INTEGER
);
CREATE INDEX IF NOT EXISTS resolutions_item ON resolutions(item_id);
CREATE TABLE IF NOT EXISTS clauses (
  id INTEGER PRIMARY KEY,
  resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL, label TEXT, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS clauses_resolution ON clauses(resolution_id);
CREATE TABLE IF NOT EXISTS votes (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  subject TEXT, votes_for INTEGER, votes_against INTEGER, abstentions INTEGER, outcome TEXT,
  for_names TEXT, against_names TEXT, abstained_names TEXT
);
CREATE INDEX IF NOT EXISTS votes_item ON votes(item_id);
CREATE TABLE IF NOT EXISTS actions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  text TEXT NOT NULL, owner TEXT
);
CREATE INDEX IF NOT EXISTS actions_item ON actions(item_id);
CREATE INDEX IF NOT EXISTS actions_owner ON actions(owner);
CREATE TABLE IF NOT EXISTS declarations (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  name TEXT, item TEXT, kind TEXT, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS declarations_meeting ON declarations(meeting_id);
CREATE TABLE IF NOT EXISTS questions (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  ref TEXT, kind TEXT NOT NULL, questioner TEXT, location TEXT, addressed_to TEXT,
  question TEXT, response TEXT, supplementary TEXT, supplementary_response TEXT,
  written_response TEXT, item TEXT
);
CREATE INDEX IF NOT EXISTS questions_meeting ON questions(meeting_id);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
  kind UNINDEXED, row_id UNINDEXED, meeting_id UNINDEXED, text, tokenize = 'porter unicode61'
);
`;

const b = (x: boolean | null | undefined): Value => (x === null || x === undefined ? null : x ? 1 : 0);
const v = (x: string | number | null | undefined): Value => (x === undefined ? null : x);
const id = (r: { lastInsertRowid: number | bigint }) => Number(r.lastInsertRowid);

export class ArchiveDb {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private constructor(private readonly db: Db) {}

  /** Open (creating if need be) the database at `path`. */
  static async open(path: string): Promise<ArchiveDb> {
    // a CommonJS package: its export arrives under default, or as the module, depending on the loader
    const mod = (await import("better-sqlite3")) as unknown as { default?: typeof BetterSqlite3 } & typeof BetterSqlite3;
    const Database = mod.default ?? mod;
    const db = new Database(path, { timeout: 10_000 });
    db.exec(SCHEMA);
    return new ArchiveDb(db);
  }

  /** A statement, prepared once per database. */
  private stmt(sql: string): BetterSqlite3.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  private run(sql: string, params: Value | Value[] = []): { lastInsertRowid: number | bigint } {
    return this.stmt(sql).run(params);
  }

  /** The sha256 and converter version recorded for each path, to skip unchanged files. */
  known(): Map<string, { sha256: string; parser: string }> {
    const rows = this.stmt("SELECT path, sha256, parser FROM meetings").all() as { path: string; sha256: string; parser: string }[];
    return new Map(rows.map((r) => [r.path, { sha256: r.sha256, parser: r.parser }]));
  }

  begin(): void {
    this.db.exec("BEGIN IMMEDIATE");
  }

  commit(): void {
    this.db.exec("COMMIT");
  }

  /** Insert a document, replacing any earlier one from the same path. */
  put(doc: MinutesDocumentT, key: string): void {
    const src = doc.source!;
    const old = this.stmt("SELECT id FROM meetings WHERE path = ?").get(key) as { id: number } | undefined;
    if (old) {
      this.run("DELETE FROM search WHERE meeting_id = ?", old.id);
      this.run("DELETE FROM meetings WHERE id = ?", old.id);
    }
    const m = doc.meeting;
    const meetingId = id(
      this.run(
        "INSERT INTO meetings (path, sha256, parser, body, date, start_time, end_time, venue, draft, chair, vice_chair, title, next_meeting_date, next_meeting_time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [key, src.sha256, src.parser, m.body, m.date, m.startTime, m.endTime, m.venue, b(m.draft), m.chair, m.viceChair, m.title, v(doc.nextMeeting?.date), v(doc.nextMeeting?.time)],
      ),
    );
    const search = (kind: string, rowId: number, text: string | null | undefined) => {
      if (text && text.trim()) this.run("INSERT INTO search (kind, row_id, meeting_id, text) VALUES (?,?,?,?)", [kind, rowId, meetingId, text]);
    };
    for (const a of doc.attendees) {
      this.run("INSERT INTO attendees (meeting_id, name, honorific, role, organisation, attendance, reason, voting, substitute_for, section, line) VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
        meetingId, a.name, a.honorific, a.role, a.organisation, a.attendance, a.reason, b(a.voting), v(a.substituteFor), a.section, v(a.position?.start.line),
      ]);
    }
    doc.items.forEach((item, ord) => {
      const text = item.content.map((c) => c.text).join("\n");
      const itemId = id(this.run("INSERT INTO items (meeting_id, ord, number, title, exempt, text, line) VALUES (?,?,?,?,?,?,?)", [meetingId, ord, item.number, item.title, b(item.exempt), text, v(item.position?.start.line)]));
      search("item", itemId, [item.title, text].filter(Boolean).join("\n"));
      item.resolutions.forEach((r, k) => {
        const rid = id(
          this.run("INSERT INTO resolutions (item_id, ord, kind, text, unanimous, votes_for, votes_against, abstentions, proposer, seconder, line) VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
            itemId, k, r.kind, r.text, b(r.vote.unanimous), r.vote.for, r.vote.against, r.vote.abstentions, r.proposer, r.seconder, v(r.position?.start.line),
          ]),
        );
        r.clauses.forEach((c, j) => this.run("INSERT INTO clauses (resolution_id, ord, label, text) VALUES (?,?,?,?)", [rid, j, c.label, c.text]));
        search("resolution", rid, [r.text, ...r.clauses.map((c) => c.text)].join("\n"));
      });
      for (const x of item.votes) {
        this.run("INSERT INTO votes (item_id, subject, votes_for, votes_against, abstentions, outcome, for_names, against_names, abstained_names) VALUES (?,?,?,?,?,?,?,?,?)", [
          itemId, x.subject, x.for, x.against, x.abstentions, x.outcome, x.forNames.join("; "), x.againstNames.join("; "), x.abstainedNames.join("; "),
        ]);
      }
      for (const a of item.actions) this.run("INSERT INTO actions (item_id, text, owner) VALUES (?,?,?)", [itemId, a.text, a.owner]);
    });
    for (const d of doc.declarations) this.run("INSERT INTO declarations (meeting_id, name, item, kind, text) VALUES (?,?,?,?,?)", [meetingId, d.name, d.item, d.kind, d.text]);
    for (const q of doc.questions) {
      const qid = id(
        this.run(
          "INSERT INTO questions (meeting_id, ref, kind, questioner, location, addressed_to, question, response, supplementary, supplementary_response, written_response, item) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
          [meetingId, q.ref, q.kind, q.questioner, q.location, q.to, v(q.question?.text), v(q.response?.text), v(q.supplementary?.text), v(q.supplementaryResponse?.text), v(q.writtenResponse?.text), q.item],
        ),
      );
      search("question", qid, [q.question?.text, q.response?.text, q.supplementary?.text, q.supplementaryResponse?.text].filter(Boolean).join("\n"));
    }
  }

  /** Rows in each table, for the summary and the tests. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const t of ["meetings", "attendees", "items", "resolutions", "clauses", "votes", "actions", "declarations", "questions", "search"]) {
      out[t] = Number((this.stmt(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
    }
    return out;
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }
}
