// Builds the benchmarks and fault scenarios (bench/, reliability/) with the copy of the hub they
// run (src/) into dist-tools/, transpiled by SWC as the tests are (test/helpers/swc-options.js):
// a second full `tsc` of src/ cost CI most of a minute, and `npm run typecheck` checks the types.
// Only files newer than their output are transpiled again.
const fs = require('node:fs');
const path = require('node:path');
const { transformFileSync } = require('@swc/core');
const swcOptions = require('../test/helpers/swc-options');

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'dist-tools');
const options = { ...swcOptions, sourceMaps: true, swcrc: false };

for (const folder of ['src', 'bench', 'reliability']) {
  for (const entry of fs.readdirSync(path.join(root, folder), { recursive: true })) {
    const source = path.join(root, folder, entry);
    const isTypeScript = entry.endsWith('.ts') && !entry.endsWith('.d.ts');
    if (!isTypeScript && !entry.endsWith('.json')) continue;
    const target = path.join(outDir, folder, isTypeScript ? entry.replace(/\.ts$/, '.js') : entry);
    if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= fs.statSync(source).mtimeMs) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (!isTypeScript) {
      fs.copyFileSync(source, target);
      continue;
    }
    const { code, map } = transformFileSync(source, { ...options, filename: source, outputPath: target });
    fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    fs.writeFileSync(`${target}.map`, map);
  }
}
