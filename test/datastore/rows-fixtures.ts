import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import type { AccessLevel } from '../../src/modules/catalog/service';
import { qualifiedTable, quoteIdentifier, rowNumberColumn, sqlTypeOf, versionTableName } from '../../src/modules/datastore/version-tables';
import type { TestHub } from '../helpers/test-hub';
import { approveBySampleCouncil } from '../../bench/sample-council';

/**
 * Dataset versions made by hand, standing in for ingestion until it lands: the catalogue
 * rows through CatalogService, then the version table, a SUCCEEDED ingestion job and the
 * dataset_version row by SQL, laid out as version-tables.ts says. Replace with real
 * ingestion of a CSV once it exists.
 */
export interface FixtureField {
  name: string;
  type?: string;
  title?: string;
  required?: boolean;
}

export interface FixtureDataset {
  slug: string;
  accessLevel?: AccessLevel;
  published?: boolean;
  /** An agency of Ninh Thuận; sotttt (the demo steward's) when absent. */
  ownerCode?: string;
}

export interface FixtureVersion {
  fields: FixtureField[];
  /** Explicit rows, one value per field; row i gets _row i + 2 (line 1 is the header). */
  rows?: unknown[][];
  /** Or generated rows: one SQL expression per field over `i` = 1…count. */
  generate?: { count: number; expressions: string[] };
}

export async function createFixtureDataset(t: TestHub, spec: FixtureDataset): Promise<string> {
  const catalog = t.hub.services().trusted.catalog;
  const accessLevel = spec.accessLevel ?? 'PUBLIC';
  const dataset = await catalog.upsertFromCatalog({
    slug: spec.slug,
    provinceCode: 'ninhthuan',
    ownerCode: spec.ownerCode ?? 'sotttt',
    title: `Dữ liệu thử ${spec.slug}`,
    description: 'Phiên bản dựng tay cho các phép thử đọc dòng (hand-made versions for row tests).',
    category: 'SECTORAL',
    accessLevel,
    licence: 'CC-BY-4.0',
  });
  await catalog.importDistribution(dataset.id, {
    content: Readable.from([`fixture ${spec.slug}\n`]),
    originalName: `${spec.slug}.csv`,
    mediaType: 'text/csv',
  });
  if (spec.published ?? accessLevel === 'PUBLIC') await approveBySampleCouncil(t.hub.services(), spec.slug);
  return dataset.id;
}

/** Adds the next version (number = highest + 1) and returns its id and number. */
export async function addFixtureVersion(t: TestHub, datasetId: string, version: FixtureVersion): Promise<{ id: string; number: number }> {
  return withClient(t, async (client) => {
    const id = randomUUID();
    const jobId = randomUUID();
    const table = qualifiedTable(versionTableName(id));
    const columns = version.fields.map((field) => quoteIdentifier(field.name));
    const columnTypes = version.fields.map((field) => sqlTypeOf(field.type));
    const definitions = version.fields.map((field, index) => `${columns[index]} ${columnTypes[index]}${field.required ? ' not null' : ''}`);
    await client.query(
      `create table ${table} (${quoteIdentifier(rowNumberColumn)} bigint primary key${definitions.map((d) => `, ${d}`).join('')})`,
    );
    const targets = [quoteIdentifier(rowNumberColumn), ...columns].join(', ');
    for (const [index, row] of (version.rows ?? []).entries()) {
      const placeholders = row.map((_value, column) => `$${column + 2}::${columnTypes[column]}`);
      await client.query(`insert into ${table} (${targets}) values ($1${placeholders.map((p) => `, ${p}`).join('')})`, [index + 2, ...row]);
    }
    if (version.generate) {
      const { count, expressions } = version.generate;
      await client.query(
        `insert into ${table} (${targets}) select i + 1${expressions.map((e) => `, ${e}`).join('')} from generate_series(1, ${count}) as i`,
      );
    }
    const rowCount = Number((await client.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0].n);
    const { rows } = await client.query<{ distribution_id: string; number: number }>(
      `select (select id from distribution where dataset_id = $1 order by created_at desc limit 1) as distribution_id,
              coalesce((select max(version_number) from ingestion_job where dataset_id = $1), 0) + 1 as number`,
      [datasetId],
    );
    const [{ distribution_id: distributionId, number }] = rows;
    await client.query(
      `insert into ingestion_job (id, dataset_id, distribution_id, version_number, state, total_bytes, rows_processed, created_at, finished_at)
       values ($1, $2, $3, $4, 'SUCCEEDED', 0, $5, now(), now())`,
      [jobId, datasetId, distributionId, number, rowCount],
    );
    await client.query(
      `insert into dataset_version (id, dataset_id, number, distribution_id, ingestion_job_id, table_name, row_count, table_schema, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
      [id, datasetId, number, distributionId, jobId, versionTableName(id), rowCount, JSON.stringify(tableSchemaOf(version.fields))],
    );
    await client.query('update ingestion_job set version_id = $1 where id = $2', [id, jobId]);
    return { id, number };
  });
}

/** Direct SQL on the hub's database, bypassing the hub (to check what really is there). */
export async function withClient<T>(t: TestHub, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: t.hub.database.embedded?.url ?? t.config.databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function tableSchemaOf(fields: FixtureField[]): Record<string, unknown> {
  return {
    fields: fields.map((field) => ({
      name: field.name,
      type: field.type ?? 'string',
      ...(field.title ? { title: field.title } : {}),
      ...(field.required ? { constraints: { required: true } } : {}),
    })),
  };
}
