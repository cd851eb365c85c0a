import { checkForm } from "../test/support/check";
import { LONG_CELL_CLASS_NAMES, LONG_CELL_PLACES, LongCellClassName, LongCellPlace, formWithLongCell, longCellText } from "../test/support/long-cell";

export interface LongCellRow {
  cls: LongCellClassName;
  chars: number;
  /** The slowest of the four places the cell was put in, median of `runs`. */
  ms: number;
  worstPlace: LongCellPlace;
}

/** One cell of `chars` characters per class, in each place of an otherwise clean form: ms to check the form. */
export function benchLongCells(chars: number, runs = 3, classes: readonly LongCellClassName[] = LONG_CELL_CLASS_NAMES): LongCellRow[] {
  const rows: LongCellRow[] = [];
  for (const cls of classes) {
    const text = longCellText(cls, chars);
    let worst = { ms: -1, place: LONG_CELL_PLACES[0] as LongCellPlace };
    for (const place of LONG_CELL_PLACES) {
      const spec = formWithLongCell(place, text);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        checkForm(spec);
        times.push(performance.now() - t);
      }
      const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
      if (ms > worst.ms) worst = { ms, place };
    }
    rows.push({ cls, chars, ms: +worst.ms.toFixed(1), worstPlace: worst.place });
  }
  return rows;
}
