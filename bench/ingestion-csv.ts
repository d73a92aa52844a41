import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** The benchmark's file: ten columns of the kinds officials' spreadsheets hold. */
export const ingestionColumns = ['ma', 'so_luong', 'gia_tri', 'ngay', 'ngay_cap', 'ma_ho_so', 'loai', 'ho_ten', 'dia_ban', 'ghi_chu'];

const kinds = ['CAP_MOI', 'CAP_LAI', 'GIA_HAN', 'THU_HOI'];
const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const middles = ['Văn', 'Thị', 'Hữu', 'Đức', 'Thị Thu', 'Minh', 'Ngọc', 'Quốc'];
const givens = ['Tuấn', 'Hương', 'Dũng', 'Lan', 'Hải', 'Nhung', 'Phúc', 'Trang', 'Khánh', 'Thủy', 'Sơn', 'Yến', 'Đạt'];
const places = ['Phường Phủ Hà', 'Xã Phước Dinh', 'Thị trấn Khánh Hải', 'Xã Nhơn Hải', 'Phường Đô Vinh', 'Xã Lợi Hải', 'Xã Phước Hậu'];
const notes = ['Đã bổ sung hồ sơ', 'Chờ xác minh', 'Trả kết quả đúng hạn'];

/**
 * Its Table Schema: every field typed, with the constraints the issue names (required,
 * minimum, enum), a date in dd/mm/yyyy and a nullable column, so nothing is loaded unchecked.
 */
export const ingestionTableSchema = {
  fields: [
    { name: 'ma', type: 'integer', constraints: { required: true } },
    { name: 'so_luong', type: 'integer', constraints: { required: true, minimum: 0 } },
    { name: 'gia_tri', type: 'number', constraints: { minimum: 0 } },
    { name: 'ngay', type: 'date', constraints: { required: true } },
    { name: 'ngay_cap', type: 'date', format: '%d/%m/%Y' },
    { name: 'ma_ho_so', type: 'string', constraints: { required: true } },
    { name: 'loai', type: 'string', constraints: { required: true, enum: kinds } },
    { name: 'ho_ten', type: 'string', constraints: { required: true } },
    { name: 'dia_ban', type: 'string' },
    { name: 'ghi_chu', type: 'string' },
  ],
  primaryKey: ['ma'],
};

/** Writes `rows` data rows (plus the header) to `path`; returns the file's size in bytes. */
export async function writeIngestionCsv(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  const write = async (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    written += bytes.length;
    if (!out.write(bytes)) await once(out, 'drain');
  };
  try {
    await write(`${ingestionColumns.join(',')}\n`);
    for (let start = 0; start < rows; start += 10_000) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(rows, start + 10_000); i += 1) lines.push(line(i));
      await write(lines.join(''));
    }
    out.end();
    await once(out, 'finish');
  } finally {
    out.destroy();
  }
  return written;
}

function line(i: number): string {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const year = 2015 + (i % 11);
  const two = (n: number) => String(n).padStart(2, '0');
  const name = `${families[i % families.length]} ${middles[(i >> 3) % middles.length]} ${givens[(i * 7) % givens.length]}`;
  const note = i % 10 < 7 ? '' : notes[i % notes.length];
  return `${i + 1},${(i * 7919) % 100_000},${((i * 104_729) % 10_000_000) / 100},${year}-${two(month)}-${two(day)},${two(day)}/${two(month)}/${year},HS${String(i).padStart(9, '0')},${kinds[i % kinds.length]},${name},${places[i % places.length]},${note}\n`;
}
