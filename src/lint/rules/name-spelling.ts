import type { Rule } from "../rule.js";

interface Mention {
  first: string | null;
  surname: string;
  line: number;
  column: number;
}

// "Councillor Diana Toynbee", "Cllr. H. Gwynne", "Mrs V. Bright", "Councillors Clare Davies"
const TITLED = /\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+((?:[A-Z][a-z]+|[A-Z]\.)\s+(?:[A-Z]\.\s*)?)?([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)\b/g;

/** Whether two words differ by one edit (a letter changed, added, dropped, or two swapped). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let k = 0; k < a.length && diff.length < 3; k++) if (a[k] !== b[k]) diff.push(k);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let k = 0;
  while (k < s.length && s[k] === l[k]) k++;
  return s.slice(k) === l.slice(k + 1);
}

/** MIN018: one person's name spelt two ways in one set of minutes ("Toynbee" and "Toyndee"). */
export const nameSpelling: Rule = {
  id: "MIN018",
  alias: "name-spelling",
  description: "A person's name is spelt the same way throughout the minutes",
  severity: "warning",
  fixable: false,
  check(ctx) {
    const mentions: Mention[] = [];
    ctx.lines.forEach((line, i) => {
      TITLED.lastIndex = 0;
      for (let m = TITLED.exec(line); m; m = TITLED.exec(line)) {
        mentions.push({ first: m[1]?.trim().split(/\s+/)[0]!.replace(/\.$/, "") ?? null, surname: m[2]!, line: i + 1, column: m.index + m[0].length - m[2]!.length + 1 });
      }
    });
    for (const a of ctx.document.attendees) {
      const parts = (a.name ?? "").split(/\s+/).filter(Boolean);
      if (parts.length < 2 || !a.position) continue;
      const surname = parts.at(-1)!;
      if (!/^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?$/.test(surname)) continue;
      const line = ctx.lines[a.position.start.line - 1] ?? "";
      const col = line.indexOf(surname);
      mentions.push({ first: parts[0]!.replace(/\.$/, ""), surname, line: a.position.start.line, column: col < 0 ? a.position.start.column : col + 1 });
    }
    const bySurname = new Map<string, Mention[]>();
    for (const m of mentions) bySurname.set(m.surname, [...(bySurname.get(m.surname) ?? []), m]);
    const names = [...bySurname.keys()].filter((s) => s.length >= 5);
    const reported = new Set<string>();
    for (let x = 0; x < names.length; x++) {
      for (let y = x + 1; y < names.length; y++) {
        const [s1, s2] = [names[x]!, names[y]!];
        if (!oneEditApart(s1.toLowerCase(), s2.toLowerCase())) continue;
        const m1 = bySurname.get(s1)!;
        const m2 = bySurname.get(s2)!;
        const firsts = new Set(m1.map((m) => m.first?.[0]).filter(Boolean));
        const sharedFirst = m2.some((m) => m.first && firsts.has(m.first[0]));
        const lopsided = Math.min(m1.length, m2.length) === 1 && Math.max(m1.length, m2.length) >= 3;
        if (!sharedFirst && !lopsided) continue;
        const [rare, common] = m1.length < m2.length || (m1.length === m2.length && m1[0]!.line > m2[0]!.line) ? [m1, m2] : [m2, m1];
        for (const r of rare) {
          const key = `${r.line}:${r.column}`;
          if (reported.has(key)) continue;
          reported.add(key);
          ctx.report({
            line: r.line,
            column: r.column,
            endLine: r.line,
            endColumn: r.column + r.surname.length,
            message: `'${r.surname}' here, '${common[0]!.surname}' at line ${common[0]!.line}: one name spelt two ways?`,
          });
        }
      }
    }
  },
};
