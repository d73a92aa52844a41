// Lets plain Node require the project's TypeScript, transpiled only (as ts-jest does), for code
// that must run outside jest's module sandbox: the test template is built in a child process.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const root = path.join(__dirname, '..', '..');
const tsconfig = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile).config;
const compilerOptions = { ...ts.parseJsonConfigFileContent(tsconfig, ts.sys, root).options, sourceMap: false, inlineSourceMap: true };

require.extensions['.ts'] = (module, fileName) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(fileName, 'utf8'), { fileName, compilerOptions });
  module._compile(outputText, fileName);
};
