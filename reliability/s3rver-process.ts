import { fork } from 'node:child_process';
import S3rver from 's3rver';

/**
 * s3rver in a process of its own, as MinIO would be: in the hub's process it would serve
 * downloads on the hub's event loop and the figures would measure it rather than the hub.
 */
export async function startS3rverProcess(directory: string): Promise<{ port: number; stop(): Promise<void> }> {
  const child = fork(__filename, [directory], { stdio: 'ignore' });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`s3rver exited with ${code}`)));
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

// Run as the child: serve until killed.
if (require.main === module) {
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: process.argv[2] });
  void server.run().then(({ port }) => process.send?.({ port }));
}
