import { forEachTimedRange, nextRangeRows } from '../../src/modules/datastore/ingestion/timed-ranges';

/** Issue 13 item 3: on embedded PGlite a job's row-wise statements are sized by time, not by a fixed row count. */
describe('ranges of rows sized to a time per statement', () => {
  it('covers rows 2 to the last once each, in order, with no gap or overlap', async () => {
    const ranges: [number, number][] = [];
    await forEachTimedRange(123_456, 100, async (first, end) => void ranges.push([first, end]));
    expect(ranges[0][0]).toBe(2);
    for (let index = 1; index < ranges.length; index += 1) expect(ranges[index][0]).toBe(ranges[index - 1][1]);
    const [, lastEnd] = ranges[ranges.length - 1];
    expect(lastEnd).toBeGreaterThan(123_456);
    expect(ranges[ranges.length - 1][0]).toBeLessThanOrEqual(123_456);
  });

  it('an empty table (last row 0) runs no statement', async () => {
    const work = jest.fn(async () => undefined);
    await forEachTimedRange(0, 100, work);
    expect(work).not.toHaveBeenCalled();
  });

  it('stops when the work says it found what it looked for', async () => {
    const seen: number[] = [];
    await forEachTimedRange(1_000_000, 100, async (first) => {
      seen.push(first);
      return seen.length === 3;
    });
    expect(seen).toHaveLength(3);
  });

  it('rows that got slower make the next range smaller, faster ones make it larger, at most twice as large a step', () => {
    expect(nextRangeRows(20_000, 400, 100)).toBe(5_000);
    expect(nextRangeRows(20_000, 2_000, 100)).toBe(5_000);
    expect(nextRangeRows(1_000, 80, 100)).toBe(1_250);
    expect(nextRangeRows(1_000, 25, 100)).toBe(2_000);
    expect(nextRangeRows(1_000, 1, 100)).toBe(2_000);
    expect(nextRangeRows(1_000, 100, 100)).toBe(1_000);
  });

  it('a range never falls under 100 rows nor exceeds 200,000', () => {
    expect(nextRangeRows(150, 10_000, 100)).toBe(100);
    expect(nextRangeRows(100_000, 0, 100)).toBe(200_000);
  });
});
