/**
 * The block grammar of minutes. Items, resolutions, clause lists and question blocks are made of
 * blocks; which numbered line opens an item, and what a label means, is decided in `src/` where
 * the whole document can be seen (numbering sequences, the attendance headings, the legend of `*`).
 */
import { CstParser, type CstNode, type IToken } from "chevrotain";
import {
  ActionLabel, allTokens, BulletLine, ClauseLine, EndLine, HeadingLine, ItemNumber, NumberedLine,
  PageNumber, QuestionField, QuestionRow, ResolutionLabel, Separator, SignatureLine, TableRow, TextLine,
} from "./tokens.js";

export class MinutesParser extends CstParser {
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

  private take(t: IToken): IToken {
    this.last = t;
    return t;
  }

  private continuation(): void {
    this.MANY({ GATE: () => this.continues(), DEF: () => this.take(this.CONSUME1(TextLine, { LABEL: "lines" })) });
  }

  public document = this.RULE("document", () => {
    this.MANY(() => this.SUBRULE(this.block));
  });

  private block = this.RULE("block", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.itemHeading) },
      { ALT: () => this.SUBRULE(this.heading) },
      { ALT: () => this.SUBRULE(this.labelBlock) },
      { ALT: () => this.SUBRULE(this.questionBlock) },
      { ALT: () => this.SUBRULE(this.clause) },
      { ALT: () => this.SUBRULE(this.bullet) },
      { ALT: () => this.SUBRULE(this.table) },
      { ALT: () => this.SUBRULE(this.endLine) },
      { ALT: () => this.SUBRULE(this.furniture) },
      { ALT: () => this.SUBRULE(this.paragraph) },
    ]);
  });

  /**
   * `23. APOLOGIES FOR ABSENCE`, `204/19 Apologies were received ...`, or `60.` with its title
   * on the next heading line.
   */
  private itemHeading = this.RULE("itemHeading", () => {
    this.OR([
      { ALT: () => this.take(this.CONSUME(NumberedLine, { LABEL: "numbered" })) },
      {
        ALT: () => {
          this.take(this.CONSUME(ItemNumber, { LABEL: "number" }));
          this.OPTION(() => this.take(this.CONSUME(HeadingLine, { LABEL: "title" })));
        },
      },
    ]);
    this.continuation();
  });

  /** `APOLOGIES FOR ABSENCE`, `## Others in attendance:`, `**RESOLVED:**` is a label, not this. */
  private heading = this.RULE("heading", () => {
    this.take(this.CONSUME(HeadingLine, { LABEL: "title" }));
  });

  /** `RESOLVED: That ...` or `ACTIONS:` with the text that runs on from it. */
  private labelBlock = this.RULE("labelBlock", () => {
    this.OR([
      { ALT: () => this.take(this.CONSUME(ResolutionLabel, { LABEL: "label" })) },
      { ALT: () => this.take(this.CONSUME(ActionLabel, { LABEL: "label" })) },
    ]);
    this.continuation();
  });

  /** `PQ 2\tMs Currie, Hereford\t...` or `Response:` with the lines that run on. */
  private questionBlock = this.RULE("questionBlock", () => {
    this.OR([
      { ALT: () => this.take(this.CONSUME(QuestionRow, { LABEL: "head" })) },
      { ALT: () => this.take(this.CONSUME(QuestionField, { LABEL: "head" })) },
    ]);
    this.continuation();
  });

  /** `a) Noted and welcomed this first workforce report ...` and its wrapped lines. */
  private clause = this.RULE("clause", () => {
    this.take(this.CONSUME(ClauseLine, { LABEL: "head" }));
    this.continuation();
  });

  /** `- The outcome of the Ofsted inspection ...` and its wrapped lines. */
  private bullet = this.RULE("bullet", () => {
    this.take(this.CONSUME(BulletLine, { LABEL: "head" }));
    this.continuation();
  });

  /** Consecutive tab-separated rows. */
  private table = this.RULE("table", () => {
    this.AT_LEAST_ONE(() => this.take(this.CONSUME(TableRow, { LABEL: "rows" })));
  });

  /** `The meeting ended at 4.45 pm`. */
  private endLine = this.RULE("endLine", () => {
    this.take(this.CONSUME(EndLine, { LABEL: "line" }));
    this.continuation();
  });

  /** `7`, `---o0o---`, `Signed ____ Dated ____`: page furniture, kept but not content. */
  private furniture = this.RULE("furniture", () => {
    this.OR([
      { ALT: () => this.take(this.CONSUME(Separator, { LABEL: "line" })) },
      { ALT: () => this.take(this.CONSUME(PageNumber, { LABEL: "line" })) },
      { ALT: () => this.take(this.CONSUME(SignatureLine, { LABEL: "line" })) },
    ]);
  });

  /** Lines of text with no blank line between them. */
  private paragraph = this.RULE("paragraph", () => {
    this.take(this.CONSUME(TextLine, { LABEL: "lines" }));
    this.continuation();
  });

  /** Reset per-document state with the input. */
  public override reset(): void {
    super.reset();
    this.last = undefined;
  }
}

/** The one parser instance, reused by assigning `input`. */
export const minutesParser = new MinutesParser();

export interface ParseOutput {
  cst: CstNode;
  lexErrors: { offset: number; line: number | undefined; column: number | undefined; message: string }[];
  parseErrors: { message: string; token: IToken }[];
}
