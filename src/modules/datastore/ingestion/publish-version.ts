import type { ClientBase } from 'pg';
import type { Clock } from '../../../shared/clock';
import type { JobTables } from './staging';

export interface PublishedVersion {
  id: string;
  number: number;
}

/**
 * The swap: in one transaction the version row (with the number its job reserved when the
 * upload was accepted) appears and the job succeeds. Before the commit readers see neither;
 * the typed table is already complete. Open data serves the highest number, so an older
 * upload finishing after a newer one takes its place in history, not the newer one's.
 */
export async function publishVersion(
  sql: ClientBase,
  clock: Clock,
  job: { id: string; datasetId: string; distributionId: string; versionNumber: number },
  tables: JobTables,
  version: {
    rowCount: number;
    tableSchema: Record<string, unknown>;
    schemaInferred: boolean;
    bytesRead: number;
    /** The CSV written for open data, when the upload could not be served as it is. */
    served: { sha256: string; byteSize: number } | null;
  },
  /** Records the new version (the audit log) in the same transaction. */
  record: (number: number) => Promise<void>,
): Promise<PublishedVersion> {
  await sql.query('begin');
  try {
    const number = job.versionNumber;
    const now = clock.now();
    await sql.query(
      `insert into dataset_version (id, dataset_id, number, distribution_id, ingestion_job_id, table_name, row_count, table_schema, schema_inferred, created_at, served_sha256, served_byte_size)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        tables.versionId,
        job.datasetId,
        number,
        job.distributionId,
        job.id,
        tables.versionTable,
        version.rowCount,
        version.tableSchema,
        version.schemaInferred,
        now,
        version.served?.sha256 ?? null,
        version.served?.byteSize ?? null,
      ],
    );
    await sql.query(
      `update ingestion_job set state = 'SUCCEEDED', version_id = $2, rows_processed = $3, bytes_read = $4, finished_at = $5 where id = $1`,
      [job.id, tables.versionId, version.rowCount, version.bytesRead, now],
    );
    await record(number);
    await sql.query('commit');
    return { id: tables.versionId, number };
  } catch (error) {
    await sql.query('rollback');
    throw error;
  }
}
