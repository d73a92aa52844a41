import './compile-cache';
import 'reflect-metadata';
import fs from 'node:fs/promises';
import path from 'node:path';
import { buildHub, type Hub } from './app';
import { importCatalog } from './catalog-as-code/import';
import { auditVerifyCommand, type CommandOutcome } from './cli/audit-verify';
import { createAdmin, createAdminUsage } from './cli/create-admin';
import { ingestionProgress } from './cli/progress';
import { smsOutbox } from './cli/sms-outbox';
import { ConfigError, loadConfig, type HubConfig } from './config';
import { printServedSchema } from './graphql/schema';
import { projectRoot, seedIfEmpty } from './seed';

const usage = `usage: hub <command>
  serve               migrate, seed an empty database, and serve GraphQL and HTTP
  migrate             apply database migrations
  import <dir>        validate and load catalogue-as-code YAML (idempotent)
  print-schema        write schema/schema.graphql from the code
  audit-verify        check the audit log's chain, signatures and last checkpoint; exit 1 naming the first broken event
  ${createAdminUsage}
                      a new installation's first DIC administrator, with a one-time password
  sms-outbox [--phone <number>] [--last <n>]
                      development only: the SMS the hub kept instead of sending (one-time codes)`;

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'serve':
      return serve();
    case 'migrate': {
      const hub = await buildHub(loadConfig());
      await hub.close();
      console.log('migrations applied');
      return;
    }
    case 'import': {
      if (!args[0]) throw new Error(`import needs a folder\n${usage}`);
      const hub = await buildHub(loadConfig());
      try {
        const ingestion = { mode: 'queue' as const, onProgress: ingestionProgress() };
        console.log(JSON.stringify(await importCatalog(path.resolve(args[0]), hub.services(), { ingestion }), null, 2));
      } finally {
        await hub.close();
      }
      return;
    }
    case 'audit-verify':
      return report(await auditVerifyCommand(loadConfig()));
    case 'create-admin':
      return report(
        await withHub(async (hub, config) => {
          // The catalogue's provinces and agencies (DIC among them) before its first official.
          await seedIfEmpty(hub, { withDemoOfficials: config.devSignIn });
          return createAdmin(hub, args);
        }),
      );
    case 'sms-outbox':
      return report(await smsOutbox(loadConfig(), args));
    case 'print-schema': {
      const file = path.join(projectRoot, 'schema', 'schema.graphql');
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, printServedSchema());
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
      return;
    }
    default:
      throw new Error(usage);
  }
}

async function withHub(work: (hub: Hub, config: HubConfig) => Promise<CommandOutcome>): Promise<CommandOutcome> {
  const config = loadConfig();
  const hub = await buildHub(config);
  try {
    return await work(hub, config);
  } finally {
    await hub.close();
  }
}

function report(outcome: CommandOutcome): void {
  (outcome.exitCode === 0 ? console.log : console.error)(outcome.message);
  process.exitCode = outcome.exitCode;
}

async function serve(): Promise<void> {
  const config = loadConfig();
  const hub = await buildHub(config);
  const seeded = await seedIfEmpty(hub, { withDemoOfficials: config.devSignIn });
  if (seeded) hub.http.log.info({ seeded }, 'seed catalogue loaded into the empty database');
  if (config.devSignIn) hub.http.log.warn('development sign-in is ON (devSignIn mutation); it cannot be enabled in production');
  const stop = async (signal: string) => {
    hub.http.log.info({ signal }, 'stopping');
    await hub.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await hub.http.listen({ port: config.port, host: config.host });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
