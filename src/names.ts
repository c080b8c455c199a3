/** People as minutes name them: honorifics, roles in brackets or after a dash, lists of names. */

export const HONORIFIC =
  /^(?:(?:county|district|borough|town|parish|city)\s+)?(?:councillors?|cllrs?\.?|cyng\.?|cynghorydd|cynghorwyr|mr|mrs|ms|m\/s|miss|mx|dr|prof(?:essor)?|superintendent|chief\s+inspector|inspector|sergeant|pcso|pc(?=\s+[a-z]\.\s*[a-z])|rev(?:erend)?d?|canon|sir|dame|lord|lady|the\s+rt\s+hon)\.?(?=\s|$)\s*/i;

const JOB_WORDS =
  /\b(?:director|officer|manager|executive|solicitor|clerk|head|chief|lead|partner|worker|leader|secretary|representative|services?|council|team|advis[oe]r|assistant|co-?ordinator|scrutineer|warden|trust|nhs|police|member|members|cabinet|portfolio|deputy|senior|interim|principal|governance|finance|legal|democratic|committee|strategy|planning|policy|programme|project|engineer|consultant|accountant|auditor|treasurer|monitoring|specialist|analyst|commissioner|nurse|practitioner|group|county|borough|district|parish|society|association|agency|department|division|unit|board|panel|cooptee|co-optee|observer|press|public|resident|residents|guest|speaker|mayor|chairman|chairperson|chair|vice|convener|convenor|provost|bailie|depute|responsible|financial|proper|rfo|pc|cc|dc|bc|ltd|limited|plc|diocese|church|school|academy|health|children|families|education|highways|housing|environment|community|communities|support|technical|training|safeguarding|improvement|quality)\b/i;

const NOT_NAMES = /^(?:none|nil|no|n\/a|na|vacancy|vacant|all|others?|members?|public|the|and|present|apologies|absent|councillors?|officers?|clerk|chair(?:man|person)?|minutes?|actions?|items?|date|agenda|notes?|total|totals|signed|carried|agreed|noted|approved|resolved|lost|seconded|proposed|unanimous|abstained)$/i;

/** One word of a personal name: `Jonathan`, `I'Anson`, `Bannister-White`, `R`, `D.`, `McNeill`, `de`. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|(?:de|da|van|von|der|le|la|du|ap|ab|o')|\p{Lu}{2,4})$/u;

/** Remove one or more honorifics from the front of a name. */
export function stripHonorific(s: string): { name: string; honorific: string | null } {
  let name = s.trim();
  let honorific: string | null = null;
  for (let i = 0; i < 3; i++) {
    const m = HONORIFIC.exec(name);
    if (!m || m[0].length === 0) break;
    honorific ??= m[0].trim().replace(/\.$/, "");
    name = name.slice(m[0].length);
  }
  return { name: name.trim(), honorific };
}

