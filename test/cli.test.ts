// The command as a user runs it: exit codes, stdin, and one-line errors for bad input.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, readdirSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures, parsed, root, seed, tempDir } from "./helpers.js";

const bin = join(root, "bin/minutes.js");
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
const tmp = tempDir("minutes-cli-");

describe("minutes parse", () => {
  it("prints the JSON of a file and exits 0", () => {
    const r = run(["parse", join(fixtures, seed("002"))]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).meeting.body).toBe("Cabinet");
  });
  it("reads standard input with '-'", () => {
    const r = run(["parse", "-"], readFileSync(join(fixtures, seed("004"))));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).meeting.date).toBe("2022-02-22");
  });
  it("writes --output atomically and --pretty indents", () => {
    const out = join(tmp, "out.json");
    const r = run(["parse", join(fixtures, seed("003")), "--pretty", "--output", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    const text = readFileSync(out, "utf8");
    expect(text.startsWith('{\n  "schemaVersion": "1"')).toBe(true);
  });
  it("names the user's path when --output cannot be written: a missing folder, a directory", () => {
    const doc = join(fixtures, seed("002"));
    const missing = join(tmp, "no-such-folder", "out.json");
    const a = run(["parse", doc, "-o", missing]);
    expect(a.status).toBe(2);
    expect(a.stderr).toBe(`${missing}:1:1: error: cannot write: no such folder: ${join(tmp, "no-such-folder")}\n`);
    const b = run(["parse", doc, "-o", tmp]);
    expect(b.status).toBe(2);
    expect(b.stderr).toBe(`${tmp}:1:1: error: cannot write: is a directory, not a file\n`);
    // and no temporary file is left beside it
    expect(readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
  it("writes, a piece at a time, the text JSON.stringify makes of the document", () => {
    const doc = parsed(seed("000"));
    expect(run(["parse", join(fixtures, seed("000"))]).stdout).toBe(`${JSON.stringify(doc)}\n`);
    const out = join(tmp, "pieces.json");
    expect(run(["parse", join(fixtures, seed("000")), "--pretty", "-o", out]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });
  it("reads UTF-16 and Windows-1252 files", () => {
    const utf16 = join(tmp, "u16.txt");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(join(fixtures, seed("002")), "utf8"), "utf16le")]));
    expect(JSON.parse(run(["parse", utf16]).stdout).meeting.body).toBe("Cabinet");
    const cp1252 = join(tmp, "cp.txt");
    writeFileSync(cp1252, Buffer.from("Minutes of the meeting of Cabinet held at Hall on 1 May 2020 at 7pm\n\n1. APOLOGIES\nNone \x96 \x93quoted\x94 \xa35\n", "latin1"));
    const r = run(["parse", cp1252]);
    expect(r.status).toBe(0);
    expect(JSON.stringify(JSON.parse(r.stdout).items[0].content)).toContain("“quoted” £5");
  });
  it.each([
    ["a missing file", () => join(tmp, "nope.txt"), /nope\.txt:1:1: error: cannot read: no such file/],
    ["a directory", () => tmp, /:1:1: error: is a directory/],
    ["a binary file", () => { const f = join(tmp, "bin.txt"); writeFileSync(f, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2])); return f; }, /bin\.txt:1:1: error: binary data/],
    [
      "UTF-16 LE without a byte-order mark",
      () => { const f = join(tmp, "u16le.txt"); writeFileSync(f, Buffer.from(readFileSync(join(fixtures, seed("002")), "utf8"), "utf16le")); return f; },
      /u16le\.txt:1:1: error: NUL bytes \(the first at offset 1\): this looks like UTF-16 LE text without a byte-order mark, which is not read; convert it to UTF-8 \(iconv -f UTF-16LE -t UTF-8\)\n/,
    ],
    [
      "UTF-16 BE without a byte-order mark",
      () => { const f = join(tmp, "u16be.txt"); writeFileSync(f, Buffer.from(readFileSync(join(fixtures, seed("002")), "utf8"), "utf16le").swap16()); return f; },
      /u16be\.txt:1:1: error: NUL bytes \(the first at offset 0\): this looks like UTF-16 BE text/,
    ],
  ])("refuses %s with one line and exit 2", (_what, path, message) => {
    const r = run(["parse", path()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it("refuses an unreadable file with exit 2", () => {
    if (process.getuid?.() === 0) return; // root reads anything
    const f = join(tmp, "locked.txt");
    writeFileSync(f, "x");
    chmodSync(f, 0);
    expect(run(["parse", f]).status).toBe(2);
  });
  it("refuses empty input with exit 2: nothing but white space, on standard input or in a file", () => {
    const r = run(["parse", "-"], "");
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("<stdin>:1:1: error: the input is empty\n");
    const f = join(tmp, "blank.txt");
    writeFileSync(f, " \r\n\t\n");
    const b = run(["parse", f]);
    expect(b.status).toBe(2);
    expect(b.stdout).toBe("");
    expect(b.stderr).toBe(`${f}:1:1: error: the input is empty\n`);
  });
  it("exits 1 with a warning on text that is not minutes: a CSV file, a README, a novel", () => {
    const novel = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.\n\n".repeat(20);
    for (const text of ["name,age\nalice,4\nbob,5\n", "# My tool\n\nThis README says how to install it.\n\n## Install\n\nRun npm install.\n", novel]) {
      const r = run(["parse", "-"], text);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/<stdin>:1:1: warning: no meeting structure was found/);
    }
  });
  it("exits 1 on the READMEs of packages this project installs, numbered steps and lists and all", () => {
    // (each gave exit 0 before: a numbered step read as an item, a list point as a decision)
    for (const pkg of ["fast-check", "synckit", "chevrotain", "zod", "typescript"]) {
      const file = join(root, "node_modules", pkg, "README.md");
      const r = run(["parse", file]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1:1: warning: no meeting structure was found`, "m"));
    }
  });
  it("exits 0 on every bundled minutes file, the web page of one agenda item with no header among them", () => {
    for (const dir of ["seeds", "corpus"]) {
      for (const f of readdirSync(join(fixtures, dir)).filter((n) => n.endsWith(".txt"))) {
        const r = run(["parse", join(fixtures, dir, f)]);
        expect([f, r.status]).toEqual([f, 0]);
      }
    }
  });
  it("exits 2 on a usage error, a missing command among them; 0 for the help asked for", () => {
    expect(run(["parse"]).status).toBe(2);
    expect(run(["frobnicate"]).status).toBe(2);
    expect(run(["parse", "x", "--max-size", "lots"]).status).toBe(2);
    const none = run([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toMatch(/^Usage: minutes \[options\] \[command\]/);
    for (const asked of [["help"], ["help", "parse"], ["--help"]]) {
      const h = run(asked);
      expect(h.status).toBe(0);
      expect(h.stdout).toMatch(/^Usage: minutes/);
    }
  });
  it("enforces --max-size, on a file and on standard input", () => {
    const file = join(fixtures, seed("003"));
    const r = run(["parse", file, "--max-size", "0.01"]);
    expect(r.status).toBe(2);
    const size = (readFileSync(file).length / 1048576).toFixed(1);
    expect(r.stderr).toBe(`${file}:1:1: error: file is ${size} MB, over the 0.01 MB limit (raise it with --max-size)\n`);
    const s = run(["parse", "-", "--max-size", "0.01"], readFileSync(file));
    expect(s.status).toBe(2);
    expect(s.stderr).toBe("<stdin>:1:1: error: input is over the 0.01 MB limit (raise it with --max-size)\n");
    const b = run(["parse", "-", "--ndjson", "--max-size", "0.01", "--quiet"], readFileSync(file));
    expect(b.status).toBe(1);
    expect(b.stderr).toBe("<stdin>: error: input is over the 0.01 MB limit (raise it with --max-size)\n");
  });
  it("stops reading standard input at --max-size: a stream that never ends is refused, not read to its end", async () => {
    const child = spawn(process.execPath, [bin, "parse", "-", "--max-size", "1"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdin.on("error", () => {}); // (the command goes away while it is being written to)
    const line = Buffer.from("The council met and agreed to go on meeting.\n".repeat(1000));
    let open = true;
    const pour = () => {
      while (open && child.stdin.write(line));
    };
    child.stdin.on("drain", pour);
    pour();
    // (a command that read on for ever would be stopped here, and the test fail on its exit code)
    const stop = setTimeout(() => child.kill(), 25_000);
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    clearTimeout(stop);
    open = false;
    expect(code).toBe(2);
    expect(stderr).toBe("<stdin>:1:1: error: input is over the 1 MB limit (raise it with --max-size)\n");
  }, 30_000);
  it("prints help with examples and the version", () => {
    const h = run(["parse", "--help"]);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/cat minutes\.txt \| minutes parse -/);
    const v = run(["--version"]);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("a reader that stops reading", () => {
  it("ends the command quietly with exit 0, with no stack trace, when its output pipe closes (| head)", async () => {
    // the documents of every fixture, one a line: far more than a pipe holds, so that writes go on
    // after the reader has closed its end
    const child = spawn(process.execPath, [bin, "parse", join(fixtures, "seeds"), join(fixtures, "corpus"), "--ndjson", "--jobs", "1"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let first = "";
    child.stdout.once("data", (d: Buffer) => {
      first = d.toString();
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(first.startsWith('{"schemaVersion":"1"')).toBe(true);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
  it("says so in one line, exit 2, when its output cannot be written (a full disk)", () => {
    if (process.platform !== "linux") return; // /dev/full is Linux's
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" parse "${join(fixtures, seed("002"))}" > /dev/full`], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("minutes: error: cannot write to standard output: ENOSPC\n");
  });
});
