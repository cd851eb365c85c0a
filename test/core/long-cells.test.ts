import fc from "fast-check";
import { ReportSchema } from "../../src/core/report/schema";
import { checkForm } from "../support/check";
import {
  LONG_CELL_CLASS_NAMES, LONG_CELL_PLACES, LongCellClassName, formWithLongCell, longCellText,
} from "../support/long-cell";
import { MEASURE_WORDS, MAX_UNIT_LENGTH } from "../../src/core/target/vocabulary";

/**
 * Checking a form is linear in its cells' length, whatever a cell holds (issue 7: a 10,000-character run
 * of numerals took 5 s, 40,000 over a minute). Each character class, at 100,000 characters, in the cells a
 * user types most: an indicator's value and name, the project name, the annual goal.
 */

const LONG = 100_000;

/** Classes the timing test found superlinear: their 100,000-character property run would take minutes. */
const superlinear = new Set<LongCellClassName>();

describe("checking time grows linearly with a cell's length", () => {
  /**
   * Wall-clock, but robust on a loaded machine: each size is the fastest of three runs (load and GC only ever
   * add time, so the minimum is the truest figure), 10× the characters may take 30× the time, and 40 ms of
   * slack absorbs a pause in the long run. Linear code stays near 10×; the quadratic readers this guards
   * against took 100× (numeral digits: 5 s at 5,000 characters, 26 s at 10,000) and the cubic one 1,000×,
   * far outside. Sizes grow 1,000 → 10,000 → 100,000 and stop at the first step out of bounds, so a
   * regression fails in seconds instead of hanging. A deterministic count of work would need counters in
   * the core, which is no place for test hooks.
   */
  const fastest = (name: LongCellClassName, length: number): number => {
    const spec = formWithLongCell(LONG_CELL_PLACES, longCellText(name, length));
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      checkForm(spec);
      best = Math.min(best, performance.now() - t);
      if (best > 1000) break; // conclusive already; two more runs would only make a regression slower to report
    }
    return best;
  };

  beforeAll(() => {
    for (const name of LONG_CELL_CLASS_NAMES) checkForm(formWithLongCell(LONG_CELL_PLACES, longCellText(name, 1000)));
  });

  test.each(LONG_CELL_CLASS_NAMES)("%s: 10× the characters take at most 30× the time, up to 100,000", (name) => {
    let previous = fastest(name, LONG / 100);
    for (const length of [LONG / 10, LONG]) {
      const ms = fastest(name, length);
      const bound = 30 * previous + 40;
      if (ms > bound) superlinear.add(name);
      expect(ms).toBeLessThanOrEqual(bound);
      previous = ms;
    }
  });
});

describe("a 100,000-character cell", () => {
  test.each(LONG_CELL_CLASS_NAMES)("of %s is checked: a report, never an internal error", (name) => {
    fc.assert(
      fc.property(
        // fast-check draws the characters; its seed is printed on failure to replay the cell.
        fc.infiniteStream(fc.nat()),
        fc.subarray([...LONG_CELL_PLACES], { minLength: 1 }),
        (draws, places) => {
          if (superlinear.has(name)) return; // failed above; at this length it would not finish
          const text = longCellText(name, LONG, (n) => draws.next().value % n);
          const { report, workbook } = checkForm(formWithLongCell(places, text));
          expect(report.internalErrors).toEqual([]);
          ReportSchema.parse(report);
          // The form is still read, so the long cell went through the readers and the rules, not around them.
          expect(workbook.forms).toHaveLength(1);
          expect(workbook.forms[0]!.indicators.length).toBeGreaterThanOrEqual(4);
        },
      ),
      { numRuns: 3, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  });
});

test("no measure word is longer than the bracketed unit the reader looks at", () => {
  // parse.ts bounds the bracket after a numeral to MAX_UNIT_LENGTH characters; a longer word would be missed.
  expect(Math.max(...[...MEASURE_WORDS].map((w) => w.length))).toBeLessThanOrEqual(MAX_UNIT_LENGTH);
});
