/**
 * Public and member questions: rows of a question table (`PQ 2\tMs Currie, Hereford\t...`) and
 * question blocks (`<b>Questioner:</b>`, `Supplementary Question:`, `Response:`,
 * `Response to supplementary question (...)`, `Written response sent on 13 October 2022:`).
 */
import { findDate } from "./dates.js";
import type { QuestionT } from "./schema.js";
import { joinLines, type Line, type SyntaxBlock } from "./tree.js";

type Field = "question" | "response" | "supplementary" | "supplementaryResponse" | "writtenResponse";

const DEFAULT_COLUMNS = ["ref", "questioner", "question", "to"];

function columnOf(header: string): string | null {
  const h = header.trim().toLowerCase();
  if (/^(?:question )?(?:number|no\.?|ref)/.test(h)) return "ref";
  if (/questioner|asked by|name/.test(h)) return "questioner";
  if (/question to|to whom|addressed|cabinet member|portfolio/.test(h)) return "to";
  if (/^question/.test(h)) return "question";
  if (/response|answer/.test(h)) return "response";
  return null;
}

function splitQuestioner(cell: string): { questioner: string | null; location: string | null } {
  const t = cell.replace(/\s+/g, " ").trim();
  if (!t) return { questioner: null, location: null };
  const m = /^(.+?),\s*([^,]+)$/.exec(t);
  if (m && !/supplied|withheld/i.test(t)) return { questioner: m[1]!.trim(), location: m[2]!.trim() };
  return { questioner: t, location: null };
}

function fieldOf(label: string, q: QuestionT): Field | "questioner" | "ignore" {
  const l = label.toLowerCase();
  if (/^questioner/.test(l)) return "questioner";
  if (/^written response/.test(l)) return "writtenResponse";
  if (/^(?:response|answer|reply)\b.*supplementary/.test(l)) return "supplementaryResponse";
  if (/^supplementary/.test(l)) return "supplementary";
  if (/^(?:response|answer|reply)/.test(l)) return q.supplementary ? "supplementaryResponse" : "response";
  if (/^question to/.test(l)) return "ignore";
  if (/^question/.test(l)) return "question";
  return "ignore";
}

function blank(ref: string | null, kind: QuestionT["kind"], item: string | null): QuestionT {
  return {
    ref, kind, questioner: null, location: null, to: null, question: null, response: null, supplementary: null,
    supplementaryResponse: null, writtenResponse: null, item,
  };
}

function kindOf(ref: string | null, context: string): QuestionT["kind"] {
  if (ref && /^MQ/i.test(ref)) return "member";
  if (ref && /^PQ/i.test(ref)) return "public";
  return /member|councillor/i.test(context) && !/public/i.test(context) ? "member" : "public";
}

/** Read the questions among some blocks; `context` is the title of their item or appendix. */
export function readQuestions(blocks: readonly SyntaxBlock[], context: string, item: string | null): QuestionT[] {
  const out: QuestionT[] = [];
  let columns = DEFAULT_COLUMNS;
  let cur: QuestionT | null = null;
  let field: Field | null = null;
  const append = (text: string) => {
    if (!cur || !field || !text) return;
    if (field === "writtenResponse") {
      cur.writtenResponse ??= { date: null, text: "" };
      cur.writtenResponse.text = cur.writtenResponse.text ? `${cur.writtenResponse.text}\n\n${text}` : text;
      return;
    }
    const part = cur[field];
    cur[field] = part ? { text: part.text ? `${part.text}\n\n${text}` : text, position: part.position } : { text };
  };
  for (const b of blocks) {
    const first = b.lines[0]!;
    if (b.kind === "table") {
      const head = first.clean.split("\t");
      if (head.some((h) => /questioner/i.test(h))) {
        columns = head.map((h) => columnOf(h) ?? "");
        continue;
      }
    }
    if (b.kind === "questionBlock" && first.kind === "QuestionRow") {
      const cells = first.clean.split("\t");
      const get = (name: string) => {
        const i = columns.indexOf(name);
        return i >= 0 ? (cells[i] ?? "").trim() : "";
      };
      const ref = get("ref").replace(/\s+/g, " ") || null;
      cur = blank(ref, kindOf(ref, context), item);
      cur.position = b.position;
      Object.assign(cur, splitQuestioner(get("questioner")));
      cur.to = get("to") || null;
      const question = [get("question"), joinLines(b.lines.slice(1))].filter(Boolean).join(" ");
      if (question) cur.question = { text: question, position: b.position };
      field = "question";
      out.push(cur);
      continue;
    }
    if (b.kind === "questionBlock") {
      const text = first.clean.replace(/\t+/g, " ");
      const m = /^([^:]+):\s*(.*)$/.exec(text)!;
      const label = m[1]!.trim();
      const rest = [m[2]!.trim(), joinLines(b.lines.slice(1))].filter(Boolean).join(" ");
      const f = fieldOf(label, cur ?? blank(null, "public", item));
      if (f === "questioner") {
        cur = blank(null, kindOf(null, context), item);
        cur.position = b.position;
        Object.assign(cur, splitQuestioner(rest));
        field = null;
        out.push(cur);
        continue;
      }
      if (f === "ignore") continue;
      if (!cur) {
        cur = blank(null, kindOf(null, context), item);
        cur.position = b.position;
        out.push(cur);
      }
      field = f;
      if (f === "writtenResponse") cur.writtenResponse = { date: findDate(label), text: rest, position: b.position };
      else if (rest) append(rest);
      else cur[f] ??= { text: "", position: b.position };
      continue;
    }
    if (b.kind === "itemHeading" || b.kind === "endLine") {
      cur = null;
      field = null;
      continue;
    }
    if (b.kind === "furniture") continue;
    if (cur && field) append(b.lines.map((l) => l.clean.replace(/\t+/g, " ").trim()).filter(Boolean).join(" "));
  }
  // a part announced with nothing after it is absent
  for (const q of out) {
    for (const f of ["question", "response", "supplementary", "supplementaryResponse"] as const) if (q[f] && !q[f]!.text.trim()) q[f] = null;
  }
  return out;
}

