/**
 * The block grammar of minutes. Items, resolutions, clause lists and question blocks are made of
 * blocks; which numbered line opens an item, and what a label means, is decided in `src/` where
 * the whole document can be seen (numbering sequences, the attendance headings, the legend of `*`).
 */
import { EmbeddedActionsParser, type IToken } from "chevrotain";
import {
  ActionLabel, allTokens, BulletLine, ClauseLine, EndLine, HeadingLine, ItemNumber, NumberedLine,
  PageNumber, QuestionField, QuestionRow, ResolutionLabel, Separator, SignatureLine, TableRow, TextLine,
} from "./tokens.js";

/** What a block of lines is, by the rule that took it. */
export type BlockKind =
  | "itemHeading"
  | "heading"
  | "labelBlock"
  | "questionBlock"
  | "clause"
  | "bullet"
  | "table"
  | "endLine"
  | "furniture"
  | "paragraph";

/** The syntax tree the grammar makes: a document is a list of blocks, each its line tokens in order. */
export interface TokenBlock {
  kind: BlockKind;
  tokens: IToken[];
}

/**
 * The grammar, with embedded actions: each rule gives its lines as they are consumed, so no
 * concrete syntax tree is built (on a 10 MB document that tree took about 44 MB).
 */
export class MinutesParser extends EmbeddedActionsParser {
  /** the last token consumed by a block, for continuation lines */
  private last: IToken | undefined;

  constructor() {
    super(allTokens, { recoveryEnabled: false, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  /** A text line that continues the block: on the very next line, with no blank line between. */
  private continues(): boolean {
    const next = this.LA(1);
    return this.last !== undefined && next.tokenType === TextLine && next.startLine === (this.last.endLine ?? 0) + 1;
  }

  private take(into: IToken[], t: IToken): void {
    this.last = t;
    into.push(t);
  }

  private continuation(into: IToken[]): void {
    this.MANY({ GATE: () => this.continues(), DEF: () => this.take(into, this.CONSUME1(TextLine)) });
  }

  /** the blocks of the document so far (kept here, so that an error leaves those before it) */
  public blocks: TokenBlock[] = [];

  public document = this.RULE("document", (): TokenBlock[] => {
    this.MANY(() => {
      this.blocks.push(this.SUBRULE(this.block));
    });
    return this.blocks;
  });

  private block = this.RULE("block", (): TokenBlock => {
    const of = (kind: BlockKind, tokens: IToken[]): TokenBlock => ({ kind, tokens });
    return this.OR([
      { ALT: () => of("itemHeading", this.SUBRULE(this.itemHeading)) },
      { ALT: () => of("heading", this.SUBRULE(this.heading)) },
      { ALT: () => of("labelBlock", this.SUBRULE(this.labelBlock)) },
      { ALT: () => of("questionBlock", this.SUBRULE(this.questionBlock)) },
      { ALT: () => of("clause", this.SUBRULE(this.clause)) },
      { ALT: () => of("bullet", this.SUBRULE(this.bullet)) },
      { ALT: () => of("table", this.SUBRULE(this.table)) },
      { ALT: () => of("endLine", this.SUBRULE(this.endLine)) },
      { ALT: () => of("furniture", this.SUBRULE(this.furniture)) },
      { ALT: () => of("paragraph", this.SUBRULE(this.paragraph)) },
    ]);
  });

  /**
   * `23. APOLOGIES FOR ABSENCE`, `204/19 Apologies were received ...`, or `60.` with its title
   * on the next heading line.
   */
  private itemHeading = this.RULE("itemHeading", (): IToken[] => {
    const t: IToken[] = [];
    this.OR([
      { ALT: () => this.take(t, this.CONSUME(NumberedLine)) },
      {
        ALT: () => {
          this.take(t, this.CONSUME(ItemNumber));
          this.OPTION(() => this.take(t, this.CONSUME(HeadingLine)));
        },
      },
    ]);
    this.continuation(t);
    return t;
  });

  /** `APOLOGIES FOR ABSENCE`, `## Others in attendance:`, `**RESOLVED:**` is a label, not this. */
  private heading = this.RULE("heading", (): IToken[] => {
    const t: IToken[] = [];
    this.take(t, this.CONSUME(HeadingLine));
    return t;
  });

  /** `RESOLVED: That ...` or `ACTIONS:` with the text that runs on from it. */
  private labelBlock = this.RULE("labelBlock", (): IToken[] => {
    const t: IToken[] = [];
    this.OR([
      { ALT: () => this.take(t, this.CONSUME(ResolutionLabel)) },
      { ALT: () => this.take(t, this.CONSUME(ActionLabel)) },
    ]);
    this.continuation(t);
    return t;
  });

  /** `PQ 2\tMs Currie, Hereford\t...` or `Response:` with the lines that run on. */
  private questionBlock = this.RULE("questionBlock", (): IToken[] => {
    const t: IToken[] = [];
    this.OR([
      { ALT: () => this.take(t, this.CONSUME(QuestionRow)) },
      { ALT: () => this.take(t, this.CONSUME(QuestionField)) },
    ]);
    this.continuation(t);
    return t;
  });

  /** `a) Noted and welcomed this first workforce report ...` and its wrapped lines. */
  private clause = this.RULE("clause", (): IToken[] => {
    const t: IToken[] = [];
    this.take(t, this.CONSUME(ClauseLine));
    this.continuation(t);
    return t;
  });

  /** `- The outcome of the Ofsted inspection ...` and its wrapped lines. */
  private bullet = this.RULE("bullet", (): IToken[] => {
    const t: IToken[] = [];
    this.take(t, this.CONSUME(BulletLine));
    this.continuation(t);
    return t;
  });

  /** Consecutive tab-separated rows. */
  private table = this.RULE("table", (): IToken[] => {
    const t: IToken[] = [];
    this.AT_LEAST_ONE(() => this.take(t, this.CONSUME(TableRow)));
    return t;
  });

  /** `The meeting ended at 4.45 pm`. */
  private endLine = this.RULE("endLine", (): IToken[] => {
    const t: IToken[] = [];
    this.take(t, this.CONSUME(EndLine));
    this.continuation(t);
    return t;
  });

  /** `7`, `---o0o---`, `Signed ____ Dated ____`: page furniture, kept but not content. */
  private furniture = this.RULE("furniture", (): IToken[] => {
    const t: IToken[] = [];
    this.OR([
      { ALT: () => this.take(t, this.CONSUME(Separator)) },
      { ALT: () => this.take(t, this.CONSUME(PageNumber)) },
      { ALT: () => this.take(t, this.CONSUME(SignatureLine)) },
    ]);
    return t;
  });

  /** Lines of text with no blank line between them. */
  private paragraph = this.RULE("paragraph", (): IToken[] => {
    const t: IToken[] = [];
    this.take(t, this.CONSUME(TextLine));
    this.continuation(t);
    return t;
  });

  /** Reset per-document state with the input. */
  public override reset(): void {
    super.reset();
    this.last = undefined;
    this.blocks = [];
  }
}

/** The one parser instance, reused by assigning `input`. */
export const minutesParser = new MinutesParser();

export interface ParseOutput {
  blocks: TokenBlock[];
  lexErrors: { offset: number; line: number | undefined; column: number | undefined; message: string }[];
  parseErrors: { message: string; token: IToken }[];
}
