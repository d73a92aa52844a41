import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../../src/seed';

export interface HubProcess {
  child: ChildProcess;
  baseUrl: string;
  /** SIGKILL, then wait for the process to be gone. */
  kill(): Promise<void>;
}

/**
 * Settings for a hub whose scenario signs one official in for many requests: at the default
 * GraphQL limit (600 a minute per account, counted in the database, so across restarts) its
 * reads were refused with 429, which the -9 scenario once counted as lost writes. The limit is
 * not what those scenarios measure.
 */
export const unthrottled = { HUB_GRAPHQL_PER_MINUTE: '1000000' };

/** The hub built beside this file (dist-tools/src/main.js): the tools measure the code they were built with. */
const hubMain = path.join(__dirname, '..', '..', 'src', 'main.js');

/**
 * `node main.js serve` as its own process — so it can be killed with -9 — on the given data
 * directory and database (the embedded one in that directory when `databaseUrl` is absent),
 * once it answers /healthz.
 */
export async function startHubProcess(options: {
  dataDir: string;
  databaseUrl?: string;
  timeoutMs?: number;
  /** Settings the scenario needs besides these (e.g. a higher request limit). */
  env?: Record<string, string>;
}): Promise<HubProcess> {
  const port = await freePort();
  // Only what the hub needs: the configuration of this process is not passed on.
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HUB_DATA_DIR: options.dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  };
  const child = spawn(process.execPath, [hubMain, 'serve'], { cwd: projectRoot, env, stdio: 'ignore' });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the hub process exited with ${child.exitCode}`);
    const healthy = await fetch(`${baseUrl}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the hub process did not answer /healthz in time');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    child,
    baseUrl,
    async kill() {
      if (child.exitCode === null && !child.signalCode) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await gone;
      }
    },
  };
}

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }),
  );
}
