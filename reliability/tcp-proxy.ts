import net from 'node:net';

/** What the proxy does with connections: forward them, cut them, or hold them unanswered. */
export type ProxyMode = 'forward' | 'cut' | 'hang';

export interface TcpProxy {
  port: number;
  /** Switching to 'cut' or 'hang' also ends every connection already open, as an outage would. */
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

/**
 * A loopback TCP proxy to `target`, to stage outages of a dependency the machine shares
 * (PostgreSQL, an object store) without stopping it: 'cut' refuses like a dead server,
 * 'hang' accepts and never answers like a stuck one.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: ProxyMode = 'forward';
  const open = new Set<net.Socket>();
  const clients = new Set<net.Socket>();
  const server = net.createServer((client) => {
    clients.add(client);
    client.on('close', () => clients.delete(client));
    client.on('error', () => undefined);
    // Closed as a server going down closes it: the client reads end-of-stream.
    if (mode === 'cut') return void client.end();
    if (mode === 'hang') return;
    const upstream = net.connect(target.port, target.host);
    open.add(upstream);
    upstream.on('close', () => open.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    setMode(next) {
      mode = next;
      if (next === 'forward') return;
      for (const socket of open) socket.destroy();
      for (const socket of clients) socket.end();
    },
    async close() {
      for (const socket of [...open, ...clients]) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
