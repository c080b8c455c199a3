// Batch conversion as a user runs it over an archive: 2,000 varied minutes built from the
// fixtures, a run killed half-way and resumed, bad files mixed in, NDJSON, and the database.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import fg from "fast-glob";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { validateDocument } from "../src/parse.js";
import { makeCorpus } from "../scripts/make-corpus.mjs";
import { fixtures, root, seed, tempDir } from "./helpers.js";

const bin = join(root, "bin/minutes.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", maxBuffer: 1 << 30 });
const tmp = tempDir("minutes-batch-");
const jsonFiles = (dir: string) => fg.sync("**/*.json", { cwd: dir }).sort();
const summary = (stderr: string) => {
  const m = /minutes: (\d+) converted, (\d+) skipped \(up to date\), (\d+) failed/.exec(stderr);
  if (!m) throw new Error(`no summary in: ${stderr}`);
  return { converted: +m[1]!, skipped: +m[2]!, failed: +m[3]! };
};

describe("minutes parse --out-dir over 2,000 documents", () => {
  const input = join(tmp, "archive");
  const out = join(tmp, "out");
  const N = 2000;
  makeCorpus(input, N);

  it("survives being killed half-way: no truncated output, and a second run finishes only the rest", async () => {
    const child = spawn(process.execPath, [bin, "parse", input, "--out-dir", out, "--jobs", "2", "--no-progress"], { stdio: "ignore" });
    // wait until a good share is written, then kill it without warning
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (existsSync(out) && jsonFiles(out).length >= 400) {
          clearInterval(timer);
          child.kill("SIGKILL");
          resolve();
        }
      }, 50);
      child.on("exit", () => {
        clearInterval(timer);
        reject(new Error("the run ended before it could be interrupted"));
      });
    });
    await new Promise((r) => child.on("exit", r));
    const before = jsonFiles(out);
    expect(before.length).toBeGreaterThanOrEqual(400);
    expect(before.length).toBeLessThan(N);
    // every output written is whole and valid
    for (const f of before) expect(validateDocument(JSON.parse(readFileSync(join(out, f), "utf8"))), f).toEqual([]);
    const stamp = statSync(join(out, before[0]!)).mtimeMs;

    const again = run(["parse", input, "--out-dir", out, "--no-progress"]);
    expect(again.status).toBe(0);
    expect(summary(again.stderr)).toEqual({ converted: N - before.length, skipped: before.length, failed: 0 });
    const after = jsonFiles(out);
    expect(after).toHaveLength(N);
    // the folders are mirrored, and nothing half-written or temporary is left
    expect(after[0]).toBe("council-00/minutes-00000.json");
    expect(fg.sync("**/.*", { cwd: out, dot: true })).toEqual([]);
    expect(statSync(join(out, before[0]!)).mtimeMs).toBe(stamp);
    for (const f of after.filter((_, k) => k % 97 === 0)) {
      const doc = JSON.parse(readFileSync(join(out, f), "utf8"));
      expect(validateDocument(doc)).toEqual([]);
      expect(doc.source.path).toBe(join(input, f.replace(/\.json$/, ".txt")));
    }
  }, 180_000);

  it("gives every input its own output when folders given hold the same names, and again the same on a second run", () => {
    const base = join(tmp, "councils");
    const seeds = ["002", "003", "004"];
    seeds.forEach((s, k) => {
      mkdirSync(join(base, `council-${k}`, "2024"), { recursive: true });
      copyFileSync(join(fixtures, seed(s)), join(base, `council-${k}`, "2024", "minutes.txt"));
    });
    const out = join(tmp, "councils-out");
    const folders = seeds.map((_s, k) => join(base, `council-${k}`));
    expect(run(["parse", ...folders, "--out-dir", out, "--quiet"]).status).toBe(0);
    const files = ["2024/minutes-3.json", "2024/minutes.json", "2024/minutes.txt.json"];
    expect(jsonFiles(out)).toEqual(files);
    const source = (f: string) => JSON.parse(readFileSync(join(out, f), "utf8")).source.path;
    expect(files.map(source)).toEqual([2, 0, 1].map((k) => join(folders[k]!, "2024", "minutes.txt")));
    // the same names the next time: all up to date
    const again = run(["parse", ...folders, "--out-dir", out]);
    expect(again.stderr).toMatch(/0 converted, 3 skipped/);
  });
  it("skips everything on a third run, and --force redoes a folder", () => {
    const third = run(["parse", input, "--out-dir", out, "--no-progress"]);
    expect(summary(third.stderr)).toEqual({ converted: 0, skipped: N, failed: 0 });
    const forced = run(["parse", join(input, "council-03"), "--out-dir", join(tmp, "forced"), "--force", "--no-progress"]);
    expect(summary(forced.stderr)).toEqual({ converted: 100, skipped: 0, failed: 0 });
  }, 120_000);
});

