// Lets plain Node require the project's TypeScript, transpiled only (as jest does), for code
// that must run outside jest's module sandbox: the test template is built in a child process.
const fs = require('node:fs');
const { transformSync } = require('@swc/core');
const swcOptions = require('./swc-options');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcOptions, filename });
  module._compile(code, filename);
};
