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
  /** a blank line (or the start of the text) stands before it: set by `parseParts` */
  gapBefore: boolean;
}

/**
 * The grammar, with embedded actions: each rule puts its lines into the block being read as they
 * are consumed, so no concrete syntax tree is built (on a 10 MB document that tree took about
 * 44 MB). The alternatives are made once, not at each call (Chevrotain's performance advice).
 */
export class MinutesParser extends EmbeddedActionsParser {
  /** the last token consumed by a block, for continuation lines */
  private last: IToken | undefined;
  /** the lines of the block being read */
  private lines: IToken[] = [];
  /** the blocks of the document so far (kept here, so that an error leaves those before it) */
  public blocks: TokenBlock[] = [];

  constructor() {
    super(allTokens, { recoveryEnabled: false, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  /** A text line that continues the block: on the very next line, with no blank line between. */
  private continues(): boolean {
    const next = this.LA(1);
    return this.last !== undefined && next.tokenType === TextLine && next.startLine === (this.last.endLine ?? 0) + 1;
  }

  private take(t: IToken): void {
    this.last = t;
    this.lines.push(t);
  }

  private readonly continuationLine = { GATE: () => this.continues(), DEF: () => this.take(this.CONSUME1(TextLine)) };

  private continuation(): void {
    this.MANY(this.continuationLine);
  }

  public document = this.RULE("document", (): TokenBlock[] => {
    this.MANY(() => {
      this.blocks.push(this.SUBRULE(this.block));
    });
    return this.blocks;
  });

  private block = this.RULE("block", (): TokenBlock => {
    this.lines = [];
    const kind = this.OR(this.blockKinds);
    return { kind, tokens: this.lines, gapBefore: false };
  });

  private readonly blockKinds = (
    [
      ["itemHeading", () => this.SUBRULE(this.itemHeading)],
      ["heading", () => this.SUBRULE(this.heading)],
      ["labelBlock", () => this.SUBRULE(this.labelBlock)],
      ["questionBlock", () => this.SUBRULE(this.questionBlock)],
      ["clause", () => this.SUBRULE(this.clause)],
      ["bullet", () => this.SUBRULE(this.bullet)],
      ["table", () => this.SUBRULE(this.table)],
      ["endLine", () => this.SUBRULE(this.endLine)],
      ["furniture", () => this.SUBRULE(this.furniture)],
      ["paragraph", () => this.SUBRULE(this.paragraph)],
    ] as const
  ).map(([kind, rule]) => ({
    ALT: (): BlockKind => {
      rule();
      return kind;
    },
  }));

  /**
   * `23. APOLOGIES FOR ABSENCE`, `204/19 Apologies were received ...`, or `60.` with its title
   * on the next heading line.
   */
  private itemHeading = this.RULE("itemHeading", () => {
    this.OR(this.itemOpeners);
    this.continuation();
  });

  private readonly itemTitle = () => this.take(this.CONSUME(HeadingLine));

  private readonly itemOpeners = [
    { ALT: () => this.take(this.CONSUME(NumberedLine)) },
    {
      ALT: () => {
        this.take(this.CONSUME(ItemNumber));
        this.OPTION(this.itemTitle);
      },
    },
  ];

  /** `APOLOGIES FOR ABSENCE`, `## Others in attendance:`, `**RESOLVED:**` is a label, not this. */
  private heading = this.RULE("heading", () => {
    this.take(this.CONSUME(HeadingLine));
  });

  /** `RESOLVED: That ...` or `ACTIONS:` with the text that runs on from it. */
  private labelBlock = this.RULE("labelBlock", () => {
    this.OR(this.labels);
    this.continuation();
  });

  private readonly labels = [{ ALT: () => this.take(this.CONSUME(ResolutionLabel)) }, { ALT: () => this.take(this.CONSUME(ActionLabel)) }];

  /** `PQ 2\tMs Currie, Hereford\t...` or `Response:` with the lines that run on. */
  private questionBlock = this.RULE("questionBlock", () => {
    this.OR(this.questionHeads);
    this.continuation();
  });

  private readonly questionHeads = [{ ALT: () => this.take(this.CONSUME(QuestionRow)) }, { ALT: () => this.take(this.CONSUME(QuestionField)) }];

  /** `a) Noted and welcomed this first workforce report ...` and its wrapped lines. */
  private clause = this.RULE("clause", () => {
    this.take(this.CONSUME(ClauseLine));
    this.continuation();
  });

  /** `- The outcome of the Ofsted inspection ...` and its wrapped lines. */
  private bullet = this.RULE("bullet", () => {
    this.take(this.CONSUME(BulletLine));
    this.continuation();
  });

  /** Consecutive tab-separated rows. */
  private table = this.RULE("table", () => {
    this.AT_LEAST_ONE(this.tableRow);
  });

  private readonly tableRow = () => this.take(this.CONSUME(TableRow));

  /** `The meeting ended at 4.45 pm`. */
  private endLine = this.RULE("endLine", () => {
    this.take(this.CONSUME(EndLine));
    this.continuation();
  });

  /** `7`, `---o0o---`, `Signed ____ Dated ____`: page furniture, kept but not content. */
  private furniture = this.RULE("furniture", () => {
    this.OR(this.furnitureLines);
  });

  private readonly furnitureLines = [
    { ALT: () => this.take(this.CONSUME(Separator)) },
    { ALT: () => this.take(this.CONSUME(PageNumber)) },
    { ALT: () => this.take(this.CONSUME(SignatureLine)) },
  ];

  /** Lines of text with no blank line between them. */
  private paragraph = this.RULE("paragraph", () => {
    this.take(this.CONSUME(TextLine));
    this.continuation();
  });

  /** Reset per-document state with the input. */
  public override reset(): void {
    super.reset();
    this.last = undefined;
    this.lines = [];
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
