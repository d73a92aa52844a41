import { coalesced, maxRangesPerRequest, parseRange } from '../../src/http/byte-range';

const etag = '"abc"';
const answer = (range: string, size = 1000, ifRange?: string) =>
  parseRange({ range, ...(ifRange === undefined ? {} : { 'if-range': ifRange }) }, size, etag);

describe('RFC 9110 §14: which ranges a download sends', () => {
  it('suffix (-500) and open (100-) ranges are read against the size', () => {
    expect(answer('bytes=-500, 100-')).toEqual({ kind: 'ranges', ranges: [{ start: 100, end: 999 }] });
    expect(answer('bytes=-5000')).toEqual({ kind: 'ranges', ranges: [{ start: 0, end: 999 }] });
    expect(answer('bytes=990-2000')).toEqual({ kind: 'ranges', ranges: [{ start: 990, end: 999 }] });
  });

  it('ranges outside the file are dropped; none inside is unsatisfiable', () => {
    expect(answer('bytes=0-9, 5000-, 20-29')).toEqual({
      kind: 'ranges',
      ranges: [
        { start: 0, end: 9 },
        { start: 20, end: 29 },
      ],
    });
    expect(answer('bytes=5000-, 1000-1001, -0')).toEqual({ kind: 'unsatisfiable' });
  });

  it(`more than ${maxRangesPerRequest} ranges, bad syntax or another unit get the whole file`, () => {
    const ranges = (count: number) => Array.from({ length: count }, (_, index) => `${index * 10}-${index * 10 + 1}`).join(',');
    expect(answer(`bytes=${ranges(maxRangesPerRequest)}`)).toMatchObject({ kind: 'ranges' });
    expect(answer(`bytes=${ranges(maxRangesPerRequest + 1)}`)).toEqual({ kind: 'whole' });
    for (const range of ['bytes=abc', 'bytes=9-3', 'bytes=0-1,,5-6', 'items=0-3', 'bytes=-'])
      expect(answer(range)).toEqual({ kind: 'whole' });
  });

  it('If-Range: only the current strong ETag lets several ranges through', () => {
    expect(answer('bytes=0-1, 5-6', 1000, etag)).toMatchObject({ kind: 'ranges' });
    expect(answer('bytes=0-1, 5-6', 1000, `W/${etag}`)).toEqual({ kind: 'whole' });
  });

  it('overlapping and adjacent ranges are merged in file order; separate ones stay apart', () => {
    expect(
      coalesced([
        { start: 500, end: 599 },
        { start: 50, end: 149 },
        { start: 0, end: 99 },
        { start: 150, end: 199 },
        { start: 120, end: 130 },
      ]),
    ).toEqual([
      { start: 0, end: 199 },
      { start: 500, end: 599 },
    ]);
    expect(
      coalesced([
        { start: 0, end: 9 },
        { start: 11, end: 20 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 11, end: 20 },
    ]);
  });
});
