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

/**
 * Debt, listed so that it stays visible and cannot grow (issue 20): imports from outside the
 * modules into a module's internals. Remove a line when its import goes through the service (or
 * the module's manifest, once modules have one); a new line here needs a reason beside it.
 */
const internalsStillReached = [
  // The rows area is wired as a service of its own (its resolver and rules are listed apart);
  // its types and page limits reach the CKAN API, the portal and the composition of services.
  'http/ckan-dicts.ts → modules/datastore/rows/service',
  'http/ckan-datastore.ts → modules/datastore/rows/service',
  'http/portal/chart.ts → modules/datastore/rows/service',
  'http/portal/row-explorer.ts → modules/datastore/rows/service',
  'services.ts → modules/datastore/rows/service',
  // services.ts plugs the grants of the access module into the row-access check, and shares the
  // process-wide query gate and totals cache between units of work.
  'services.ts → modules/datastore/rows/access',
  'services.ts → modules/datastore/rows/query-gate',
  'services.ts → modules/datastore/rows/totals-cache',
  // The DCAT routes render documents the opendata module builds; the renderers and paging
  // limits should come through OpendataService.
  'http/dcat.ts → modules/opendata/dcat/documents',
  'http/dcat.ts → modules/opendata/dcat/json-ld',
  'http/dcat.ts → modules/opendata/dcat/paging',
  'http/dcat.ts → modules/opendata/dcat/turtle',
  // The worker picks the loader for the database it runs on and recovers abandoned jobs: a
  // runtime the datastore module should hand out itself.
  'jobs/datastore-runtime.ts → modules/datastore/ingestion/load-pg',
  'jobs/datastore-runtime.ts → modules/datastore/ingestion/load-pglite',
  'jobs/datastore-runtime.ts → modules/datastore/ingestion/recovery',
];

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

  it('http/, jobs/ and services.ts reach a module only through its service (and its public GraphQL types)', () => {
    const outsiders = [...sourceFiles(path.join(src, 'http')), ...sourceFiles(path.join(src, 'jobs')), path.join(src, 'services.ts')];
    const reached: string[] = [];
    for (const file of outsiders) {
      for (const target of importsOf(file)) {
        const relative = path.relative(modulesDir, target);
        if (relative.startsWith('..')) continue;
        const [, ...rest] = relative.split(path.sep);
        if (!['service', 'types'].includes(rest.join('/'))) reached.push(`${path.relative(src, file)} → modules/${relative}`);
      }
    }
    expect([...new Set(reached)].sort()).toEqual([...internalsStillReached].sort());
  });

  it('modules ask shared/policy.ts who is DIC or an administrator, rather than testing the role by hand', () => {
    // Shield's rule maps (rules.ts) name roles on purpose: they say who may call, the policy says on what.
    const byHand = sourceFiles(modulesDir)
      .filter((file) => path.basename(file) !== 'rules.ts' && !file.endsWith('-rules.ts'))
      .filter((file) => /hasRole\([^)]*'(DIC_ADMIN|PLATFORM_ADMIN)'\)/.test(fs.readFileSync(file, 'utf8')));
    expect(byHand.map((file) => path.relative(src, file))).toEqual([]);
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
