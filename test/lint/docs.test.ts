// Every rule has a docs page whose incorrect example the rule reports and whose correct example
// it does not; the pages are read from docs/rules, as a user reads them.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint.js";
import { rules } from "../../src/lint/rules/index.js";

const docs = new URL("../../docs/rules/", import.meta.url);

function example(page: string, heading: "Incorrect" | "Correct"): string {
  const m = new RegExp(String.raw`## ${heading}\n\n\`\`\`minutes\n([\s\S]*?)\n\`\`\``).exec(page);
  if (!m) throw new Error(`no ${heading} example`);
  return m[1]! + "\n";
}

describe("rule docs pages", () => {
  it("has one page per rule and no page without a rule", () => {
    expect(readdirSync(docs).sort()).toEqual(rules.map((r) => `${r.alias}.md`).sort());
  });
  it("gives each rule a unique id and alias", () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(new Set(rules.map((r) => r.alias)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^MIN\d{3}$/);
      expect(r.alias).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
  });
  for (const rule of rules) {
    const page = readFileSync(new URL(`${rule.alias}.md`, docs), "utf8");
    it(`${rule.id} ${rule.alias}: the page names the rule, its severity and whether it fixes`, () => {
      expect(page.startsWith(`# ${rule.alias} (${rule.id})\n`)).toBe(true);
      expect(page).toContain(`Default severity: **${rule.severity}**`);
      expect(page).toContain(`Fixable with \`--fix\`: **${rule.fixable ? "yes" : "no"}**`);
    });
    it(`${rule.id} ${rule.alias}: reports the incorrect example`, () => {
      const found = lintText(example(page, "Incorrect"), new Map(), [rule]);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((m) => m.ruleId === rule.id)).toBe(true);
    });
    it(`${rule.id} ${rule.alias}: passes the correct example`, () => {
      expect(lintText(example(page, "Correct"), new Map(), [rule])).toEqual([]);
    });
    if (rule.fixable) {
      it(`${rule.id} ${rule.alias}: its fix turns the incorrect example into one it passes`, async () => {
        const { lintAndFix } = await import("../../src/lint/lint.js");
        const fixed = lintAndFix(example(page, "Incorrect"));
        expect(fixed.applied).toBeGreaterThan(0);
        expect(lintText(fixed.text, new Map(), [rule])).toEqual([]);
      });
    }
  }
});
