/**
 * JSON written in pieces: the same text as `JSON.stringify(value, null, indent)`, made a value at a
 * time down to a given depth, so that a large document is written without the whole text (and its
 * encoded copy) held in memory at once.
 */

/** The pieces of `JSON.stringify(value, null, indent)`, in order; values below `depth` whole. */
export function* jsonPieces(value: unknown, indent = 0, depth = 2, level = 0): Generator<string> {
  if (level >= depth || value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    const s = JSON.stringify(value, null, indent || undefined);
    // (a nested value's own lines sit under its parent's indentation; a string in JSON has no raw line break)
    yield indent && level && s !== undefined ? s.replaceAll("\n", `\n${" ".repeat(indent * level)}`) : s ?? "null";
    return;
  }
  const pad = indent ? `\n${" ".repeat(indent * (level + 1))}` : "";
  const close = indent ? `\n${" ".repeat(indent * level)}` : "";
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield i ? `,${pad}` : pad;
      yield* jsonPieces(value[i], indent, depth, level + 1);
    }
    yield `${close}]`;
    return;
  }
  // the keys JSON.stringify writes: not those whose value it leaves out
  const keys = Object.keys(value).filter((k) => {
    const v = (value as Record<string, unknown>)[k];
    return v !== undefined && typeof v !== "function" && typeof v !== "symbol";
  });
  if (keys.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  for (let i = 0; i < keys.length; i++) {
    yield `${i ? "," : ""}${pad}${JSON.stringify(keys[i])}${indent ? ": " : ":"}`;
    yield* jsonPieces((value as Record<string, unknown>)[keys[i]!], indent, depth, level + 1);
  }
  yield `${close}}`;
}

/** Pieces gathered into chunks of about `size` characters: fewer, larger writes. */
export function* chunked(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let buf = "";
  for (const p of pieces) {
    buf += p;
    if (buf.length >= size) {
      yield buf;
      buf = "";
    }
  }
  if (buf) yield buf;
}
