import net, { type AddressInfo, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

const sslRequestCode = 80877103;
const cancelRequestCode = 80877102;
const protocolVersion3 = 196608;
/** Sync, then a rollback: what a session left in the middle of a query or a transaction needs. */
const syncMessage = Uint8Array.from([0x53, 0, 0, 0, 4]);
const rollbackMessage = simpleQuery('rollback');

/**
 * Serves one PGlite to many `pg` clients over loopback, one client's session at a time.
 *
 * PGlite is a single PostgreSQL backend. pglite-socket 0.2.17 shares it message by message and
 * only keeps other clients out during an explicit transaction block, so two clients' extended
 * protocol messages (Parse, Bind, Execute, Sync) interleave on the one unnamed statement:
 * "unnamed prepared statement does not exist", "portal does not exist", and a reply that
 * reaches a client with no query running leaves a request hanging for ever (issue 14 item 5).
 *
 * Here a client takes its turn with its first message and keeps it until PostgreSQL answers
 * ReadyForQuery with status idle — its query finished and no transaction is open. The turn is
 * PGlite's own query lock, so PGlite's API (the bulk loader's COPY from a blob) waits for it too.
 */
export class PgliteWireServer {
  private readonly sessions = new Set<WireSession>();
  private readonly server = net.createServer((socket) => this.sessions.add(new WireSession(this.db, socket, this.sessions)));

  constructor(private readonly db: PGlite) {}

  /** Listens on a free loopback port; returns the URL `pg` connects to. */
  async start(): Promise<string> {
    await this.db.waitReady;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = this.server.address() as AddressInfo;
    return `postgres://postgres@127.0.0.1:${port}/postgres`;
  }

  /** Closes every session (rolling back what each left open) before PGlite may be closed. */
  async stop(): Promise<void> {
    const sessions = [...this.sessions];
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const session of sessions) session.close();
    await Promise.all([closed, ...sessions.map((session) => session.settled())]);
  }
}

/** One client connection: frames its messages and runs them in order, in its turns. */
class WireSession {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  private closed = false;
  /** Messages run one after another, in the order they arrived. */
  private work: Promise<void> = Promise.resolve();
  /** Ends this session's turn; null while it does not hold PGlite. */
  private endTurn: (() => void) | null = null;
  /** Whether the session still expects a reply cycle to end (Parse… without Sync yet, or a transaction). */
  private midSession = false;

  constructor(
    private readonly db: PGlite,
    private readonly socket: Socket,
    private readonly open: Set<WireSession>,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (data) => this.receive(data));
    socket.on('error', () => this.close());
    socket.on('close', () => this.close());
  }

  private receive(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    try {
      for (let message = this.nextMessage(); message; message = this.nextMessage()) {
        const framed = message;
        this.work = this.work.then(() => this.run(framed)).catch(() => this.close());
      }
    } catch {
      this.close();
    }
  }

  /** The next whole message in the buffer, answering SSL and cancel requests on the way. */
  private nextMessage(): Buffer | null {
    if (!this.started) {
      if (this.buffer.length < 8) return null;
      const length = this.buffer.readInt32BE(0);
      const code = this.buffer.readInt32BE(4);
      if (this.buffer.length < length) return null;
      const message = this.take(length);
      if (code === sslRequestCode) {
        this.socket.write('N');
        return this.nextMessage();
      }
      // PGlite has no second backend to signal: a cancel request is dropped, as PostgreSQL does with unknown keys.
      if (code === cancelRequestCode) return null;
      if (code !== protocolVersion3) throw new Error(`unsupported protocol ${code}`);
      this.started = true;
      return message;
    }
    if (this.buffer.length < 5) return null;
    const length = 1 + this.buffer.readInt32BE(1);
    return this.buffer.length < length ? null : this.take(length);
  }

  private take(length: number): Buffer {
    const message = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return message;
  }

  private async run(message: Buffer): Promise<void> {
    if (this.closed) return;
    if (message[0] === 0x58 /* Terminate */) return this.close();
    if (!this.endTurn) await this.beginTurn();
    if (this.closed) return this.finishTurn();
    const tail = new ReplyTail();
    this.midSession = true;
    await this.db.execProtocolRawStream(new Uint8Array(message), {
      onRawData: (bytes) => {
        tail.push(bytes);
        if (!this.socket.destroyed) this.socket.write(bytes);
      },
    });
    this.midSession = !tail.endsIdle();
    if (!this.midSession) this.finishTurn();
  }

  private beginTurn(): Promise<void> {
    return new Promise((started) => {
      void this.db.runExclusive(
        () =>
          new Promise<void>((ended) => {
            this.endTurn = ended;
            started();
          }),
      );
    });
  }

  private finishTurn(): void {
    this.endTurn?.();
    this.endTurn = null;
  }

  /** A client that leaves mid-query or mid-transaction must not leave PGlite inside it. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.open.delete(this);
    this.socket.destroy();
    this.work = this.work.then(async () => {
      try {
        if (this.endTurn && this.midSession) {
          await this.db.execProtocolRaw(syncMessage);
          if (this.db.isInTransaction()) await this.db.execProtocolRaw(rollbackMessage);
        }
      } finally {
        this.finishTurn();
      }
    });
  }

  /** When every message received has run (and, once closed, the session's clean-up too). */
  settled(): Promise<void> {
    return this.work.catch(() => undefined);
  }
}

/** The last six bytes a reply cycle sent: ReadyForQuery with status idle is `Z 0 0 0 5 I`. */
class ReplyTail {
  private last = Buffer.alloc(0);

  push(bytes: Uint8Array): void {
    const recent = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-6);
    this.last = recent.length === 6 ? Buffer.from(recent) : Buffer.concat([this.last, recent]).subarray(-6);
  }

  endsIdle(): boolean {
    return this.last.equals(Buffer.from([0x5a, 0, 0, 0, 5, 0x49]));
  }
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`);
  const header = Buffer.alloc(5);
  header.write('Q');
  header.writeInt32BE(4 + text.length, 1);
  return new Uint8Array(Buffer.concat([header, text]));
}
