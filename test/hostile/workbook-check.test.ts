import { Readable } from 'node:stream';
import { checkWorkbook } from '../../src/modules/datastore/ingestion/workbook-check';
import { IngestionFailure } from '../../src/modules/datastore/ingestion/problems';
import {
  asZip64,
  embeddedBombWorkbook,
  goodWorkbook,
  localFlags,
  manyCellsBomb,
  manyPartsBomb,
  nestedBomb,
  oneCellBomb,
  sharedStringsBomb,
  streamedWorkbook,
} from './ingestion-fixtures';

/** The check alone, on a file in memory read as the blob store serves it. */
function stored(bytes: Buffer) {
  return {
    byteSize: bytes.length,
    range: async (start: number, end: number) => Readable.from([bytes.subarray(start, end + 1)]),
    content: async () => Readable.from([bytes]),
  };
}

/**
 * The check's outcome ('accepted' or the owner's message) and the bytes it inflated: what
 * bounds its work whatever else the machine does (how fast it goes is measured by the benchmark).
 */
async function check(bytes: Buffer): Promise<{ outcome: string; inflated: number }> {
  let outcome = 'accepted';
  let inflated = 0;
  try {
    await checkWorkbook(stored(bytes), (chunk) => (inflated += chunk));
  } catch (error) {
    if (!(error instanceof IngestionFailure)) throw error;
    outcome = error.problems.map((problem) => problem.message).join('\n');
  }
  return { outcome, inflated };
}

const megabyte = 2 ** 20;
/** Past a limit the check stops at the chunk that crossed it: unzipper's inflater hands out 16 KB at most. */
const chunk = 16 * 1024;

const rows: [number, string][] = [
  [1, 'Phường Phủ Hà'],
  [2, 'Xã Phước Dinh'],
];

