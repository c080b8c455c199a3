// Bytes to text: UTF-8, and Windows-1252 for the bytes that are not valid UTF-8.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";

// Windows-1252's 0x80-0x9F as code points (the WHATWG index); 0xA0-0xFF are Latin-1's
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const cp1252 = (b: number) => String.fromCodePoint(b < 0xa0 ? CP1252[b - 0x80]! : b);

const text = (bytes: Buffer | Uint8Array) => {
  const d = decode(bytes);
  if (!d.ok) throw new Error(d.reason);
  return d;
};

describe("decode", () => {
  it("keeps the UTF-8 of a file with a stray Windows-1252 byte pasted in", () => {
    const bytes = Buffer.concat([Buffer.from("Cllr Smith’s apologies – and the Clerk", "utf8"), Buffer.from([0x92]), Buffer.from("s report. Cost ", "utf8"), Buffer.from([0xa3]), Buffer.from("5 😀", "utf8")]);
    expect(text(bytes)).toEqual({ ok: true, text: "Cllr Smith’s apologies – and the Clerk’s report. Cost £5 😀", encoding: "utf-8 with windows-1252 bytes" });
  });
  it("reads a Windows-1252 file as Windows-1252", () => {
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x92, 0x73, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0xa3, 0x35, 0x20, 0x80, 0x31, 0x0a]);
    expect(text(bytes)).toEqual({ ok: true, text: "Café’s “ok” £5 €1\n", encoding: "windows-1252" });
  });
  it("decodes UTF-8 pieces as UTF-8 and each byte that is not part of a sequence as Windows-1252", () => {
    // a byte that cannot start or continue a sequence where it stands: a continuation byte after a
    // whole character, or a byte that is never UTF-8
    const stray = fc.oneof(fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xf5, max: 0xff }));
    const piece = fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }).map((s) => ({ s })), stray.map((b) => ({ b })));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const bytes = Buffer.concat(pieces.map((p) => ("s" in p ? Buffer.from(p.s, "utf8") : Buffer.from([p.b]))));
        // (FF FE and FE FF at the start are UTF-16's byte-order marks, read as such)
        fc.pre(!(bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))));
        const want = pieces.map((p) => ("s" in p ? p.s : cp1252(p.b))).join("");
        const d = decode(bytes);
        // (NUL bytes and control characters make a file binary: not this property's business)
        if (!d.ok) return;
        expect(d.text).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });
  it("reads a file of Windows-1252 bytes, each after a letter, byte by byte", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 200 }), (highs) => {
        // (a letter between them: no two high bytes make a UTF-8 pair like C3 A9, "é")
        const bytes = Buffer.from(highs.flatMap((b) => [0x61, b]));
        expect(text(bytes)).toEqual({ ok: true, text: highs.map((b) => "a" + cp1252(b)).join(""), encoding: "windows-1252" });
      }),
      { numRuns: 1000 },
    );
  });
});
