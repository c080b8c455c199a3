import type { LintMessage } from "../rule.js";

/** What lint found in one file. */
export interface FileResult {
  /** the path as the user gave it (or `<stdin>`) */
  file: string;
  messages: LintMessage[];
  /** fixes applied with --fix */
  fixed: number;
}

export interface FormatOptions {
  color: boolean;
  version: string;
}

export type Formatter = (results: readonly FileResult[], opts: FormatOptions) => string;

export function counts(results: readonly FileResult[]): { errors: number; warnings: number; fixable: number } {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const r of results) {
    for (const m of r.messages) {
      if (m.severity === "error") errors++;
      else warnings++;
      if (m.fix) fixable++;
    }
  }
  return { errors, warnings, fixable };
}