describe("minutes parse: bad files in a batch", () => {
  const dir = join(tmp, "mixed");
  mkdirSync(dir, { recursive: true });
  for (const n of ["002", "004"]) copyFileSync(join(fixtures, seed(n)), join(dir, `${n}.txt`));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  // a text file damaged in transfer: NUL bytes where a block was lost
  writeFileSync(join(dir, "corrupt.txt"), Buffer.concat([readFileSync(join(fixtures, seed("003"))).subarray(0, 3000), Buffer.alloc(512), readFileSync(join(fixtures, seed("003"))).subarray(3512)]));

  it("reports each by name, converts the rest, and exits 1", () => {
    const out = join(tmp, "mixed-out");
    const r = run(["parse", dir, "--out-dir", out, "--jobs", "2", "--no-progress"]);
    expect(r.status).toBe(1);
    const errors = r.stderr.split("\n").filter((l) => l.includes(": error: ")).sort();
    expect(errors).toEqual([
      `${join(dir, "binary.txt")}: error: binary data (NUL byte at offset 8); not a text file`,
      `${join(dir, "corrupt.txt")}: error: binary data (NUL byte at offset 3000); not a text file`,
      `${join(dir, "empty.txt")}: error: the input is empty`,
    ]);
    expect(summary(r.stderr)).toEqual({ converted: 2, skipped: 0, failed: 3 });
    expect(jsonFiles(out)).toEqual(["002.json", "004.json"]);
  });
});

