import { CopyPiece } from '../../src/modules/datastore/ingestion/copy-piece';

const text = async (piece: CopyPiece) => Buffer.from(await piece.asBlob().arrayBuffer()).toString('utf8');

describe('issue 13: a COPY piece for PGlite reuses one memory', () => {
  it('holds exactly what was appended since it was cleared, as PGlite reads it', async () => {
    const piece = new CopyPiece(16);
    piece.append(Buffer.from('1,Phủ Hà\n'));
    piece.append(Buffer.from('2,Đô Vinh\n'));
    expect(piece.length).toBe(Buffer.byteLength('1,Phủ Hà\n2,Đô Vinh\n'));
    expect(await text(piece)).toBe('1,Phủ Hà\n2,Đô Vinh\n');
    piece.clear();
    expect(piece.length).toBe(0);
    piece.append(Buffer.from('3,Khánh Hải\n'));
    expect(await text(piece)).toBe('3,Khánh Hải\n');
  });

  it('grows past its capacity for a record longer than a piece, keeping what it held', async () => {
    const piece = new CopyPiece(8);
    piece.append(Buffer.from('ab'));
    const long = 'x'.repeat(100);
    piece.append(Buffer.from(long));
    piece.append(Buffer.from('\n'));
    expect(await text(piece)).toBe(`ab${long}\n`);
  });

  it('hands PGlite the memory itself, not a copy', async () => {
    const piece = new CopyPiece(64);
    piece.append(Buffer.from('a\n'));
    const first = await piece.asBlob().arrayBuffer();
    piece.clear();
    piece.append(Buffer.from('b\n'));
    expect(await piece.asBlob().arrayBuffer()).toBe(first);
  });
});
