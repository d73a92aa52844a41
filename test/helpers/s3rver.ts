import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** A real S3 server on a free port, with its files in a temp dir. */
export async function startS3rver(): Promise<{ port: number; stop(): Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory });
  const { port } = await server.run();
  let running = true;
  return {
    port,
    async stop() {
      if (running) {
        running = false;
        await server.close();
      }
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** s3rver's built-in credentials, the only ones it accepts. */
export const s3rverKeys = { accessKey: 'S3RVER', secretKey: 'S3RVER' };