const INTERROGATIVE = /^(?:what|why|how|when|where|who|whom|whose|which|would|will|is|are|was|were|can|could|did|does|do|has|have|had|should|shall|may|might)\b/i;

/**
 * Questions set out as question lines, each followed by its answer (a committee's Q&A with
 * officers or auditors, a public meeting): "What would be the effect on the Accounts of correcting
 * the Housing Benefit / Debtor provision issue? / There would be no net effect ...". Only a run of
 * three or more such pairs is read as questions; a lone question in the narrative is not.
 * `skip` holds lines to pass over (page furniture and running headers).
 */
// "Q:", "Question:", and numbered: "Q1.", "Q 2:", "Question 3 –"
const Q_LABEL = /^(?:Q\s*:|Q\s*(\d{1,3})\s*[:.)–—-]|Question\s*(\d{1,3})?\s*[:.–—-])\s*/i;

/** "Mr P Jones of Fore Street asked ...": the questioner (with a title) and where they are from. */
const ASKER = /^((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}?\p{Lu}[\p{L}'’-]+)(?:,?\s+(?:of|from)\s+([^,]{2,60}?))?,?\s+(?:asked|enquired|queried|questioned|wanted to know)\b/u;
const A_LABEL = /^(?:A\s*:|(?:Answer|Response|Reply)\s*[:.–—-])\s*/i;

/**
 * Questions and answers labelled as such: "Q: A resident asked whether the speed sign could be
 * moved." / "A: The Chair said this would be discussed under item 6/25." (each label on its own
 * line; the lines after one, up to the next label, are its text). A question need not have "?"
 * here: the label says what it is.
 */
function labelledPairs(lines: readonly Line[]): { ref: string | null; q: string; a: string | null; at: SyntaxBlock["position"] }[] {
  const out: { ref: string | null; q: string; a: string | null; at: SyntaxBlock["position"] }[] = [];
  let cur: { ref: string | null; q: string[]; a: string[] | null; first: Line; last: Line } | null = null;
  const close = () => {
    if (cur) out.push({ ref: cur.ref, q: cur.q.join(" "), a: cur.a ? cur.a.join(" ") : null, at: { start: cur.first.position.start, end: cur.last.position.end } });
    cur = null;
  };
  for (const l of lines) {
    const t = l.clean;
    const label = Q_LABEL.exec(t);
    if (label) {
      close();
      const n = label[1] ?? label[2];
      cur = { ref: n ? `Q${n}` : null, q: [t.slice(label[0].length)], a: null, first: l, last: l };
    } else if (cur && A_LABEL.test(t)) {
      if (cur.a) {
        close();
        continue;
      }
      cur.a = [t.replace(A_LABEL, "")];
      cur.last = l;
    } else if (cur) {
      (cur.a ?? cur.q).push(t);
      cur.last = l;
    }
  }
  close();
  // (every question answered, or no labelled questions at all: a stray "Question:" is a heading)
  return out.length && out.every((p) => p.a !== null && p.q) ? out : [];
}

export function readQaPairs(blocks: readonly SyntaxBlock[], context: string, item: string | null, skip: (text: string) => boolean, labelledOnly = false): QuestionT[] {
  const firsts = new Set<unknown>();
  // the lines of the prose (running headers left out), and with them, for labelled questions, those
  // that run on under the item's heading in its block; both in block order, the text's
  const lines: Line[] = [];
  const withHeading: Line[] = [];
  for (const b of blocks) {
    const prose = b.kind === "paragraph" || b.kind === "bullet";
    // (a "Response:" line is a question block's field: a labelled answer all the same)
    if (b.kind === "questionBlock") {
      withHeading.push(...b.lines);
      continue;
    }
    if (!prose && b.kind !== "itemHeading") continue;
    if (prose) firsts.add(b.lines[0]);
    for (const l of prose ? b.lines : b.lines.slice(b.lines[1]?.kind === "HeadingLine" ? 2 : 1)) {
      if (skip(l.clean)) continue;
      withHeading.push(l);
      if (prose) lines.push(l);
    }
  }
  const labelled = labelledPairs(withHeading);
  if (labelled.length) {
    return labelled.map(({ ref, q, a, at }) => {
      const asker = ASKER.exec(q);
      return {
        ...blank(ref, /public|resident|parishioner/i.test(context) ? "public" : "member", item),
        ...(asker ? { questioner: asker[1]!, location: asker[2]?.trim() ?? null } : {}),
        question: { text: q },
        response: a ? { text: a } : null,
        position: at,
      };
    });
  }
  if (labelledOnly) return [];
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.clean;
    const prev = i > 0 ? lines[i - 1]!.clean : "";
    const afterSentence = i === 0 || firsts.has(lines[i]) || /[.!?:]$/.test(prev);
    if (!/^\p{Lu}/u.test(t)) continue;
    const upTo = lines.slice(i, i + 3).findIndex((l) => l.clean.includes("?"));
    // a question that does not open with a question word still reaches its "?" before any full stop,
    // and does not follow a question directly (that is the answer)
    const reaches = upTo >= 0 && !lines.slice(i, i + upTo).some((l) => /\.\s*$/.test(l.clean));
    const last = starts[starts.length - 1];
    // inside the question before it (a page break split it): not a new start
    if (last !== undefined && i <= last + 2 && !lines.slice(last, i).some((l) => l.clean.includes("?"))) continue;
    if (INTERROGATIVE.test(t) ? afterSentence || (upTo >= 0 && !/\?/.test(prev)) : afterSentence && reaches && !/\?\s*$/.test(prev)) starts.push(i);
  }
  const pairs: { q: string; a: string; at: SyntaxBlock["position"] }[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const end = starts[k + 1] ?? lines.length;
    // the question runs to its "?" line, takes a follow-on question, then lower-case continuations
    // the question runs to its "?" line (a wrapped question may take two or three lines)
    let j = s;
    const mark = lines.slice(s, Math.min(end, s + 3)).findIndex((l) => l.clean.includes("?"));
    if (mark >= 0) j = s + mark;
    else while (j < end - 1 && /^[a-z]/.test(lines[j + 1]!.clean)) j++;
    // a follow-on question ("... overdraft facility? How was the recommendation ...?")
    while (j < end - 1 && /\?\s*$/.test(lines[j]!.clean) === false && lines[j]!.clean.includes("?") && /^[a-z]/.test(lines[j + 1]!.clean)) j++;
    // "... clarify this? Were there any steps ..." runs on to the end of that sentence
    if (INTERROGATIVE.test(lines[j]!.clean.split("?").pop()!.trim())) {
      while (j < end - 1 && !/[.!?]\s*$/.test(lines[j]!.clean)) j++;
    }
    while (j < end - 1 && lines[j]!.clean.includes("?") && INTERROGATIVE.test(lines[j + 1]!.clean)) {
      j++;
      const more = lines.slice(j, Math.min(end, j + 3)).findIndex((l) => l.clean.includes("?"));
      if (more >= 0) j += more;
    }
    const q = lines.slice(s, j + 1).map((l) => l.clean).join(" ");
    const a = lines.slice(j + 1, end).map((l) => l.clean).join(" ");
    if (!a || (!q.includes("?") && !INTERROGATIVE.test(q))) continue;
    pairs.push({ q, a, at: { start: lines[s]!.position.start, end: lines[end - 1]!.position.end } });
  }
  if (pairs.length < 3) return [];
  return pairs.map(({ q, a, at }) => ({
    ...blank(null, /public|resident|parishioner/i.test(context) ? "public" : "member", item),
    question: { text: q },
    response: { text: a },
    position: at,
  }));
}
