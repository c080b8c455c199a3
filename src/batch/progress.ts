/**
 * Progress of a batch on stderr: a bar redrawn in place on a terminal; a plain line every few
 * seconds when stderr is a file or a CI log; nothing with --quiet.
 */

export type ProgressMode = "bar" | "lines" | "none";

export interface Tally {
  done: number;
  total: number;
  converted: number;
  skipped: number;
  failed: number;
  warnings: number;
  bytes: number;
}

const fmtTime = (s: number) => {
  if (!Number.isFinite(s)) return "?";
  const m = Math.floor(s / 60);
  const r = Math.round(s % 60);
  return m ? `${m}m${String(r).padStart(2, "0")}s` : `${r}s`;
};

export class Progress {
  private readonly started = Date.now();
  private last = Date.now();

  constructor(
    private readonly mode: ProgressMode,
    private readonly write: (s: string) => void,
    private readonly every: number = mode === "bar" ? 100 : 5000,
    /** the terminal's width, read at each redraw (a window can be resized during a run) */
    private readonly columns: () => number | undefined = () => undefined,
  ) {}

  private line(t: Tally): string {
    const secs = Math.max((Date.now() - this.started) / 1000, 1e-3);
    const rate = t.done / secs;
    const mbs = t.bytes / 1024 / 1024 / secs;
    const left = rate > 0 ? (t.total - t.done) / rate : Infinity;
    return `${t.done}/${t.total} files, ${rate.toFixed(1)} files/s, ${mbs.toFixed(2)} MB/s, ${t.failed} failed, ${fmtTime(left)} left`;
  }

  update(t: Tally, force = false): void {
    if (this.mode === "none") return;
    const now = Date.now();
    if (!force && now - this.last < this.every) return;
    // a log gets its periodic lines and then the summary, not a last line that repeats it
    if (force && this.mode === "lines") return;
    this.last = now;
    if (this.mode === "bar") this.write(`\r\x1b[K${this.bar(t)}`);
    else this.write(`minutes: ${this.line(t)}\n`);
  }

  /**
   * The bar and its figures within the terminal's width less one column (a line that fills the last
   * column wraps on some terminals, and each redraw would then add a line): the bar narrows first,
   * then goes, then the figures are cut.
   */
  private bar(t: Tally): string {
    const text = this.line(t);
    const room = (this.columns() ?? 80) - 1;
    const width = Math.min(24, room - text.length - 3);
    if (width < 5) return text.slice(0, Math.max(room, 0));
    const filled = t.total ? Math.round((t.done / t.total) * width) : width;
    return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${text}`;
  }

  /** Clear the bar before other output. */
  clear(): void {
    if (this.mode === "bar") this.write("\r\x1b[K");
  }

  elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }
}
