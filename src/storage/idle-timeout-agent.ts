import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';

/**
 * An HTTP(S) agent that destroys a socket silent for `timeoutMs`. Node's own `timeout` only
 * emits an event, which the MinIO client does not listen to: a server that accepts and never
 * answers, or stops half-way through a transfer, would hold the request forever.
 */
export function idleTimeoutAgent(useSSL: boolean, timeoutMs: number): http.Agent {
  const Base = useSSL ? https.Agent : http.Agent;
  const agent = new Base({ keepAlive: true });
  const create = agent.createConnection.bind(agent) as (...args: unknown[]) => Duplex;
  agent.createConnection = ((...args: unknown[]) => {
    const socket = create(...args) as Duplex & { setTimeout(ms: number, callback: () => void): void };
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`the file store sent nothing for ${timeoutMs} ms`)));
    return socket;
  }) as typeof agent.createConnection;
  return agent;
}
