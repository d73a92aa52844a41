/** An ArrayBuffer that grows and shrinks in place up to `maxByteLength` (ES2024; in Node since 20). */
interface ResizableArrayBuffer extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(byteLength: number): void;
}

const resizable = (maxByteLength: number) =>
  new (ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ResizableArrayBuffer)(0, { maxByteLength });

/**
 * The bytes of one COPY piece for PGlite, in one memory reused for every piece of a load.
 *
 * A fresh Blob per piece, built from the file's 64 KB chunks held until the piece was full,
 * made about three copies of every byte that only a full garbage collection freed, and V8 never
 * saw the Blob's copy: a 300 MB upload grew the embedded hub by 350 MB (BENCHMARKS.md §6). Here
 * a chunk is copied in as it arrives, so it dies young, and the memory is resized in place, its
 * byteLength always the piece's length, which is where PGlite's `/dev/blob` ends.
 */
export class CopyPiece {
  private memory: ResizableArrayBuffer;

  constructor(capacity: number) {
    this.memory = resizable(capacity);
  }

  get length(): number {
    return this.memory.byteLength;
  }

  append(bytes: Uint8Array): void {
    const at = this.memory.byteLength;
    // A record longer than the piece (bounded by the cell and column limits): rare, so grown by copying.
    if (at + bytes.length > this.memory.maxByteLength) {
      const larger = resizable(Math.max(2 * this.memory.maxByteLength, at + bytes.length));
      larger.resize(at);
      new Uint8Array(larger).set(new Uint8Array(this.memory));
      this.memory = larger;
    }
    this.memory.resize(at + bytes.length);
    new Uint8Array(this.memory, at).set(bytes);
  }

  clear(): void {
    this.memory.resize(0);
  }

  /**
   * The piece as PGlite's `blob` option: @electric-sql/pglite 0.5 only calls `arrayBuffer()`
   * once, before the statement runs, and reads /dev/blob from it without copying; the memory is
   * not touched again until the statement has ended.
   */
  asBlob(): Blob {
    const memory = this.memory;
    return { arrayBuffer: () => Promise.resolve(memory) } as unknown as Blob;
  }
}
