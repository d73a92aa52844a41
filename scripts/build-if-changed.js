// `npm start` builds only when a source or build setting is newer than the last build: `tsc -b`
// would find that out too, but loading the compiler costs most of a second on every start.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', '.tsbuildinfo');
const inputs = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((name) => path.join(root, name));

/** The newest modification among the files and folders below `target` (a removed file touches its folder). */
function newest(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target, { recursive: true })
    .reduce((latest, entry) => Math.max(latest, fs.statSync(path.join(target, entry)).mtimeMs), stat.mtimeMs);
}

const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
if (Math.max(...inputs.map(newest)) >= builtAt) {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  // tsc -b leaves its build info as it was when no output changed (a file saved unchanged).
  const now = new Date();
  fs.utimesSync(stamp, now, now);
}
