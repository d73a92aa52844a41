import fs from 'node:fs';
import path from 'node:path';

const src = path.join(__dirname, '..', 'src');
const modulesDir = path.join(src, 'modules');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s+'(\.[^']+)'/g)].map((match) => path.resolve(path.dirname(file), match[1]));
}

describe('architecture (DESIGN.md layout)', () => {
  it('a module reaches another only through its service (and its public GraphQL types)', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(modulesDir)) {
      const ownModule = path.relative(modulesDir, file).split(path.sep)[0];
      for (const target of importsOf(file)) {
        const relative = path.relative(modulesDir, target);
        if (relative.startsWith('..')) continue;
        const [targetModule, ...rest] = relative.split(path.sep);
        if (targetModule === ownModule) continue;
        if (!['service', 'types'].includes(rest.join('/'))) violations.push(`${path.relative(src, file)} → modules/${relative}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('services know nothing of GraphQL or HTTP', () => {
    const offenders = sourceFiles(modulesDir)
      .filter((file) => path.basename(file) === 'service.ts')
      .filter((file) => /from '(graphql|type-graphql|graphql-shield|fastify|@apollo\/[^']+)'/.test(fs.readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('config.ts is the only reader of the environment', () => {
    const readers = sourceFiles(src).filter((file) => /process\.env\b/.test(fs.readFileSync(file, 'utf8')));
    expect(readers.map((file) => path.relative(src, file))).toEqual(['config.ts']);
  });
});
