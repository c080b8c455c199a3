/**
 * The syntax tree: the grammar's blocks of tokens turned into blocks of lines, each with its unist
 * position in the original text. Meaning is given to these blocks elsewhere in `src/`.
 */
import type { IToken } from "chevrotain";
import type { BlockKind, TokenBlock } from "../grammar/parser.js";
import { cleanLine } from "../grammar/markup.js";
import type { PointT, PositionT } from "./schema.js";

/** Maps the lexer's view offsets to points in the source. */
export type Locate = (viewOffset: number) => PointT;

/** The one place Chevrotain's inclusive token ends become unist's exclusive ones: the view offset after a token. */
function endOf(t: IToken): number {
  return (t.endOffset ?? t.startOffset) + 1;
}

export function tokenPosition(locate: Locate, first: IToken, last: IToken = first): PositionT {
  return { start: locate(first.startOffset), end: locate(endOf(last)) };
}

/** One physical line (or the part of one a token took). */
export interface Line {
  /** the token class: `NumberedLine`, `TextLine`, ... */
  readonly kind: string;
  readonly raw: string;
  /** markup removed, tabs kept */
  readonly clean: string;
  /** the clean text with runs of tabs and spaces as one space, trimmed: for prose */
  readonly prose: string;
  readonly position: PositionT;
  /** where `raw` starts in the lexer's view, and the map from there to the source: see `pointAt` */
  readonly viewOffset: number;
  readonly locate: Locate;
}

/**
 * A line as the tree makes it. Its position is placed in the source when first asked: most lines'
 * never are (they reach the document through their block's). On the benchmark's 10 MB document
 * this took the live heap at the end of the build from 80.5 MB to 77 MB.
 */
class SourceLine implements Line {
  #position: PositionT | undefined;

  constructor(
    readonly kind: string,
    readonly raw: string,
    readonly clean: string,
    readonly prose: string,
    readonly viewOffset: number,
    /** the view offset just after the line */
    private readonly viewEnd: number,
    readonly locate: Locate,
    position?: PositionT,
  ) {
    this.#position = position;
  }

  get position(): PositionT {
    return (this.#position ??= { start: this.locate(this.viewOffset), end: this.locate(this.viewEnd) });
  }

  /** The same line with other clean text (the header's reading of a front-matter title). */
  withClean(clean: string): Line {
    return new SourceLine(this.kind, this.raw, clean, clean, this.viewOffset, this.viewEnd, this.locate, this.position);
  }
}

/** The same line with other clean text, and prose the same as it. */
export function withClean(line: Line, clean: string): Line {
  return line instanceof SourceLine ? line.withClean(clean) : { ...line, clean, prose: clean };
}

/**
 * The source point of a character of a line's `raw` (moved text points to where it came from).
 * (A function of the line's fields, not a closure on each line: a closure cost about 350 bytes a
 * line, a fifth of a large document's peak memory.)
 */
export function pointAt(line: Line, index: number): PointT {
  return line.locate(line.viewOffset + index);
}

export type { BlockKind } from "../grammar/parser.js";

/** A block of lines as the grammar grouped them. */
export interface SyntaxBlock {
  kind: BlockKind;
  lines: Line[];
  position: PositionT;
  /** a blank line (or the start of the text) stands before it */
  gapBefore: boolean;
}

function toLine(locate: Locate, t: IToken): Line {
  // line tokens carry their clean text from the lexer (`payload`); the others are cleaned here
  const clean = typeof t.payload === "string" ? t.payload : cleanLine(t.image);
  // (the line keeps the offset, not the token: the tokens can go once the blocks are made)
  return new SourceLine(t.tokenType.name, t.image, clean, proseOf(clean), t.startOffset, endOf(t), locate);
}

/** The grammar's blocks of tokens as blocks of lines, each line placed in the source, added to `out`. */
export function blocksOf(tokenBlocks: readonly TokenBlock[], locate: Locate, out: SyntaxBlock[] = []): SyntaxBlock[] {
  for (const { kind, tokens, gapBefore } of tokenBlocks) {
    if (tokens.length === 0) continue;
    out.push({ kind, lines: tokens.map((t) => toLine(locate, t)), position: tokenPosition(locate, tokens[0]!, tokens[tokens.length - 1]!), gapBefore });
  }
  return out;
}

/** One line's prose: clean text with runs of tabs and spaces as one space, trimmed. */
function proseOf(clean: string): string {
  // clean text has single spaces and no space at either end already: only tabs are left to fold
  // (and any other white space at either end: the ends are looked at, not the whole line)
  const n = clean.length;
  const edge = (c: number) => c <= 32 || c >= 0x80;
  if (n === 0 || (clean.indexOf("\t") < 0 && !edge(clean.charCodeAt(0)) && !edge(clean.charCodeAt(n - 1)))) return clean;
  // (a run with a tab in it: the single spaces between words are left as they are, not each replaced)
  return clean.replace(/ ?\t[\t ]*/g, " ").trim();
}

/** The same arrays of lines (a block's) are joined many times by the readers: once is enough. */
const joined = new WeakMap<readonly Line[], string>();

/** The prose of some lines: clean text, tabs as spaces, hard-wrapped lines joined. */
export function joinLines(lines: readonly Line[]): string {
  const cached = joined.get(lines);
  if (cached !== undefined) return cached;
  let out = "";
  for (const l of lines) {
    const t = l.prose;
    if (!t) continue;
    out = out.length === 0 ? t : `${out} ${t}`;
  }
  joined.set(lines, out);
  return out;
}

/** The prose of a block. */
export function blockText(b: SyntaxBlock): string {
  return joinLines(b.lines);
}
