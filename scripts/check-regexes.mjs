#!/usr/bin/env node
// Checks every regular expression literal in grammar/ and src/ for catastrophic backtracking
// with recheck (a ReDoS checker), and the patterns built with new RegExp(String.raw`...`) with
// their shared parts filled in. Prints one line per pattern that is not safe; exits 1 when any
// is exponential, or polynomial in grammar/ (the token patterns that see every line).
//   node scripts/check-regexes.mjs [--all] [grammar|src ...]
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { checkSync } from "recheck";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const files = (dirs.length ? dirs : ["grammar", "src"]).flatMap((d) => readdirSync(join(root, d), { recursive: true }).filter((f) => String(f).endsWith(".ts") && !String(f).endsWith(".d.ts")).map((f) => join(d, String(f))));

/** The regular expressions written in a file: literals, and String.raw templates given to new RegExp. */
export function patternsOf(file) {
  const text = readFileSync(join(root, file), "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const consts = new Map();
  const out = [];
  const visit = (n) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && ts.isTaggedTemplateExpression(n.initializer) && ts.isNoSubstitutionTemplateLiteral(n.initializer.template)) {
      consts.set(n.name.text, n.initializer.template.rawText ?? n.initializer.template.text);
    }
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = n.getText();
      const k = lit.lastIndexOf("/");
      out.push({ source: lit.slice(1, k), flags: lit.slice(k + 1), line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1 });
    }
    if (ts.isNewExpression(n) && n.expression.getText() === "RegExp" && n.arguments?.[0] && ts.isTaggedTemplateExpression(n.arguments[0])) {
      const t = n.arguments[0].template;
      let src = ts.isNoSubstitutionTemplateLiteral(t) ? t.rawText : t.head.rawText;
      let known = true;
      if (!ts.isNoSubstitutionTemplateLiteral(t)) {
        for (const span of t.templateSpans) {
          const name = span.expression.getText();
          if (consts.has(name)) src += consts.get(name);
          else if (name === "COUNT_WORD" || name === "MINUTE_NUMBER") src += consts.get(name) ?? "(?:\\d+)";
          else {
            known = false;
            src += "(?:x)";
          }
          src += span.literal.rawText;
        }
      }
      const flags = n.arguments[1] && ts.isStringLiteral(n.arguments[1]) ? n.arguments[1].text : "";
      out.push({ source: src, flags, line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, partial: !known });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

export function checkAll() {
  const results = [];
  for (const f of files) {
    for (const p of patternsOf(f)) {
      let r;
      try {
        r = checkSync(p.source, p.flags, { timeout: 10000 });
      } catch (e) {
        r = { status: "unknown", error: { message: e.message } };
      }
      results.push({ file: f, ...p, status: r.status, complexity: r.complexity?.type ?? null, attack: r.attack?.pattern ?? null });
    }
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const all = process.argv.includes("--all");
  const results = checkAll();
  let bad = 0;
  for (const r of results) {
    const fatal = r.complexity === "exponential" || (r.complexity === "polynomial" && r.file.startsWith("grammar"));
    if (fatal) bad++;
    if (fatal || (all && r.status !== "safe")) console.log(`${r.file}:${r.line}: ${r.status} ${r.complexity ?? ""} /${r.source.slice(0, 100)}/${r.flags}`);
  }
  const count = (s) => results.filter((r) => r.status === s).length;
  console.log(`${results.length} patterns: ${count("safe")} safe, ${count("vulnerable")} vulnerable (${results.filter((r) => r.complexity === "exponential").length} exponential), ${count("unknown")} unknown; ${bad} fail the check`);
  process.exit(bad ? 1 : 0);
}
