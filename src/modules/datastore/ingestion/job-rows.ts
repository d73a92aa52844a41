import type { ClientBase } from 'pg';
import type { Clock } from '../../../shared/clock';
import { schemaOf, type InferredColumn } from './infer-schema';
import type { IngestionFailure } from './problems';

export interface StartedJob {
  id: string;
  datasetId: string;
  distributionId: string;
  declaredEncoding: string | null;
  sheet: string | null;
  attempts: number;
}

/** The ingestion_job row as the worker moves it: RUNNING, FAILED (progress in progress.ts, SUCCEEDED in publish-version.ts). */
export class JobRows {
  constructor(
    private readonly sql: ClientBase,
    private readonly clock: Clock,
  ) {}

  /** Null when the job already succeeded (a queue may deliver twice). A retry starts clean. */
  async start(jobId: string): Promise<StartedJob | null> {
    const result = await this.sql.query<StartedJob>(
      `update ingestion_job set state = 'RUNNING', attempts = attempts + 1, started_at = $2, finished_at = null,
              bytes_read = 0, rows_processed = 0, problems = '[]', problem_count = 0
        where id = $1 and state <> 'SUCCEEDED'
        returning id, dataset_id as "datasetId", distribution_id as "distributionId",
                  declared_encoding as "declaredEncoding", sheet, attempts`,
      [jobId, this.clock.now()],
    );
    return result.rows[0] ?? null;
  }

  /** The encoding read, and when the owner gave no schema, the inferred one with each column's reason. */
  async noteEncoding(jobId: string, encoding: string, inferred: InferredColumn[] | null): Promise<void> {
    const reasons = inferred?.map(({ column, type, reason, ownerMustDecide }) => ({ column, type, reason, ownerMustDecide }));
    await this.sql.query('update ingestion_job set encoding = $2, inferred_schema = $3, schema_inference = $4 where id = $1', [
      jobId,
      encoding,
      inferred ? schemaOf(inferred) : null,
      reasons ? JSON.stringify(reasons) : null,
    ]);
  }

  async fail(jobId: string, failure: IngestionFailure): Promise<void> {
    await this.sql.query(`update ingestion_job set state = 'FAILED', problems = $2, problem_count = $3, finished_at = $4 where id = $1`, [
      jobId,
      JSON.stringify(failure.problems),
      failure.problemCount,
      this.clock.now(),
    ]);
  }
}
