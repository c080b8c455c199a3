/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and Windows-1252 where the
 * bytes are not valid UTF-8. Binary input is refused with a reason, never guessed at; so is UTF-16
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
    return { ok: true, text: windows1252(body), encoding: "windows-1252" };
  }
}

// 0x80-0x9F of Windows-1252; the rest is Latin-1. (Node's own decoder may treat the label as Latin-1.)
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function windows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let s = "";
    for (const b of chunk) s += b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : String.fromCharCode(b);
    out += s;
  }
  return out;
}
