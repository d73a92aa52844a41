/**
 * TCVN 5712:1993 VN3 ("ABC", TCVN3): the legacy 8-bit Vietnamese encoding of many provincial
 * spreadsheets. Bytes below 0x80 are ASCII. VN3 has the lower-case toned letters and the
 * seven upper-case base letters; bytes it leaves unassigned are read as Latin-1.
 */
const vn3 =
  'a1:Ă a2:Â a3:Ê a4:Ô a5:Ơ a6:Ư a7:Đ a8:ă a9:â aa:ê ab:ô ac:ơ ad:ư ae:đ ' +
  'b5:à b6:ả b7:ã b8:á b9:ạ bb:ằ bc:ẳ bd:ẵ be:ắ c6:ặ c7:ầ c8:ẩ c9:ẫ ca:ấ cb:ậ ' +
  'cc:è ce:ẻ cf:ẽ d0:é d1:ẹ d2:ề d3:ể d4:ễ d5:ế d6:ệ d7:ì d8:ỉ dc:ĩ dd:í de:ị ' +
  'df:ò e1:ỏ e2:õ e3:ó e4:ọ e5:ồ e6:ổ e7:ỗ e8:ố e9:ộ ea:ờ eb:ở ec:ỡ ed:ớ ee:ợ ' +
  'ef:ù f1:ủ f2:ũ f3:ú f4:ụ f5:ừ f6:ử f7:ữ f8:ứ f9:ự fa:ỳ fb:ỷ fc:ỹ fd:ý fe:ỵ';

const byteToChar: string[] = Array.from({ length: 256 }, (_, byte) => String.fromCharCode(byte));
for (const entry of vn3.split(' ')) {
  const [hex, char] = entry.split(':');
  byteToChar[parseInt(hex, 16)] = char;
}

const charToByte = new Map<string, number>();
byteToChar.forEach((char, byte) => charToByte.set(char, byte));

/** The characters VN3 assigns above ASCII: what a Vietnamese text in TCVN3 is made of. */
export const tcvn3Letters = new Set(vn3.split(' ').map((entry) => entry.split(':')[1]));

const utf8OfByte = byteToChar.map((char) => Buffer.from(char, 'utf8'));

/** Straight to UTF-8 bytes (what COPY reads), without building a string per chunk. */
export function tcvn3ToUtf8(bytes: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(bytes.length * 3);
  let length = 0;
  for (const byte of bytes) {
    if (byte < 0x80) {
      out[length++] = byte;
    } else {
      const encoded = utf8OfByte[byte];
      length += encoded.copy(out, length);
    }
  }
  return out.subarray(0, length);
}

export function decodeTcvn3(bytes: Uint8Array): string {
  return tcvn3ToUtf8(bytes).toString('utf8');
}

/** For tests and exports: throws on a character VN3 cannot represent (e.g. upper-case toned letters). */
export function encodeTcvn3(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  let length = 0;
  for (const char of text.normalize('NFC')) {
    const byte = charToByte.get(char);
    if (byte === undefined) throw new Error(`TCVN3 has no "${char}"`);
    bytes[length++] = byte;
  }
  return bytes.subarray(0, length);
}
