import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ByteRangeRequest } from './byte-range';

/** A `multipart/byteranges` body (RFC 9110 §14.6) whose length is known before it is read. */
export interface MultipartByteranges {
  /** `multipart/byteranges; boundary=…`, for the response's Content-Type. */
  contentType: string;
  /** The body's exact length in bytes, for Content-Length. */
  length: number;
  /** The body, each range read from the store only when the part before it has been sent. */
  stream(openRange: (range: ByteRangeRequest) => Promise<Readable>): Promise<Readable>;
}

/**
 * The parts of several ranges of a file of `size` bytes whose media type is `partType`: each
 * part its own Content-Type and Content-Range. The boundary is random, 32 hex digits: the
 * file's bytes could contain any fixed one.
 */
export function multipartByteranges(ranges: ByteRangeRequest[], size: number, partType: string): MultipartByteranges {
  const boundary = randomBytes(16).toString('hex');
  // The CRLF before each delimiter but the first belongs to the delimiter (RFC 2046 §5.1.1).
  const heads = ranges.map((range, index) =>
    Buffer.from(
      `${index === 0 ? '' : '\r\n'}--${boundary}\r\nContent-Type: ${partType}\r\nContent-Range: bytes ${range.start}-${range.end}/${size}\r\n\r\n`,
    ),
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length =
    heads.reduce((sum, head) => sum + head.length, 0) + ranges.reduce((sum, range) => sum + range.end - range.start + 1, 0) + tail.length;
  return {
    contentType: `multipart/byteranges; boundary=${boundary}`,
    length,
    async stream(openRange) {
      // The first range is opened before the answer starts, so that a missing file or a store
      // that is down gets its coded error instead of a 206 cut short.
      const first = await openRange(ranges[0]);
      const body = Readable.from(parts(heads, ranges, tail, first, openRange));
      // A client that goes away before the first part is read must not leave its file open.
      body.on('close', () => first.destroy());
      return body;
    },
  };
}

async function* parts(
  heads: Buffer[],
  ranges: ByteRangeRequest[],
  tail: Buffer,
  first: Readable,
  openRange: (range: ByteRangeRequest) => Promise<Readable>,
): AsyncGenerator<Buffer> {
  for (const [index, range] of ranges.entries()) {
    yield heads[index];
    yield* (index === 0 ? first : await openRange(range)) as AsyncIterable<Buffer>;
  }
  yield tail;
}
