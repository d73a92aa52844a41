/** Rows of the first range: small, since nothing is known yet of what a row costs. */
const firstRangeRows = 1_000;
const fewestRows = 100;
const mostRows = 200_000;

/**
 * Embedded PGlite runs one statement at a time for every client, in the hub's own thread, so a
 * job's row-wise work goes by ranges of `_row` (rows are numbered from 2, the header being row 1).
 * A fixed number of rows does not bound a statement's time: a row costs more as the table and
 * its indexes outgrow PGlite's buffers (20,000 rows took 0.1 s at the start of a 300 MB file and
 * seconds near its end). So each range is sized from the last one's time to take about
 * `targetMs`, growing at most twofold per step (a range that ran fast may have been lucky)
 * and shrinking up to fourfold, and requests run in between.
 * `work` returning true stops the walk (a search found what it looked for).
 */
export async function forEachTimedRange(
  lastRow: number,
  targetMs: number,
  work: (first: number, end: number) => Promise<boolean | void>,
): Promise<void> {
  let rows = firstRangeRows;
  for (let first = 2; first <= lastRow;) {
    const end = first + rows;
    const started = performance.now();
    if (await work(first, end)) return;
    first = end;
    rows = nextRangeRows(rows, performance.now() - started, targetMs);
  }
}

/** The next range's rows, so that it takes about `targetMs` if rows cost what they just did. */
export function nextRangeRows(rows: number, elapsedMs: number, targetMs: number): number {
  const scaled = (rows * targetMs) / Math.max(elapsedMs, 1);
  return Math.round(Math.min(mostRows, Math.max(fewestRows, rows / 4, Math.min(rows * 2, scaled))));
}
