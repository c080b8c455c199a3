// `minutes lint` as a user and a CI job run it: the seeds' real defects with their lines, the
// output formats checked against their specifications, configuration, --fix, and exit codes.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { default as formats } from "ajv-formats";

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext
const addFormats = formats as unknown as (ajv: Ajv) => Ajv;
import { describe, expect, it } from "vitest";
import { fixtures, root, seed, tempDir } from "../helpers.js";

const bin = join(root, "bin/minutes.js");
const run = (args: string[], opts: { input?: string; cwd?: string; env?: Record<string, string> } = {}) =>
  spawnSync(process.execPath, [bin, ...args], { input: opts.input, cwd: opts.cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...opts.env } });
const tmp = tempDir("minutes-lint-");
const seeds = join(fixtures, "seeds");

interface JsonReport {
  files: { file: string; messages: { ruleId: string; alias: string; severity: string; line: number; column: number; message: string }[] }[];
  errorCount: number;
  warningCount: number;
}
const lintJson = (args: string[]): { status: number | null; report: JsonReport; stderr: string } => {
  const r = run(["lint", "--format", "json", ...args]);
  return { status: r.status, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
};
const found = (report: JsonReport, seedFile: string) => report.files.find((f) => f.file.endsWith(seedFile))!.messages.map((m) => `${m.line}:${m.column} ${m.alias}`);

describe("minutes lint on the seeds", () => {
  const { status, report } = lintJson([seeds]);
  it("exits 1: the seeds hold error-level defects", () => {
    expect(status).toBe(1);
    expect(report.files.map((f) => f.file.split("/").pop())).toEqual(["000_1b0338201f812a34.txt", "001_e82ae29cfd84806a.txt", "002_f71fa4cd35eb6994.txt", "003_2bed386ef421527e.txt", "004_93a416bcbe6d1f5a.txt"]);
  });
  it("finds the HTML tags of 000 and 003 and the empty link targets of 000", () => {
    const m000 = found(report, seed("000").split("/")[1]!);
    expect(m000).toContain("127:32 html-tag"); // "... following points:<p>Social Workers ..."
    expect(m000).toContain("169:183 empty-link"); // "Link: [Home - Social Work England](#)"
    expect(m000.filter((m) => m.endsWith("empty-link"))).toHaveLength(3);
    const m003 = found(report, seed("003").split("/")[1]!);
    expect(m003).toContain("68:1 html-tag"); // "<b>Questioner:</b>"
    expect(m003).toContain("85:1 html-tag"); // "<p>To quote from your response ...</p> <p style=...>"
  });
  it("finds the unbalanced ** and the draft marker of 002", () => {
    expect(found(report, seed("002").split("/")[1]!)).toEqual(["3:1 draft-marker", "84:233 unbalanced-emphasis", "118:107 unbalanced-emphasis"]);
  });
  it("finds the placeholder end time of 003 at the placeholder", () => {
    const m = report.files.find((f) => f.file.endsWith(seed("003").split("/")[1]!))!.messages.find((x) => x.alias === "end-time-invalid")!;
    expect([m.line, m.column]).toEqual([465, 22]);
    expect(m.message).toContain("'Time Not Specified'");
    expect(readFileSync(join(fixtures, seed("003")), "utf8").split("\n")[464]!.slice(21)).toBe("Time Not Specified");
  });
  it("finds the displaced minute number 71 of 004 on its own line", () => {
    const m = report.files.find((f) => f.file.endsWith(seed("004").split("/")[1]!))!.messages;
    expect(m.map((x) => `${x.line}:${x.column} ${x.alias}`)).toEqual(["381:1 item-number-displaced"]);
    expect(m[0]!.message).toContain("'DATE OF NEXT MEETING' (line 389)");
    expect(readFileSync(join(fixtures, seed("004")), "utf8").split("\n")[380]).toBe("71.");
  });
  it("finds written responses promised and never recorded (000 PQ 5, 003)", () => {
    expect(found(report, seed("000").split("/")[1]!)).toContain("253:1 question-no-response");
    expect(found(report, seed("003").split("/")[1]!)).toContain("93:1 question-no-response");
  });
});

describe("minutes lint: a clean fixture", () => {
  it("exits 0 and prints nothing for 002 with its defects fixed", () => {
    const r = run(["lint", join(fixtures, "lint/002-clean.txt")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("");
  });
});

describe("minutes lint: formats", () => {
  it("--format github writes one workflow annotation per problem", () => {
    const r = run(["lint", "--format", "github", join(fixtures, seed("002"))]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^::(error|warning) file=[^,]+,line=\d+,col=\d+(,endLine=\d+)?(,endColumn=\d+)?,title=MIN\d{3} [a-z-]+::\S.*$/);
    expect(lines[0]).toBe(`::error file=${join(fixtures, seed("002"))},line=3,col=1,endLine=3,endColumn=6,title=MIN017 draft-marker::draft marker 'DRAFT': these minutes are marked as a draft`);
  });
  it("--format github escapes what the workflow syntax reserves", () => {
    const dir = join(tmp, "odd,name");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "a:b.txt");
    copyFileSync(join(fixtures, seed("002")), file);
    const first = run(["lint", "--format", "github", file]).stdout.split("\n")[0]!;
    expect(first).toContain("file=" + file.replace(/:/g, "%3A").replace(/,/g, "%2C") + ",");
  });
  it("--format sarif validates against the SARIF 2.1.0 schema", () => {
    const r = run(["lint", "--format", "sarif", seeds]);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(join(root, "test/schemas/sarif-schema-2.1.0.json"), "utf8"));
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }) // the schema has a pattern that is invalid with the u flag;
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe("2.1.0");
    const results = log.runs[0].results;
    const draft = results.find((x: { ruleId: string }) => x.ruleId === "MIN017");
    expect(draft.locations[0].physicalLocation.region.startLine).toBe(3);
    expect(log.runs[0].tool.driver.rules[draft.ruleIndex].name).toBe("draft-marker");
  });
  it("--format sarif is still valid when nothing is found", () => {
    const log = JSON.parse(run(["lint", "--format", "sarif", join(fixtures, "lint/002-clean.txt")]).stdout);
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    expect(ajv.validate(JSON.parse(readFileSync(join(root, "test/schemas/sarif-schema-2.1.0.json"), "utf8")), log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });
  it("stylish groups by file, ends with a summary, and colours only when asked", () => {
    const plain = run(["lint", join(fixtures, seed("002"))]);
    expect(plain.stdout).toContain("3:1");
    expect(plain.stdout).toContain("draft-marker (MIN017)");
    expect(plain.stdout).toContain("3 problems (3 errors, 0 warnings)");
    expect(plain.stdout).not.toContain("\x1b[");
    expect(run(["lint", "--color", join(fixtures, seed("002"))]).stdout).toContain("\x1b[31m");
  });
});

describe("minutes lint: inputs and exit codes", () => {
  it("reads standard input with '-'", () => {
    const r = run(["lint", "--format", "json", "-"], { input: readFileSync(join(fixtures, seed("002")), "utf8") });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).files[0].file).toBe("<stdin>");
  });
  it("expands glob patterns", () => {
    const { report } = lintJson([join(seeds, "00[24]_*.txt")]);
    expect(report.files).toHaveLength(2);
  });
  it("exits 2 for a missing file, and still lints the others", () => {
    const { status, report, stderr } = lintJson([join(tmp, "nope.txt"), join(fixtures, "lint/002-clean.txt")]);
    expect(status).toBe(2);
    expect(stderr).toBe(`${join(tmp, "nope.txt")}:1:1: error: no such file or folder\n`);
    expect(report.files).toHaveLength(1);
  });
  it("exits 2 for an empty file or blank standard input, as parse does, and still lints the others", () => {
    const empty = join(tmp, "empty.txt");
    writeFileSync(empty, "\n  \n");
    const { status, report, stderr } = lintJson([empty, join(fixtures, "lint/002-clean.txt")]);
    expect(status).toBe(2);
    expect(stderr).toBe(`${empty}:1:1: error: the input is empty\n`);
    expect(report.files.map((f) => f.file)).toEqual([join(fixtures, "lint/002-clean.txt")]);
    const r = run(["lint", "-"], { input: "" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("<stdin>:1:1: error: the input is empty\n");
  });
  it("exits 2 for a pattern that matches nothing and for no inputs", () => {
    expect(run(["lint", join(tmp, "*.none")]).status).toBe(2);
    const r = run(["lint"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("give files, folders or glob patterns");
  });
  it("counts warnings against --max-warnings", () => {
    const file = join(fixtures, seed("001")); // warnings only
    expect(run(["lint", file]).status).toBe(0);
    expect(run(["lint", "--max-warnings", "0", file]).status).toBe(1);
    expect(run(["lint", "--max-warnings", "5", file]).status).toBe(0);
    expect(run(["lint", "--max-warnings", "x", file]).status).toBe(2);
  });
  it("lists the rules", () => {
    const r = run(["lint", "--list-rules"]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^MIN001 {2}header-incomplete +warning/);
  });
});

describe("minutes lint: configuration", () => {
  it("finds .minutesrc.json above the file and applies it", () => {
    const dir = join(tmp, "council", "2024");
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(fixtures, seed("002")), join(dir, "cabinet.txt"));
    writeFileSync(join(tmp, "council", ".minutesrc.json"), JSON.stringify({ rules: { "draft-marker": "off", MIN006: "warning" } }));
    const { status, report } = lintJson([join(dir, "cabinet.txt")]);
    expect(status).toBe(0);
    expect(report.files[0]!.messages.map((m) => `${m.alias}:${m.severity}`)).toEqual(["unbalanced-emphasis:warning", "unbalanced-emphasis:warning"]);
  });
  it("reports a wrong configuration by name and exits 2", () => {
    const bad = join(tmp, "bad.json");
    writeFileSync(bad, JSON.stringify({ rules: { "draft-marker": "loud" } }));
    const r = run(["lint", "--config", bad, join(fixtures, seed("002"))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:1:1: error: invalid configuration at rules.draft-marker: `));
    writeFileSync(bad, JSON.stringify({ rules: { "no-such-rule": "off" } }));
    expect(run(["lint", "--config", bad, join(fixtures, seed("002"))]).stderr).toContain("no rule 'no-such-rule'");
    writeFileSync(bad, "{ not json");
    expect(run(["lint", "--config", bad, join(fixtures, seed("002"))]).status).toBe(2);
  });
});

describe("minutes lint --fix", () => {
  it("removes stray markup, writes the file back, and reports what is left", () => {
    const file = join(tmp, "003.txt");
    copyFileSync(join(fixtures, seed("003")), file);
    const before = readFileSync(file, "utf8");
    const r = run(["lint", "--fix", "--format", "json", file]);
    const after = readFileSync(file, "utf8");
    expect(after).not.toMatch(/<\/?(?:p|b)\b/);
    expect(after.split("\n")[67]).toBe(before.split("\n")[67]!.replace("<b>", "").replace("</b>", ""));
    const left = JSON.parse(r.stdout).files[0].messages.map((m: { alias: string }) => m.alias);
    expect(left).not.toContain("html-tag");
    expect(left).toContain("end-time-invalid");
    // the words are all still there
    const words = (s: string) => s.replace(/<[^>]+>/g, " ").split(/\s+/).filter(Boolean);
    expect(words(after)).toEqual(words(before));
  });
  it("refuses --fix on standard input", () => {
    const r = run(["lint", "--fix", "-"], { input: "x" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--fix cannot write back to standard input");
  });
});

describe("minutes lint: the command's list of formats", () => {
  it("is the formatters' list (the command names them without loading them)", async () => {
    const { formatters } = await import("../../src/lint/formatters/index.js");
    const r = run(["lint", "--help"]);
    expect(r.stdout.replace(/\s+/g, " ")).toContain(`(choices: ${Object.keys(formatters).map((f) => `"${f}"`).join(", ")},`);
  });
});
