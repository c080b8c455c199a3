/**
 * Recorded votes: the names of those who voted each way, under labels of their own.
 *
 * ```
 * FOR (44): Councillors Andrews, Bartlett, ...            AGAINST (0)
 * For: Cllrs Adams, Ellis and Ford                        Against: Cllrs Baker and Clarke
 * Members voting FOR the amendment: Councillors ... (10 votes)
 * For the Motion (38):                                    For the Amendment (21):
 * Mr A Baldrey, Mr C Ballance, ...                        Mr B Boyd, ...
 * Abstentions (2): ...     Declined to vote (1): ...      Absent from the division (1): ...
 * ```
 *
 * In a division between a motion and an amendment (Scottish councils), the votes for the
 * amendment are the votes against the motion.
 */
import { readListLine } from "./attendance.js";
import type { PositionT, VoteT } from "./schema.js";
import type { SyntaxBlock } from "./tree.js";

type Side = "for" | "against" | "abstained" | "other";

/**
 * A label of a recorded vote at the start of a line: its side, what it is a vote on, its count,
 * and the names that follow it on the line. A label in prose ("For the next meeting, ...") has
 * neither a count in brackets, nor capitals, nor "voting": it is no label.
 */
const LABEL =
  /^(?:(?:members|councillors)\s+(?:voting\s+)?)?(for|against|abstain(?:ed|ing)?|abstentions?|declined\s+to\s+vote|absent\s+from\s+the\s+division|did\s+not\s+vote)\b(?:\s+(?:the\s+)?(motion|amendment|substantive\s+motion|recommendations?|proposal))?(?:\s+as\s+amended)?\s*(?:\(\s*(\d{1,3})\s*\))?\s*(:|[-–—])?\s*(.*)$/i;

interface Label {
  side: Side;
  object: string | null;
  count: number | null;
  names: string[];
  position: PositionT;
}

function sideOf(word: string): Side {
  const w = word.toLowerCase();
  if (w === "for") return "for";
  if (w === "against") return "against";
  if (w.startsWith("abst")) return "abstained";
  return "other";
}

/** The names in a list: "Councillors Andrews, Bartlett and Chowns", "Mr A Baldrey, Dr C Birt". */
function namesIn(text: string, position: PositionT): string[] {
  const tail = /\(\s*\d{1,3}\s*votes?\s*\)\s*\.?\s*$/i.exec(text.slice(-40));
  const body = (tail ? text.slice(0, text.length - tail[0].length) : text).replace(/^(?:councillors|cllrs)\.?\s+/i, "").trim();
  if (!body || /^(?:none|nil|0)\.?$/i.test(body)) return [];
  return readListLine(body, null, "present", position, null)
    .map((a) => a.name)
    .filter((n): n is string => !!n);
}

/** Read the labels of recorded votes in an item's blocks, with the names under each. */
function labelsIn(blocks: readonly SyntaxBlock[]): Label[] {
  const out: Label[] = [];
  blocks.forEach((b, k) => {
    b.lines.forEach((l, j) => {
      const t = l.prose;
      const m = LABEL.exec(t);
      if (!m) return;
      const [, word, object, count, sep, rest] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined, string];
      // a label, not prose: a count in brackets, "voting", capitals with a colon or dash, or a
      // colon and councillors' names ("For: Cllrs Adams, Ellis and Ford")
      const voting = /^(?:members|councillors)\s+(?:voting\s+)?/i.test(t);
      const named = sep === ":" && /^(?:councillors?|cllrs?)\b/i.test(rest);
      if (count === undefined && !voting && !named && !(word === word.toUpperCase() && sep)) return;
      // the names: the rest of the line, the lines after it in its block up to the next label,
      // or the next block where the label stands alone ("For the Motion (38):" / "Mr A Baldrey, ...")
      let text = rest;
      // (a sentence after the names is no name: "The motion was CARRIED.")
      for (let q = j + 1; q < b.lines.length && !LABEL.exec(b.lines[q]!.prose) && !/^(?:the|this|it|on|upon)\s/i.test(b.lines[q]!.prose); q++) text += ` ${b.lines[q]!.prose}`;
      const next = blocks[k + 1];
      if (!text.trim() && j === b.lines.length - 1 && next && (next.kind === "paragraph" || next.kind === "heading") && !LABEL.exec(next.lines[0]!.prose)) {
        text = next.lines.map((x) => x.prose).join(" ");
      }
      // (looked for in the last few characters only: a long line is not searched from every bracket)
      const votesAtEnd = /\(\s*(\d{1,3})\s*votes?\s*\)\s*\.?\s*$/i.exec(text.slice(-40));
      const names = namesIn(text, l.position);
      const n = count !== undefined ? Number(count) : votesAtEnd ? Number(votesAtEnd[1]) : names.length > 0 ? names.length : null;
      out.push({ side: sideOf(word), object: object?.toLowerCase() ?? null, count: n, names, position: l.position });
    });
  });
  return out;
}

/** The recorded votes of an item, one per division, with their counts and names. */
export function readDivisions(blocks: readonly SyntaxBlock[]): VoteT[] {
  const labels = labelsIn(blocks);
  if (!labels.some((l) => l.side === "for" && l.names.length > 0) && !labels.some((l) => l.side === "against" && l.names.length > 0)) return [];
  type Open = VoteT & { forObject: string | null };
  const votes: Open[] = [];
  let cur: Open | null = null;
  const open = (l: Label): Open => {
    const v: Open = { subject: l.object ? `the ${l.object}` : null, for: null, against: null, abstentions: null, outcome: null, forNames: [], againstNames: [], abstainedNames: [], position: l.position, forObject: l.object };
    votes.push(v);
    return v;
  };
  for (const l of labels) {
    if (l.side === "other") continue;
    let side = l.side;
    if (side === "for" && cur && cur.for !== null) {
      // "For the Amendment" after "For the Motion": the other side of the same division
      const pair = new Set([cur.forObject, l.object]);
      if (cur.against === null && pair.has("motion") && pair.has("amendment")) side = "against";
      else cur = null;
    }
    if (!cur || (side === "for" && cur.for !== null) || (side === "against" && cur.against !== null) || (side === "abstained" && cur.abstentions !== null)) cur = open(l);
    if (side === "for") {
      cur.for = l.count;
      cur.forNames = l.names;
      cur.forObject = l.object;
      cur.subject ??= l.object ? `the ${l.object}` : null;
    } else if (side === "against") {
      cur.against = l.count;
      cur.againstNames = l.names;
    } else {
      cur.abstentions = l.count;
      cur.abstainedNames = l.names;
    }
  }
  return votes
    .filter((v) => v.for !== null || v.against !== null)
    .map(({ forObject: _f, ...v }): VoteT => ({ ...v, outcome: v.for !== null && v.against !== null ? (v.for > v.against ? "carried" : "lost") : v.for !== null ? "carried" : null }));
}
