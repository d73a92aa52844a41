import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Once per jest run, before any test file: the migrated, seeded hub every seeded test hub copies.
 * Built in a child process: jest's own process may run test files in band, and a MikroORM loaded
 * here would share its globals with (and break) the one inside jest's module sandbox.
 */
export default async function globalSetup(): Promise<void> {
  const script = `require('reflect-metadata');
require(${JSON.stringify(path.join(__dirname, 'build-hub-template.ts'))})
  .createHubTemplate(process.env.DATABASE_URL)
  .then((template) => process.stdout.write('\\n' + JSON.stringify(template) + '\\n'))
  .catch((error) => { console.error(error); process.exit(1); });`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', path.join(__dirname, 'ts-require.js'), '-e', script], {
    cwd: path.join(__dirname, '..', '..'),
    maxBuffer: 64 * 1024 * 1024,
  });
  // The workers inherit this environment: hub-template.ts reads it back.
  process.env.HUB_TEST_TEMPLATE = stdout.trim().split('\n').pop();
}
