// Checks shared by the robustness tests: what of a source no node of the tree covers, and which
// words of a source its document does not hold.
import { cleanLine } from "../grammar/markup.js";
import type { MinutesDocumentT } from "../src/schema.js";

/** Every `position`-like range in a document (node positions, number, title and label positions). */
export function ranges(doc: MinutesDocumentT): [number, number][] {
  const out: [number, number][] = [];
  (function walk(v: unknown): void {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, p] of Object.entries(v)) {
        const r = p as { start?: { offset: number }; end?: { offset: number } } | null;
        if (/position$/i.test(k) && r?.start && r.end) out.push([r.start.offset, r.end.offset]);
        else walk(p);
      }
    }
  })(doc);
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * The stretches between the tree's ranges that hold a letter or a digit outside markup. Empty
 * when the ranges and the gaps between them (whitespace and markup only) rebuild the input.
 */
export function uncovered(source: string, doc: MinutesDocumentT): string[] {
  const gaps: string[] = [];
  let at = 0;
  for (const [s, e] of ranges(doc)) {
    if (s > at) gaps.push(source.slice(at, s));
    at = Math.max(at, e);
  }
  if (at < source.length) gaps.push(source.slice(at));
  // markup: tags, entities, and the punctuation of markdown and layout (no letter, no digit)
  return gaps.filter((g) => /[\p{L}\p{N}]/u.test(g.replace(/<\/?[A-Za-z][^<>]{0,300}>/g, "").replace(/&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, "")));
}

const words = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());

/** The words of the source, read line by line as the parser reads them, that the document does not hold. */
export function missingWords(source: string, doc: MinutesDocumentT): string[] {
  const have = new Map<string, number>();
  (function walk(v: unknown, key: string): void {
    if (key === "source" || key === "diagnostics") return;
    if (typeof v === "string") for (const w of words(v)) have.set(w, (have.get(w) ?? 0) + 1);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  })(doc, "");
  const missing: string[] = [];
  // a word the parser parted ("229/18To Approve" is minute 229/18, "To Approve") is still held
  let flat: string | null = null;
  const heldParted = (w: string) => {
    if (flat === null) {
      const parts: string[] = [];
      (function collect(v: unknown, key: string): void {
        if (key === "source" || key === "diagnostics") return;
        if (typeof v === "string") parts.push(v);
        else if (Array.isArray(v)) v.forEach((x) => collect(x, key));
        else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) collect(x, k);
      })(doc, "");
      flat = parts.join("").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    }
    return flat.includes(w);
  };
  // block tags part lines; inline ones (<sup>, <b>) do not part words
  const text = source.replace(/<\/?(?:p|div|br|tr|td|th|li|ul|ol|table|tbody|thead|h[1-6])\b[^<>]{0,300}>/gi, "\n");
  for (const line of text.split(/\r\n|\r|\n/)) {
    for (const w of words(cleanLine(line))) {
      const n = have.get(w) ?? 0;
      if (n > 0) have.set(w, n - 1);
      else if (!heldParted(w)) missing.push(w);
    }
  }
  return missing;
}
