/** Reading the minute numbers of a document as sequences, shared by the numbering rules. */
import type { ItemT } from "../../schema.js";
import { at, type Report, type RuleContext } from "../rule.js";

/** The numeric parts of a minute number and its shape: "14/06/5" → [14, 6, 5], "#/#/#". */
function parts(number: string): { nums: number[]; shape: string } | null {
  const t = number.trim().replace(/\.$/, "");
  if (!/^[A-Za-z]{0,6}[/ ]?\d+(?:[./-]\d+)*$/.test(t)) return null;
  const nums = (t.match(/\d+/g) ?? []).map(Number);
  return { nums, shape: t.replace(/\d+/g, "#") };
}

interface Step {
  item: ItemT;
  n: number;
  group: string;
}

/** Items in one numbering form, each with the part that counts up, in document order. */
function sequences(items: readonly ItemT[]): Step[] {
  const byShape = new Map<string, { item: ItemT; nums: number[] }[]>();
  for (const item of items) {
    const p = item.number ? parts(item.number) : null;
    if (p) byShape.set(p.shape, [...(byShape.get(p.shape) ?? []), { item, nums: p.nums }]);
  }
  const out: Step[] = [];
  for (const [shape, list] of byShape) {
    if (list.length < 2) continue;
    const width = list[0]!.nums.length;
    // the first part that varies counts up ("204/19": the 204), unless a later part varies too:
    // then the numbering is nested ("9.1", "9.2", "10.1") and the last part counts within its parent
    const varies = (k: number) => list.some((x) => x.nums[k] !== list[0]!.nums[k]);
    let k = 0;
    while (k < width && !varies(k)) k++;
    if (k >= width) k = width - 1;
    const nested = Array.from({ length: width - k - 1 }, (_, j) => k + 1 + j).some(varies);
    const counter = nested ? width - 1 : k;
    for (const x of list) out.push({ item: x.item, n: x.nums[counter]!, group: `${shape}|${x.nums.slice(0, counter).join(".")}` });
  }
  return out.sort((a, b) => (a.item.position?.start.offset ?? 0) - (b.item.position?.start.offset ?? 0));
}

/**
 * Walk each numbering in order and report repeats, steps back and gaps. Numbering that starts
 * again from its first number (an agenda appended, a second meeting in one file) starts afresh.
 */
export function walk(ctx: RuleContext, report: (kind: "repeat" | "back" | "gap", item: ItemT, r: Report) => void): void {
  const seen = new Map<string, Map<number, ItemT>>();
  const last = new Map<string, Step>();
  const first = new Map<string, number>();
  for (const step of sequences(ctx.document.items)) {
    const { item, n, group } = step;
    const prev = last.get(group);
    if (!prev || (n === first.get(group) && prev.n > n + 1) || (n === 1 && prev.n > 2)) {
      first.set(group, n);
      seen.set(group, new Map([[n, item]]));
      last.set(group, step);
      continue;
    }
    const before = seen.get(group)!.get(n);
    if (before) {
      report("repeat", item, at(item.position, `minute number ${item.number} is used twice (first at line ${before.position?.start.line ?? "?"})`));
      continue;
    }
    seen.get(group)!.set(n, item);
    last.set(group, step);
    if (n === prev.n + 1) continue;
    if (n < prev.n) report("back", item, at(item.position, `minute number ${item.number} comes after ${prev.item.number}: out of order`));
    else report("gap", item, at(item.position, `minute number ${item.number} follows ${prev.item.number}: ${n - prev.n === 2 ? "one number is" : `${n - prev.n - 1} numbers are`} missing`));
  }
}
