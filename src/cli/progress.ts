/**
 * Progress on stderr: a redrawn bar on a terminal, a few plain lines elsewhere (CI logs). Short runs print
 * nothing: the bar appears only past `threshold` units of work.
 */
export class Progress {
  private lastDrawn = -1;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly label: string,
    private readonly threshold = 50,
  ) {}

  update(done: number, total: number): void {
    if (total < this.threshold) return;
    const pct = Math.floor((done / total) * 100);
    if (this.stream.isTTY) {
      if (pct === this.lastDrawn) return;
      const width = 30;
      const filled = Math.round((done / total) * width);
      this.stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${this.label}`);
      this.shown = true;
    } else {
      const step = Math.floor(pct / 25) * 25;
      if (step === this.lastDrawn || (step === 0 && done !== total && this.lastDrawn >= 0)) return;
      this.stream.write(`${done}/${total} ${this.label}\n`);
      this.lastDrawn = step;
      return;
    }
    this.lastDrawn = pct;
  }

  finish(): void {
    if (this.shown && this.stream.isTTY) this.stream.write("\n");
    this.shown = false;
  }

  note(line: string): void {
    this.stream.write(`${line}\n`);
  }
}
