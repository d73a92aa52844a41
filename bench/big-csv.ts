import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Writes a CSV of plausible rows until it holds at least `minBytes`; returns its exact size. */
export async function writeBigCsv(path: string, minBytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let row = 0;
  try {
    written += await writeChunk(out, 'ma_xa,ten_xa,nam,chi_tieu,gia_tri,ghi_chu\n');
    while (written < minBytes) {
      // About 1 MB per write: few enough writes to be quick, small enough to bound memory.
      const lines: string[] = [];
      for (let i = 0; i < 16_000; i += 1, row += 1) {
        lines.push(
          `${22_000 + (row % 65)},Xã số ${row % 65},${2015 + (row % 10)},indicator_${row % 40},${(row * 7919) % 100_000},dòng ${row}\n`,
        );
      }
      written += await writeChunk(out, lines.join(''));
    }
    out.end();
    await once(out, 'finish');
  } finally {
    out.destroy();
  }
  return written;
}

async function writeChunk(out: NodeJS.WritableStream, text: string): Promise<number> {
  const bytes = Buffer.from(text, 'utf8');
  if (!out.write(bytes)) await once(out, 'drain');
  return bytes.length;
}
