/**
 * `.minutesrc.json`: which rules run and at what severity. Found from a file's folder upwards,
 * or given with `--config`. Checked with zod; a wrong file is a usage error, reported by name.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";
import type { Severity } from "./rule.js";
import { findRule } from "./rules/index.js";

export const CONFIG_NAME = ".minutesrc.json";

const Level = z.enum(["off", "warning", "error"]);

export const Config = z
  .object({
    $schema: z.string().optional(),
    /** rule id or alias → "off", "warning" or "error" */
    rules: z.record(z.string(), Level).optional(),
  })
  .strict();

export type ConfigT = z.infer<typeof Config>;

export class ConfigError extends Error {}

/** Read and check one config file; rule names are resolved to ids. */
export function loadConfig(path: string): Map<string, Severity | "off"> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
    throw new ConfigError(`${path}:1:1: error: cannot read the configuration: ${why}`);
  }
  const r = Config.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    const where = i.path.length ? i.path.join(".") : "the file";
    throw new ConfigError(`${path}:1:1: error: invalid configuration at ${where}: ${i.message}`);
  }
  const levels = new Map<string, Severity | "off">();
  for (const [key, level] of Object.entries(r.data.rules ?? {})) {
    const rule = findRule(key);
    if (!rule) throw new ConfigError(`${path}:1:1: error: invalid configuration: no rule '${key}' (run 'minutes lint --list-rules')`);
    levels.set(rule.id, level);
  }
  return levels;
}

/** The nearest config file at or above a folder, if any. */
export function findConfig(folder: string): string | null {
  let dir = resolve(folder);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
