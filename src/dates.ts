/** Dates and times as minutes write them, read into ISO forms. */

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  // Welsh
  ionawr: 1, chwefror: 2, mawrth: 3, ebrill: 4, mai: 5, mehefin: 6, gorffennaf: 7, awst: 8,
  medi: 9, hydref: 10, tachwedd: 11, rhagfyr: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const DAY_SUFFIX = String.raw`(?:st|nd|rd|th|af|ail|ydd|edd|fed|feg|eg|ed|ain)?`;

/** `22 February 2022`, `4th September 2019`, `14eg Mawrth 2018`, `September 4, 2019`, `23/02/2009`, `2022-02-22`. */
export const DATE_PATTERN = new RegExp(
  String.raw`\b(\d{1,2})${DAY_SUFFIX}\.?\s+(?:of\s+)?(${MONTH_NAMES})\.?,?\s+(\d{4})\b` +
    String.raw`|\b(${MONTH_NAMES})\.?\s+(\d{1,2})${DAY_SUFFIX},?\s+(\d{4})\b` +
    String.raw`|\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b(?![/.]\d)` +
    String.raw`|\b(\d{4})-(\d{2})-(\d{2})\b`,
  "gi",
);

/** A day and month with no year: `22 March`, `5th December`. */
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})${DAY_SUFFIX}\s+(?:of\s+)?(${MONTH_NAMES})\b|\b(${MONTH_NAMES})\s+(\d{1,2})${DAY_SUFFIX}\b`, "i");

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export interface DateMatch {
  iso: string;
  index: number;
  length: number;
}

/** Every full date in the text, in order. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(text); m; m = DATE_PATTERN.exec(text)) {
    let v: string | null = null;
    if (m[1]) v = iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]);
    else if (m[4]) v = iso(+m[6]!, MONTHS[m[4].toLowerCase()]!, +m[5]!);
    else if (m[7]) {
      let y = +m[9]!;
      if (m[9]!.length === 2) y += y < 50 ? 2000 : 1900;
      v = iso(y, +m[8]!, +m[7]);
    } else if (m[10]) v = iso(+m[10], +m[11]!, +m[12]!);
    if (v) out.push({ iso: v, index: m.index, length: m[0].length });
  }
  return out;
}

/** The first full date in the text. */
export function findDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/** A day and month without a year, placed in the year after `after` (an ISO date). */
export function findDayMonth(text: string, after: string | null): string | null {
  const m = DAY_MONTH.exec(text);
  if (!m || !after) return null;
  const day = +(m[1] ?? m[4]!);
  const month = MONTHS[(m[2] ?? m[3]!).toLowerCase()]!;
  let year = +after.slice(0, 4);
  let v = iso(year, month, day);
  if (v && v <= after) v = iso(++year, month, day);
  return v;
}

/** `2.30 pm`, `7pm`, `19:15`, `2.00 p.m.`, `21.45pm`, `7.30`, `1930hrs`: a clock time. */
export const TIME_PATTERN =
  /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon)(?![a-z])|\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\s*(?:%|[./]\d))|\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours)\b/gi;

export interface TimeMatch {
  hhmm: string;
  index: number;
}

/** Every clock time in the text as 24-hour `HH:MM`. */
export function findTimes(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  TIME_PATTERN.lastIndex = 0;
  for (let m = TIME_PATTERN.exec(text); m; m = TIME_PATTERN.exec(text)) {
    let h: number;
    let min: number;
    if (m[1]) {
      h = +m[1];
      min = m[2] ? +m[2] : 0;
      const ap = m[3]!.toLowerCase().replace(/\./g, "");
      if (h > 12 && ap !== "noon") {
        // "21.45pm": a 24-hour time with a stray suffix
      } else if (ap === "pm" && h < 12) h += 12;
      else if (ap === "am" && h === 12) h = 0;
    } else if (m[4]) {
      h = +m[4];
      min = +m[5]!;
    } else {
      h = +m[6]!;
      min = +m[7]!;
    }
    if (h > 23 || min > 59) continue;
    out.push({ hhmm: `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`, index: m.index });
  }
  return out;
}

/** The first clock time in the text. */
export function findTime(text: string): string | null {
  return findTimes(text)[0]?.hhmm ?? null;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** The weekday of an ISO date, in English. */
export function weekdayOf(isoDate: string): string {
  return WEEKDAYS[new Date(`${isoDate}T00:00:00Z`).getUTCDay()]!;
}

const NUMBER_WORDS: Record<string, number> = {
  no: 0, none: 0, nil: 0, zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, all: NaN,
};

/** `six` -> 6, `12` -> 12. */
export function countOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return +w;
  const v = NUMBER_WORDS[w];
  return v === undefined || Number.isNaN(v) ? null : v;
}
export const COUNT_WORD = String.raw`(?:\d{1,3}|no|none|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
