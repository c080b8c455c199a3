/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and Windows-1252 for the bytes
 * that are not valid UTF-8. Binary input is refused with a reason, never guessed at; so is UTF-16
 * without a byte-order mark, with a reason that says what it looks like.
 */

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Decode the bytes of one file. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  // binary: NUL bytes or many control characters
  let nul = 0;
  let oddNul = 0;
  let ctrl = 0;
  const n = Math.min(body.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = body[i]!;
    if (c === 0) {
      nul++;
      oddNul += i & 1;
    } else if (c < 9 || (c > 13 && c < 32 && c !== 27)) ctrl++;
  }
  if (nul > 0) {
    const at = body.indexOf(0) + start;
    // text in UTF-16 saved without its byte-order mark: a NUL in every other byte and only there
    // (the high byte of each Latin character), which is said rather than guessed at
    const utf16 = nul >= n / 4 && (oddNul === nul ? "LE" : oddNul === 0 ? "BE" : null);
    if (utf16 && !start) {
      return { ok: false, reason: `NUL bytes (the first at offset ${at}): this looks like UTF-16 ${utf16} text without a byte-order mark, which is not read; convert it to UTF-8 (iconv -f UTF-16${utf16} -t UTF-8)` };
    }
    return { ok: false, reason: `binary data (NUL byte at offset ${at}); not a text file` };
  }
  if (n > 0 && ctrl / n > 0.05) return { ok: false, reason: "binary data (control characters); not a text file" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: start ? "utf-8-bom" : "utf-8" };
  } catch {
    return mixed(body);
  }
}

/** Whether byte `k` of `b` is a continuation byte within [lo, hi]. */
function cont(b: Uint8Array, k: number, lo = 0x80, hi = 0xbf): boolean {
  return k < b.length && b[k]! >= lo && b[k]! <= hi;
}

/** The length of the valid UTF-8 sequence of more than one byte at `i`, or 0. */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c >= 0xc2 && c <= 0xdf) return cont(b, i + 1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) return cont(b, i + 1, c === 0xe0 ? 0xa0 : 0x80, c === 0xed ? 0x9f : 0xbf) && cont(b, i + 2) ? 3 : 0;
  if (c >= 0xf0 && c <= 0xf4) return cont(b, i + 1, c === 0xf0 ? 0x90 : 0x80, c === 0xf4 ? 0x8f : 0xbf) && cont(b, i + 2) && cont(b, i + 3) ? 4 : 0;
  return 0;
}

/**
 * Bytes that are not valid UTF-8: each valid UTF-8 sequence as UTF-8, and each byte that is not
 * part of one as Windows-1252. A file saved in Windows-1252 has no such sequences in practice
 * ("£5" is A3 35), and is read as before; a UTF-8 file with a stray Windows-1252 byte pasted in
 * ("Clerk\x92s") keeps its UTF-8 ("Smith’s", not "Smithâ€™s"). One pass over the bytes into UTF-16
 * units (never more units than bytes), made into a string at once.
 */
function mixed(body: Uint8Array): Decoded {
  const units = new Uint16Array(body.length);
  let n = 0;
  let sequences = 0;
  for (let i = 0; i < body.length; ) {
    const c = body[i]!;
    const len = c < 0x80 ? 1 : sequenceAt(body, i);
    if (len === 1) units[n++] = c;
    else if (len === 0) units[n++] = c < 0xa0 ? HIGH.charCodeAt(c - 0x80) : c;
    else {
      sequences++;
      let cp = c & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
      for (let k = 1; k < len; k++) cp = (cp << 6) | (body[i + k]! & 0x3f);
      if (cp > 0xffff) {
        cp -= 0x10000;
        units[n++] = 0xd800 + (cp >> 10);
        units[n++] = 0xdc00 + (cp & 0x3ff);
      } else units[n++] = cp;
    }
    i += len || 1;
  }
  // (the units are in the machine's byte order, little-endian on every platform Node.js runs on)
  const text = new TextDecoder("utf-16le").decode(new Uint8Array(units.buffer, 0, n * 2));
  return { ok: true, text, encoding: sequences ? "utf-8 with windows-1252 bytes" : "windows-1252" };
}

// 0x80-0x9F of Windows-1252; the rest is Latin-1. (Node's own decoder may treat the label as Latin-1.)
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
