/**
 * Declarations of interest, tied to the member and the item: "Cllr. H. Gwynne, Agenda Item 11 –
 * Caledfwlch Play Area. (Landowner)", "JB declared a pecuniary interest in ...".
 */
import type { AttendeeT, DeclarationT, ItemT } from "./schema.js";
import { stripHonorific } from "./names.js";
import { joinLines, type SyntaxBlock } from "./tree.js";

const DECLARED =
  /((?:(?:Cllr|Councillor|Cyng)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:declared|declares|registered)\s+(?:an?\s+)?(personal|pecuniary|prejudicial|non-pecuniary|disclosable pecuniary|other registrable|non-registrable)?\s*(?:and\s+\w+\s+)?interest(?:s)?\b([^.]*)/gu;
const NONE = /\b(?:no|none|nil)\b.{0,30}\b(?:declarations?|interests?)\b|\bthere were no\b/i;

/**
 * The member in the capitalised words before "declared": a heading that runs into the sentence
 * ("DECLARATIONS OF INTEREST Cllr Evans declared ...") is no part of the name, so the name starts
 * at its last title, or else after the leading words in capitals.
 */
function declarant(words: string): string {
  let at = -1;
  for (const m of words.matchAll(/(?<!\S)(?:Cllr|Councillor|Cyng)\b/gu)) at = m.index;
  if (at >= 0) return words.slice(at);
  const parts = words.split(/\s+/);
  let k = 0;
  while (k < parts.length - 1 && /^\p{Lu}{2,}$/u.test(parts[k]!) && !/^\p{Lu}{2,}$/u.test(parts[parts.length - 1]!)) k++;
  return parts.slice(k).join(" ");
}

/** Read declarations from the items that record them. */
export function readDeclarations(items: readonly ItemT[], itemBlocks: readonly SyntaxBlock[][], _attendees: readonly AttendeeT[]): DeclarationT[] {
  const out: DeclarationT[] = [];
  items.forEach((it, k) => {
    const declItem = /declaration|interest|datganiad/i.test(it.title ?? "");
    for (const b of itemBlocks[k]!) {
      if (b.kind === "itemHeading" && b.lines.length === 1 && !it.number) continue;
      const text = joinLines(b.lines);
      DECLARED.lastIndex = 0;
      // (the name-led pattern is tried at every capital letter: only where a declaration can be)
      const may = text.includes("declare") || text.includes("registered");
      for (let m = may ? DECLARED.exec(text) : null; m; m = DECLARED.exec(text)) {
        const who = declarant(m[1]!);
        const name = stripHonorific(who).name;
        if (/^(?:the|there|no|members?|councillors?|it)$/i.test(name)) continue;
        const ref = /\b(?:item|minute)\s+(?:no\.?\s*)?([\w./]+(?:-\d+)?)/i.exec(m[3]!);
        out.push({ name, item: ref ? ref[1]!.replace(/[.,]$/, "") : declItem ? null : it.number, kind: m[2]?.toLowerCase() ?? null, text: m[0].slice(m[1]!.length - who.length).trim(), position: b.position });
      }
      if (declItem && b.kind === "bullet" && !NONE.test(text)) {
        const m = /^(?:[-•·*]\s*)?((?:(?:Cllr|Councillor|Cyng)\.?\s+)?[\p{Lu}][\p{L}'’. -]{1,40}?),\s*(?:agenda\s+)?item\s+([\w./]+)\s*[-–—]?\s*(.*)$/iu.exec(text);
        if (m) out.push({ name: stripHonorific(m[1]!).name, item: m[2]!.replace(/[.,]$/, ""), kind: /\(([^)]*)\)/.exec(m[3]!)?.[1] ?? null, text, position: b.position });
      }
    }
  });
  return out;
}
