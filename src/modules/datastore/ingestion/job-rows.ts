import type { ClientBase } from 'pg';
import type { Clock } from '../../../shared/clock';
import { schemaOf, type InferredColumn } from './infer-schema';
import type { IngestionFailure, IngestionProblem } from './problems';

export interface StartedJob {
  id: string;
  datasetId: string;
  distributionId: string;
  declaredEncoding: string | null;
  sheet: string | null;
  attempts: number;
  /** Reserved when the upload was accepted: the version takes it. */
  versionNumber: number;
}

/** The ingestion_job row as the worker moves it: RUNNING, FAILED (progress in progress.ts, SUCCEEDED in publish-version.ts). */
export class JobRows {
  constructor(
    readonly sql: ClientBase,
    private readonly clock: Clock,
  ) {}

  /** Null when the job has already ended (a queue may deliver twice). A retry starts clean. */
  async start(jobId: string): Promise<StartedJob | null> {
    const result = await this.sql.query<StartedJob>(
      `update ingestion_job set state = 'RUNNING', attempts = attempts + 1, started_at = $2, finished_at = null,
              bytes_read = 0, rows_processed = 0, problems = '[]', problem_count = 0
        where id = $1 and state in ('QUEUED', 'RUNNING')
        returning id, dataset_id as "datasetId", distribution_id as "distributionId",
                  declared_encoding as "declaredEncoding", sheet, attempts, version_number as "versionNumber"`,
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

  /** Only a job that has not ended: a failure never overwrites a success. */
  async fail(jobId: string, failure: IngestionFailure): Promise<void> {
    await this.sql.query(
      `update ingestion_job set state = 'FAILED', problems = $2, problem_count = $3, finished_at = $4
        where id = $1 and state in ('QUEUED', 'RUNNING')`,
      [jobId, JSON.stringify(failure.problems.map(storable)), failure.problemCount, this.clock.now()],
    );
  }

  /** The attempt broke for a reason that is not the file's: the queue will deliver the job again. */
  async requeue(jobId: string): Promise<void> {
    await this.sql.query(`update ingestion_job set state = 'QUEUED' where id = $1 and state = 'RUNNING'`, [jobId]);
  }
}

/** jsonb has no NUL: a problem quoting the file's bytes shows it as U+2400 (␀). */
function storable(problem: IngestionProblem): IngestionProblem {
  const clean = (text: string) => text.replaceAll('\u0000', '\u2400');
  return { ...problem, message: clean(problem.message), column: problem.column === null ? null : clean(problem.column) };
}
