import { once } from 'node:events';
import { Readable } from 'node:stream';
import type { ByteRangeRequest } from '../../src/http/byte-range';
import { multipartByteranges } from '../../src/http/multipart-byteranges';

const file = Buffer.from('0123456789abcdefghij');
const ranges = [
  { start: 0, end: 3 },
  { start: 10, end: 12 },
];

describe('multipart/byteranges bodies (RFC 9110 §14.6)', () => {
  it('the length announced is the length sent, and each range is opened only when its part is due', async () => {
    const opened: ByteRangeRequest[] = [];
    const multipart = multipartByteranges(ranges, file.length, 'text/csv');
    const body = await multipart.stream(async (range) => {
      opened.push(range);
      return Readable.from([file.subarray(range.start, range.end + 1)]);
    });
    expect(opened).toEqual([ranges[0]]);
    const sent = Buffer.concat(await body.toArray());
    expect(sent.length).toBe(multipart.length);
    expect(opened).toEqual(ranges);
    const boundary = /boundary=(\w+)$/.exec(multipart.contentType)?.[1];
    expect(sent.toString()).toBe(
      `--${boundary}\r\nContent-Type: text/csv\r\nContent-Range: bytes 0-3/20\r\n\r\n0123` +
        `\r\n--${boundary}\r\nContent-Type: text/csv\r\nContent-Range: bytes 10-12/20\r\n\r\nabc\r\n--${boundary}--\r\n`,
    );
  });

  it('a body destroyed before its first part is read closes the range already opened', async () => {
    const first = new Readable({ read() {} });
    const body = await multipartByteranges(ranges, file.length, 'text/csv').stream(async () => first);
    body.destroy();
    await once(body, 'close');
    expect(first.destroyed).toBe(true);
  });

  it('each body has a boundary of its own', () => {
    expect(multipartByteranges(ranges, 20, 'text/csv').contentType).not.toBe(multipartByteranges(ranges, 20, 'text/csv').contentType);
  });
});