/** Issue 13: a workbook's zip bomb is refused from the ZIP's own sizes, having inflated no more than the limits allow. */
describe('the workbook check before exceljs: zip bombs refused quickly, real workbooks accepted', () => {
  describe('real workbooks', () => {
    it('exceljs writeBuffer (sizes in the local headers) is accepted', async () => {
      expect((await check(await goodWorkbook('a', rows))).outcome).toBe('accepted');
    });

    it("exceljs's streaming writer (sizes after the data, as streaming writers write) is accepted", async () => {
      const workbook = await streamedWorkbook('b', rows);
      expect(localFlags(workbook).every((flags) => (flags & 0x08) !== 0)).toBe(true);
      expect((await check(workbook)).outcome).toBe('accepted');
    });

    it('the same with ZIP64 end records and sizes, and an archive comment, is accepted', async () => {
      const workbook = asZip64(await streamedWorkbook('c', rows), 'Ghi chú của tệp (archive comment)');
      expect((await check(workbook)).outcome).toBe('accepted');
    });

    it('a good workbook carrying a zip bomb as an embedded object is accepted: nothing opens the inner ZIP', async () => {
      const { outcome, inflated } = await check(embeddedBombWorkbook());
      expect(outcome).toBe('accepted');
      // The inner ZIP itself (1.7 MB), not the 600 MB it holds.
      expect(inflated).toBeLessThan(2 * megabyte);
    });
  });

  describe('zip bombs', () => {
    /** How it is refused, and the most the check may inflate first: nothing when its central directory refuses it. */
    const cases: [string, () => Buffer, RegExp, number][] = [
      [
        'sizes after the data (bit 3), 600 MB declared by the central directory',
        () => manyCellsBomb(600, 'after-data'),
        /the workbook expands beyond 512 MB: its ZIP central directory declares 600\.0 MB/,
        0,
      ],
      ['sizes in the local headers, 600 MB', () => manyCellsBomb(600), /the workbook expands beyond 512 MB/, 0],
      [
        'sizes after the data, 500 MB truly declared: within 512 MB, but 343 times its 1.4 MB',
        () => manyCellsBomb(500, 'after-data'),
        /the workbook expands beyond 142\.4 MB, the most a 1\.4 MB file may: 100 times its size, 16 MB at least; its ZIP central directory declares 500\.0 MB/,
        0,
      ],
      [
        'sizes after the data, the central directory saying 1 KB',
        () => manyCellsBomb(600, 'after-data-understated'),
        /the workbook is damaged: xl\/worksheets\/sheet1\.xml inflates beyond the 1024 bytes its header declares/,
        8 * 1024 + chunk,
      ],
      [
        'both headers saying 1 KB',
        () => manyCellsBomb(600, 'understated'),
        /the workbook is damaged: xl\/worksheets\/sheet1\.xml inflates beyond the 1024 bytes its header declares/,
        8 * 1024 + chunk,
      ],
      [
        '5,000 parts of 110 KB, sizes after the data',
        () => manyPartsBomb(5000, 110),
        /the workbook expands beyond 512 MB: its ZIP central directory declares 537\.\d MB/,
        0,
      ],
      [
        '5,000 parts of 110 KB, the central directory saying 1 KB each',
        () => manyPartsBomb(5000, 110, 'after-data-understated'),
        /the workbook is damaged: xl\/media\/image1\.bin inflates beyond the 1024 bytes its header declares/,
        8 * 1024 + chunk,
      ],
      ['20,000 parts of 1 KB', () => manyPartsBomb(20_000, 1), /the workbook has more than 10,000 parts/, 0],
      ['shared strings of 64 MB', () => sharedStringsBomb(64), /sharedStrings\.xml expands beyond 32 MB/, 0],
      [
        'one cell of 100 MB: 1,000 times its 0.1 MB',
        () => oneCellBomb(100),
        /the workbook expands beyond 16 MB, the most a 0\.1 MB file may: 100 times its size, 16 MB at least; its ZIP central directory declares 100\.0 MB/,
        0,
      ],
      // 8 MB: within what any workbook may expand to, so the cell's own limit is what refuses it.
      ['one cell of 8 MB', () => oneCellBomb(8), /a cell longer than 4 MB/, 4 * megabyte + 8 * 1024 + chunk],
      [
        '16 nested bombs (a ZIP of bombs, as 42.zip), 27 MB of inner ZIPs in 0.1 MB',
        () => nestedBomb(16),
        /the workbook expands beyond 16 MB, the most a 0\.1 MB file may/,
        0,
      ],
    ];

    it.each(cases)('%s: refused, having inflated no more than the limit', async (_name, bomb, message, most) => {
      const { outcome, inflated } = await check(bomb());
      expect(outcome).toMatch(message);
      expect(inflated).toBeLessThanOrEqual(most);
    });

    it('4 nested bombs, within what any workbook may expand to: accepted, the inner ZIPs inflated to their own bytes only', async () => {
      // No workbook part of its own: exceljs then finds no sheet ("the workbook is empty").
      const { outcome, inflated } = await check(nestedBomb(4));
      expect(outcome).toBe('accepted');
      // 4 × 1.7 MB of inner ZIPs, not the 4 × 600 MB they hold.
      expect(inflated).toBeLessThan(8 * megabyte);
    });
  });

  describe('damaged files', () => {
    it('a workbook cut short has no central directory: "the workbook is damaged"', async () => {
      const whole = await streamedWorkbook('d', rows);
      expect((await check(whole.subarray(0, whole.length - 30))).outcome).toMatch(
        /the workbook is damaged: no ZIP central directory at its end/,
      );
    });

    it('a part missing from the central directory: "the workbook is damaged", naming it', async () => {
      const workbook = await goodWorkbook('e', rows);
      // The directory's first record renamed: its part is no longer listed.
      const directory = workbook.readUInt32LE(workbook.length - 22 + 16);
      const renamed = Buffer.from(workbook);
      renamed.write('X', directory + 46);
      expect((await check(renamed)).outcome).toMatch(/the workbook is damaged: \[Content_Types\]\.xml is not in its ZIP central directory/);
    });

    it('bytes that are no ZIP: "the workbook is damaged"', async () => {
      expect((await check(Buffer.from('ma,ten\n1,a\n'))).outcome).toMatch(/the workbook is damaged/);
    });
  });
});
