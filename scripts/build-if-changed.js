// `npm start` builds only when a source or build setting is newer than the last build: `tsc -b`
// would find that out too, but loading the compiler costs most of a second on every start.
// `node scripts/build-if-changed.js tsconfig.tools.json` does the same for the benchmarks and
// fault scenarios (bench/, reliability/), built with their own copy of the hub into dist-tools/.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const config = process.argv[2] ?? 'tsconfig.build.json';
const builds = {
  'tsconfig.build.json': { stamp: 'dist', sources: ['src'] },
  'tsconfig.tools.json': { stamp: 'dist-tools', sources: ['src', 'bench', 'reliability'] },
};
const build = builds[config];
if (!build) throw new Error(`unknown build ${config}: one of ${Object.keys(builds).join(', ')}`);
const stamp = path.join(root, build.stamp, '.tsbuildinfo');
const inputs = [...build.sources, 'tsconfig.json', config, 'package-lock.json'].map((name) => path.join(root, name));

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
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', config], {
    cwd: root,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  // tsc -b leaves its build info as it was when no output changed (a file saved unchanged).
  const now = new Date();
  fs.utimesSync(stamp, now, now);
}
