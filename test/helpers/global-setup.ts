import { spawn } from 'node:child_process';
import path from 'node:path';

/** Building the template takes seconds; one that takes this long is stuck (a database that never answers). */
const templateTimeoutMs = 300_000;

/**
 * Once per jest run, before any test file: the migrated, seeded hub every seeded test hub copies.
 * Built in a child process: jest's own process may run test files in band, and a MikroORM loaded
 * here would share its globals with (and break) the one inside jest's module sandbox. The child
 * writes its errors where jest does, and is stopped if it outlives `templateTimeoutMs`.
 */
export default async function globalSetup(): Promise<void> {
  const script = `require('reflect-metadata');
require(${JSON.stringify(path.join(__dirname, 'build-hub-template.ts'))})
  .createHubTemplate(process.env.DATABASE_URL)
  .then((template) => process.stdout.write('\\n' + JSON.stringify(template) + '\\n'))
  .catch((error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-r', path.join(__dirname, 'ts-require.js'), '-e', script], {
    cwd: path.join(__dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, templateTimeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject).on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  }).finally(() => clearTimeout(timer));
  if (timedOut) throw new Error(`the test hub template was not built within ${templateTimeoutMs / 1000} s (is the database answering?)`);
  if (code !== 0) throw new Error(`building the test hub template failed (exit ${code ?? signal}); its error is above`);
  // The workers inherit this environment: hub-template.ts reads it back.
  process.env.HUB_TEST_TEMPLATE = stdout.trim().split('\n').pop();
}
