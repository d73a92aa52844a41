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
 * The files outside the modules that open `services.trusted` (methods that check no access), each
 * with why it may. A new use needs a line here, and a reviewer who agrees.
 */
const trustedDoorUsers: Record<string, string> = {
  'app.ts': "the job workers (ingestion, harvests, partners' webhooks) run what was queued after its checks",
  'cli/create-admin.ts': "the operator's first DIC administrator, refused once one exists",
  'http/uploads.ts': 'queues the ingestion of a file addDistribution has just accepted from its steward',
  'jobs/account-lifecycle.ts': '003 §5–§6: the scheduled lock-and-revoke sweep acts as the system',
  'jobs/domain-sweeps.ts': 'scheduled sweeps (due harvests, expired offers and consent requests) act as the system',
  'catalog-as-code/import.ts': "the operator's catalogue import (and the first start's seed) acts as the system, not as a viewer",
  'graphql/loaders.ts': 'batches the fields (files, owner history, overrides) of datasets the viewer already reached',
  'http/downloads.ts': 'streams the file the route has just checked the caller may take',
  'http/ckan-actions.ts': 'the files of datasets package_search has already filtered for the caller',
  'http/ckan-datastore.ts': 'maps a CKAN resource id to its dataset; the rows are then read through the viewer-checked readRows',
  'http/portal/citizen-components.ts': "titles of the datasets in the citizen's own consents and requests",
  'http/portal/desk-pages.ts': "titles of the datasets in the official's own requests and inbox",
  'http/portal/upload-pages.ts': 'the slug of the dataset of a job findJob has shown the official',
  'http/portal/usage-pages.ts': "names of the datasets in DIC's usage report, already scoped to DIC's province",
};

describe('architecture (DESIGN.md layout)', () => {
  it('a module reaches another only through its service (and its public GraphQL types)', () => {
    const violations: string[] = [];
    // modules/index.ts lists the manifests; hub-module.ts is the manifest's shape, which every manifest names.
    const plumbing = ['index.ts', 'hub-module.ts'].map((name) => path.join(modulesDir, name));
    for (const file of sourceFiles(modulesDir).filter((file) => !plumbing.includes(file))) {
      const ownModule = path.relative(modulesDir, file).split(path.sep)[0];
      for (const target of importsOf(file)) {
        const relative = path.relative(modulesDir, target);
        if (relative.startsWith('..')) continue;
        const [targetModule, ...rest] = relative.split(path.sep);
        if (targetModule === ownModule || relative === 'hub-module') continue;
        if (!['service', 'types'].includes(rest.join('/'))) violations.push(`${path.relative(src, file)} → modules/${relative}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the rest of the hub reaches a module only through its service, its public types and its composition door', () => {
    // A module's area (datastore/rows) may have a service of its own; the manifests (index.ts) are read by modules/index.ts alone.
    const doors = /^[a-z-]+(\/[a-z-]+)?\/(service|types|composition)$/;
    const outsiders = sourceFiles(src).filter((file) => !file.startsWith(modulesDir + path.sep));
    const reached: string[] = [];
    for (const file of outsiders) {
      for (const target of importsOf(file)) {
        const relative = path.relative(modulesDir, target).split(path.sep).join('/');
        if (relative.startsWith('..')) continue;
        const listReader = ['graphql/schema.ts', 'graphql/permissions.ts', 'db/database.ts'].includes(path.relative(src, file));
        if (doors.test(relative) || (listReader && ['', 'hub-module'].includes(relative))) continue;
        reached.push(`${path.relative(src, file)} → modules/${relative}`);
      }
    }
    expect(reached).toEqual([]);
  });

  it("SQL names only its own module's tables; another module's data comes through its service or the views it publishes", () => {
    const moduleOf = (file: string) => path.relative(modulesDir, file).split(path.sep)[0];
    const owners = new Map<string, string>();
    for (const file of sourceFiles(modulesDir)) {
      for (const [, table] of fs.readFileSync(file, 'utf8').matchAll(/@Entity\(\{[^}]*tableName: '([a-z_]+)'/g))
        owners.set(table, moduleOf(file));
    }
    expect(owners.size).toBeGreaterThan(30);
    const trespasses: string[] = [];
    const checked = sourceFiles(src).filter((file) => !file.startsWith(path.join(src, 'db', 'migrations') + path.sep));
    for (const file of checked) {
      const own = file.startsWith(modulesDir + path.sep) ? moduleOf(file) : null;
      for (const [statement, , table] of fs
        .readFileSync(file, 'utf8')
        .matchAll(/\b(from|join|update|into|exists|truncate)\s+"?([a-z_]+)"?\s/gi)) {
        const owner = owners.get(table);
        if (owner && owner !== own) trespasses.push(`${path.relative(src, file)}: ${statement.trim()} (${owner}'s)`);
      }
    }
    expect(trespasses).toEqual([]);
  });

  it('no import cycles: a file never reaches itself again through what it imports (types included)', () => {
    const resolved = (from: string, specifier: string) =>
      [`${path.resolve(path.dirname(from), specifier)}.ts`, path.join(path.resolve(path.dirname(from), specifier), 'index.ts')].find(
        (candidate) => fs.existsSync(candidate),
      );
    const graph = new Map(
      sourceFiles(src).map((file) => [
        file,
        importsOf(file).flatMap((target) => resolved(file, path.relative(path.dirname(file), target).replace(/^(?!\.)/, './')) ?? []),
      ]),
    );
    const state = new Map<string, 'open' | 'done'>();
    const trail: string[] = [];
    const cycles: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      trail.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open')
          cycles.push([...trail.slice(trail.indexOf(next)), next].map((step) => path.relative(src, step)).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      trail.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('only the listed files open the trusted door, and each still does', () => {
    const users = sourceFiles(src)
      .filter((file) => !file.startsWith(modulesDir + path.sep) && file !== path.join(src, 'services.ts'))
      .filter((file) => /\.trusted\b|\btrusted: \{/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(src, file));
    expect(users.sort()).toEqual(Object.keys(trustedDoorUsers).sort());
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
