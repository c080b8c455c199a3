#!/usr/bin/env node
// Prints the acceptance scorer's tables for the seeds and for the corpus gold, when the shared
// acceptance kit sits beside the project (../shared). A user's clone has no ../shared: then it
// says so and exits 0, since the project's own tests do not need it.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.MINUTES_SHARED ?? join(root, "..", "shared");
const scorer = join(shared, "acceptance", "score.mjs");
if (!existsSync(scorer)) {
  console.log(`no acceptance kit at ${scorer}: nothing to score`);
  process.exit(0);
}
const verbose = process.argv.includes("--verbose") ? ["--verbose"] : [];
const runs = [
  ["seeds", []],
  ["corpus gold", ["--gold", join(shared, "corpus", "gold"), "--inputs", join(shared, "corpus")]],
];
let failed = false;
for (const [name, args] of runs) {
  if (args.length && !existsSync(args[1])) continue;
  console.log(`== ${name}`);
  const r = spawnSync(process.execPath, [scorer, ...args, ...verbose, "--run", `node ${join(root, "bin", "minutes.js")} parse {}`], { cwd: root, encoding: "utf8" });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