describe("minutes parse: usage", () => {
  it("exits 2 for several inputs without a batch option, and for a bad --jobs", () => {
    const r = run(["parse", join(fixtures, seed("002")), join(fixtures, seed("004"))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("give one file, or convert several with --out-dir, --ndjson or --sqlite");
    expect(run(["parse", join(fixtures, "seeds"), "--ndjson", "--jobs", "0"]).status).toBe(2);
  });
  it("reports an input that names nothing, converts the others, and exits 2", () => {
    const r = run(["parse", join(tmp, "nothing-here"), join(fixtures, seed("002")), "--ndjson"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(tmp, "nothing-here")}: error: no such file or folder`);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });
  it("reads a folder's minutes whatever the case of their endings (MINUTES.TXT), and nothing else", () => {
    const dir = join(tmp, "upper");
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(fixtures, seed("002")), join(dir, "MINUTES.TXT"));
    copyFileSync(join(fixtures, seed("004")), join(dir, "notes.Md"));
    writeFileSync(join(dir, "data.CSV"), "a,b\n");
    const out = join(tmp, "upper-out");
    expect(run(["parse", dir, "--out-dir", out, "--quiet"]).status).toBe(0);
    expect(jsonFiles(out)).toEqual(["MINUTES.json", "notes.json"]);
  });
  it("converts each file once when a link leads back up its folders, under its shortest path", () => {
    // (a link to the archive's top inside it gave the same minutes again at each of 40 depths)
    const dir = join(tmp, "looped");
    mkdirSync(join(dir, "2024"), { recursive: true });
    copyFileSync(join(fixtures, seed("002")), join(dir, "2024", "cabinet.txt"));
    copyFileSync(join(fixtures, seed("004")), join(dir, "2024", "zz-council.txt"));
    symlinkSync(dir, join(dir, "2024", "all"));
    const out = join(tmp, "looped-out");
    const r = run(["parse", dir, "--out-dir", out, "--quiet"]);
    expect(r.status).toBe(0);
    expect(jsonFiles(out)).toEqual(["2024/cabinet.json", "2024/zz-council.json"]);
    // the same file named twice, once through the link, is one document too
    const twice = run(["parse", join(dir, "2024", "cabinet.txt"), join(dir, "2024", "all", "2024", "cabinet.txt"), "--ndjson"]);
    expect(twice.stdout.trim().split("\n")).toHaveLength(1);
  });
  it("refuses, in one line and exit 2, an --out-dir that is a file and a --sqlite that cannot be opened", () => {
    const file = join(tmp, "a-file");
    writeFileSync(file, "");
    const seeds = join(fixtures, "seeds");
    const cases: [string[], string][] = [
      [["--out-dir", file], `${file}: error: --out-dir names a file, not a folder\n`],
      [["--sqlite", join(tmp, "no-such-folder", "x.db")], `${join(tmp, "no-such-folder", "x.db")}: error: cannot open the database: no such folder: ${join(tmp, "no-such-folder")}\n`],
      [["--sqlite", tmp], `${tmp}: error: cannot open the database: is a directory, not a file\n`],
      [["--sqlite", join(file, "x.db")], `${join(file, "x.db")}: error: cannot open the database: ${file} is not a folder\n`],
    ];
    for (const [args, message] of cases) {
      const r = run(["parse", seeds, ...args, "--quiet"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(message);
    }
  });
});

describe("minutes parse --ndjson", () => {
  it("streams one document a line, in the order of the inputs", () => {
    const r = run(["parse", join(fixtures, "seeds"), "--ndjson", "--jobs", "2", "-q"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const docs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(docs.map((d) => relative(fixtures, d.source.path))).toEqual(readdirSync(join(fixtures, "seeds")).filter((f) => f.endsWith(".txt")).sort().map((f) => join("seeds", f)));
    expect(docs.map((d) => d.meeting.date)).toEqual([ "2022-09-30", null, "2024-12-19", "2023-09-26", "2022-02-22"]);
  });
  it("reads standard input as one document", () => {
    const r = run(["parse", "-", "--ndjson", "-q"], readFileSync(join(fixtures, seed("002")), "utf8"));
    expect(JSON.parse(r.stdout).meeting.body).toBe("Cabinet");
  });
});

// The README's queries, read from the README itself and run on the seeds' database
type Row = Record<string, unknown>;
const get = (sql: Database.Database, q: string) => sql.prepare(q).get() as Row;
const all = (sql: Database.Database, q: string) => sql.prepare(q).all() as Row[];

const readmeQueries = (): Record<string, string> => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const out: Record<string, string> = {};
  for (const m of readme.matchAll(/<!-- query: ([a-z-]+) -->\n```sql\n([\s\S]*?)\n```/g)) out[m[1]!] = m[2]!;
  return out;
};

describe("minutes parse --sqlite", () => {
  const db = join(tmp, "seeds.db");
  const out = join(tmp, "seeds-out");
  const first = run(["parse", join(fixtures, "seeds"), "--out-dir", out, "--sqlite", db, "--no-progress"]);

  it("holds as many rows as the JSON files hold facts", async () => {
    expect(first.status).toBe(0);
    const sql = new Database(db, { readonly: true });
    const docs = jsonFiles(out).map((f) => JSON.parse(readFileSync(join(out, f), "utf8")));
    const count = (t: string) => Number(get(sql, `SELECT count(*) AS n FROM ${t}`)["n"]);
    expect(count("meetings")).toBe(docs.length);
    expect(count("attendees")).toBe(docs.reduce((n, d) => n + d.attendees.length, 0));
    expect(count("items")).toBe(docs.reduce((n, d) => n + d.items.length, 0));
    expect(count("resolutions")).toBe(docs.reduce((n, d) => n + d.items.reduce((k: number, i: { resolutions: unknown[] }) => k + i.resolutions.length, 0), 0));
    expect(count("clauses")).toBe(docs.reduce((n, d) => n + d.items.reduce((k: number, i: { resolutions: { clauses: unknown[] }[] }) => k + i.resolutions.reduce((c, r) => c + r.clauses.length, 0), 0), 0));
    expect(count("actions")).toBe(docs.reduce((n, d) => n + d.items.reduce((k: number, i: { actions: unknown[] }) => k + i.actions.length, 0), 0));
    expect(count("questions")).toBe(docs.reduce((n, d) => n + d.questions.length, 0));
    expect(sql.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
    sql.close();
  });

  it("updates documents in place when run again", async () => {
    const again = run(["parse", join(fixtures, "seeds"), "--sqlite", db, "--force", "--no-progress"]);
    expect(again.status).toBe(0);
    const sql = new Database(db, { readonly: true });
    expect(Number(get(sql, "SELECT count(*) AS n FROM meetings")["n"])).toBe(5);
    expect(Number(get(sql, "SELECT count(*) AS n FROM search WHERE meeting_id NOT IN (SELECT id FROM meetings)")["n"])).toBe(0);
    sql.close();
  });

  it("answers the README's three queries with the seeds' facts", async () => {
    const q = readmeQueries();
    expect(Object.keys(q).sort()).toEqual(["attendance", "questions", "resolutions"]);
    const sql = new Database(db, { readonly: true });
    const attendance = all(sql, q["attendance"]!);
    expect(attendance.map((r) => [r["date"], r["attendance"]])).toEqual([
      ["2022-02-22", "remote"], // seed 004: "Councillor Toni Fagan attended the meeting remotely"
      ["2022-09-30", "present"],
      ["2023-09-26", "present"],
      ["2024-12-19", "present"],
    ]);
    const resolutions = all(sql, q["resolutions"]!);
    expect(resolutions.map((r) => [r["date"], r["minute"]])).toEqual([
      ["2022-02-22", "67"], // seed 004 minute 67: "... recruitment strategies" in its recommendations
      ["2024-12-19", "44"],
    ]);
    const questions = all(sql, q["questions"]!);
    expect(questions.length).toBe(10); // seeds 000 and 003
    expect(questions[0]).toMatchObject({ date: "2022-09-30", ref: "PQ 1" });
    expect(String(questions[0]!["response"])).toMatch(/^Thank you for your question/);
    sql.close();
  });
});
