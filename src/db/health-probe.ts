import { Client } from 'pg';

/** Long enough for a loaded server to say `select 1`; /healthz itself gives up after 3 s. */
const probeTimeoutMs = 2000;

/**
 * /healthz's own connection to the database, outside the pool: a pool busy with slow
 * queries says nothing about whether the database is up, and must not make the hub look
 * dead to its load balancer. Connected on first use; after a failure, again on the next.
 */
export class HealthProbe {
  private client: Promise<Client> | null = null;

  constructor(private readonly url: string) {}

  async check(): Promise<void> {
    const client = await (this.client ??= this.connect());
    try {
      await client.query('select 1');
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.then((connected) => connected.end()).catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: probeTimeoutMs, statement_timeout: probeTimeoutMs });
    // A connection cut later is noticed by the next query; without a listener it would crash the process.
    client.on('error', () => undefined);
    try {
      await client.connect();
      return client;
    } catch (error) {
      this.client = null;
      throw error;
    }
  }
}
