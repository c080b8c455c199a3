/**
 * Exempt business: items taken after the press and public were excluded ("EXCLUSION OF PRESS AND
 * PUBLIC", Schedule 12A, the Public Bodies (Admission to Meetings) Act 1960, "The meeting was
 * closed to the public at 8.55pm"), until they are readmitted.
 */
import type { ItemT } from "./schema.js";

/** A title that excludes the public, or marks its own business as exempt. */
const EXCLUSION_TITLE =
  /\bexclusion\s+of\s+(?:the\s+)?(?:press|public)\b|\b(?:exempt|confidential)\s+(?:items?|information|business|matters?|session|report)\b|\bpart\s+(?:ii|2)\b|\bin\s+camera\b|\bclosed\s+session\b|\bgwahardd\s+y\s+(?:wasg|cyhoedd)\b/i;

/** A sentence that excludes the public from what follows. */
const EXCLUSION_TEXT =
  /\b(?:press|public)\s+(?:and\s+(?:the\s+)?(?:press|public)\s+)?(?:be|were|was|are|is)\s+(?:now\s+)?excluded\b|\bexclu(?:de|ded|ding|sion\s+of)\s+(?:the\s+)?(?:press|public|members\s+of\s+the\s+public)\b|\b(?:meeting|session)\s+(?:was\s+|is\s+)?(?:then\s+|now\s+)?closed\s+to\s+the\s+(?:public|press)\b|\bschedule\s+12a\b|\bpublic\s+bodies\s*\(\s*admission\s+to\s+meetings\s*\)\s+act\b|\bin\s+(?:private|closed)\s+session\b/i;

/** A sentence that says there was nothing to exclude the public for. */
const NEGATED = /\b(?:no|not|none|nil|without)\b/i;

/** The press and public come back. */
const READMITTED = /\bre-?admitted\b|\b(?:press|public)\s+(?:and\s+(?:the\s+)?(?:press|public)\s+)?(?:returned|re-?joined|were\s+invited\s+back)\b|\bre-?opened\s+to\s+the\s+public\b/i;

/** Whether a sentence (or a short paragraph) excludes the public from what follows. */
export function excludesPublic(text: string): boolean {
  if (!EXCLUSION_TEXT.test(text)) return false;
  // the sentence that says so, not one that says there was no need
  const sentence = text.split(/(?<=[.;])\s+/).find((s) => EXCLUSION_TEXT.test(s)) ?? text;
  return !NEGATED.test(sentence);
}

/** Mark the items taken with the public excluded. */
export function markExempt(items: ItemT[], itemText: readonly string[]): void {
  let excluded = false;
  items.forEach((it, k) => {
    const text = itemText[k] ?? "";
    if (excluded) it.exempt = true;
    const title = it.title ?? "";
    if (EXCLUSION_TITLE.test(title) && !/\bno\s+(?:exempt|confidential)\b|\bthere\s+(?:was|were)\s+no\b|^\s*(?:none|nil)\b/i.test(text)) {
      // "EXCLUSION OF PRESS AND PUBLIC": the business after it is exempt; where nothing follows,
      // the business is in this item ("... To Discuss and Approve a HR Related Matter.")
      if (!/\bexclusion\b|\bgwahardd\b/i.test(title) || k === items.length - 1) it.exempt = true;
      excluded = true;
    } else if (excludesPublic(text)) excluded = true;
    if (READMITTED.test(text)) excluded = false;
  });
}