/** Whether a string (honorific already removed) reads as a personal name. */
export function looksLikeName(s: string): boolean {
  const t = s.trim().replace(/\*+$/, "").trim();
  if (t.length === 0 || t.length > 60 || NOT_NAMES.test(t)) return false;
  if (/[0-9@:;!?"“”()]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 5) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  if (!/\p{Lu}/u.test(words[0]!)) return false;
  // a heading in capitals is no name: names have no "OF", "THE", "AND" ("DECLARATIONS OF INTEREST")
  if (words.length > 1 && words.some((w) => /^(?:OF|THE|AND|FOR|TO|IN|ON|AT|FROM|WITH|BY)$/.test(w))) return false;
  if (JOB_WORDS.test(t)) return false;
  return true;
}

/** Whether a string reads as a job title or organisation. */
export function looksLikeRole(s: string): boolean {
  return JOB_WORDS.test(s);
}

export interface Part {
  text: string;
  /** the separator before it: "," ";" "and" "&" "\n" or "" */
  sep: string;
}

// the words that join the last names of a list, looked for where they stand (sticky)
const AND = /\s+(and|&|together\s+with|along\s+with)\s+/y;
const AND_CY = /\s+(a|ac|a['’]r)\s+(?=\p{Lu})/uy;

/**
 * Split a list of people at commas, semicolons, line ends, " and " and " & ", but never inside
 * brackets: `R Cook, H Hall, C Porter, Russell and P Walker, S Gregory (Secretary),`.
 */
export function splitList(text: string): Part[] {
  const parts: Part[] = [];
  let depth = 0;
  let cur = "";
  let sep = "";
  const push = (next: string) => {
    const t = cur.trim();
    if (t) parts.push({ text: t, sep });
    cur = "";
    sep = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    if (depth === 0) {
      if (c === "," || c === ";" || c === "\n" || c === "\t") {
        push(c === "\t" ? "\n" : c);
        continue;
      }
      // (looked for at this place, not in a copy of the rest of the text: a long line stays linear)
      let and: RegExpExecArray | null = null;
      if (c === " " || c === "\u00a0") {
        AND.lastIndex = i;
        and = AND.exec(text);
        if (!and) {
          // Welsh lists join the last name with "a", "ac" or "a’r": "... Owen Williams a’r Cynghorydd Sir Joseph Davies"
          AND_CY.lastIndex = i;
          and = AND_CY.exec(text);
        }
      }
      // "...; and Councillors Boulton, ...": an "and" after a separator only joins
      if (and && cur.trim().length === 0 && parts.length > 0 && /^(?:and|&)$/i.test(and[1]!)) {
        i += and[0].length - 1;
        continue;
      }
      if (and && cur.trim().length > 0) {
        // "Mr & Mrs Godfrey": an ampersand between honorifics joins them
        if (and[1] === "&" && /^(?:mr|mrs|ms|dr)\.?$/i.test(cur.trim())) {
          cur += and[0];
          i += and[0].length - 1;
          continue;
        }
        push(/^(?:together|along)/i.test(and[1]!) ? "and" : and[1]!);
        i += and[0].length - 1;
        continue;
      }
    }
    cur += c;
  }
  push("");
  return parts;
}

export interface PersonParts {
  name: string | null;
  honorific: string | null;
  role: string | null;
  /** a `*` marker after the name (virtual attendance, in the legend's words) */
  marked: boolean;
  notes: string[];
  /** "Peter Morris from W.N.V.C.A.": whom the person came from */
  organisation?: string;
}

/**
 * One entry of a list: `Councillor Jonathan Lester, Leader of the Council (Chairperson)` is read
 * by the caller part by part; this reads `Councillor Toni Fagan*`, `Sam Pratley (Co-optee)`,
 * `Mr Sam Pratley - Education Cooptee`, `Cllr D Llewellyn - Chairman`, `Pam Bullas (PB)`.
 */
export function readPerson(entry: string): PersonParts | null {
  let s = entry
    .trim()
    .replace(/^[-•·*]\s+/, "")
    .replace(/\s+(?:(?:was|were)\s+)?(?:present|attended|arrived|left|joined|in\s+attendance)\b.*$/i, "")
    .replace(/[.,;]+$/, "")
    .trim();
  const notes: string[] = [];
  s = s.replace(/\(([^()]*)\)|\[([^\]]*)\]/g, (_m, a: string | undefined, b: string | undefined) => {
    notes.push((a ?? b ?? "").trim());
    return " ";
  });
  s = s.replace(/\s+/g, " ").trim();
  let role: string | null = null;
  // "Name - Role", "Name- Role", "Name -ORG"
  const dash = /\s+[-–—]\s+|\s*[-–—]\s+(?=\p{Lu})|\s+[-–—](?=\p{Lu})/u.exec(s);
  if (dash && dash.index > 0) {
    role = s.slice(dash.index + dash[0].length).trim() || null;
    s = s.slice(0, dash.index).trim();
  }
  // "Peter Morris from W.N.V.C.A.": the organisation after "from"
  let organisation: string | undefined;
  const from = /\s+from\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(s);
  if (from && from.index > 0) {
    organisation = from[1]!.trim();
    s = s.slice(0, from.index).trim();
  }
  // "Jon Miles Glazewing Ltd": a company after the name
  const company = /^(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}.*\b(?:Ltd|Limited|plc|PLC|LLP|Constabulary|Trust|Society|Association))\.?$/u.exec(s);
  if (company && !organisation && !role) {
    organisation = company[2]!;
    s = company[1]!;
  }
  // "P. Markwell Chairman", "Jo Bruce Chair": a role word after the name, with no dash
  const trail = /\s+((?:parish\s+|town\s+)?clerk|(?:vice[- ])?chair(?:man|person|woman)?|treasurer|rfo|secretary|(?:deputy\s+)?mayor)$/i.exec(s);
  if (trail && !role && trail.index > 0 && looksLikeName(stripHonorific(s.slice(0, trail.index)).name)) {
    role = trail[1]!;
    s = s.slice(0, trail.index).trim();
  }
  // "Clerk J Connelly", "Chairman P Markwell": a role written before the name
  const lead = /^(?:the\s+)?((?:parish\s+|town\s+)?clerk|chair(?:man|person|woman)?|vice[- ]chair(?:man|person|woman)?|treasurer|rfo|secretary|mayor|deputy\s+mayor)\s+(?=[A-Z])/i.exec(s);
  if (lead && !role) {
    role = lead[1]!;
    s = s.slice(lead[0].length);
  }
  const marked = /\*/.test(s);
  s = s.replace(/\*/g, "").trim();
  const { name, honorific } = stripHonorific(s);
  if (!looksLikeName(name)) {
    // after an honorific, a short capitalised phrase is a name, but not a sentence ("Cllr. Crisp
    // welcomed all to the meeting")
    const prose = name.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !/^(?:de|da|van|von|der|den|le|la|du|ap|ab|o'|and|&)$/.test(w));
    if (honorific && name.length > 0 && name.length < 40 && !/[0-9]/.test(name) && /^\p{Lu}/u.test(name) && !prose) {
      return { name, honorific, role, marked, notes, ...(organisation ? { organisation } : {}) };
    }
    return null;
  }
  return { name, honorific, role, marked, notes, ...(organisation ? { organisation } : {}) };
}
