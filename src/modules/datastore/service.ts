import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actorOf, type AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { InputError, NotFoundError } from '../../shared/errors';
import type { Viewer } from '../../shared/viewer';
import type { CatalogService, Dataset, Distribution } from '../catalog/service';
import { DatasetVersion, IngestionJob } from './entities';
import { asEncoding } from './ingestion/detect-encoding';
import { runIngestion, workbookMediaType, type IngestionDependencies } from './ingestion/ingest';
import { groupBy } from '../../shared/group';
import { asTableSchema, tableSchemaProblems } from './table-schema';
import { qualifiedTable } from './version-tables';

/** Ingestion jobs in one state: how many, and the rows and bytes they read. */
export interface IngestionTotals {
  state: string;
  jobs: number;
  rows: number;
  bytes: number;
}

export type { DatasetVersion, IngestionJob, IngestionProblem, IngestionState } from './entities';
export { ingestionStates } from './entities';
export type { ColumnInference } from './ingestion/infer-schema';
export { canonicalSchema } from './ingestion/served-csv';
export { columnsOf, type DatasetColumn } from './columns';
export { asTableSchema, tableSchemaProblems };
export { cellReaders, type CellReader, type JsonValue } from './json-values';
export { unguardFormula } from './formula';
export { workbookMediaType } from './ingestion/ingest';
export { ingestionStages, type IngestionStage, type StageListener } from './ingestion/stage-timer';

/** Hub-wide parts of ingestion: the queue, the database pool and the bulk loader. */
export interface DatastoreRuntime extends Omit<IngestionDependencies, 'inputOf' | 'unknownCodes' | 'storeBlob' | 'recordVersion'> {
  enqueue(jobId: string): Promise<void>;
  /** Queues again (or fails) RUNNING jobs whose worker died; their ids. Runs on a timer too. */
  takeOverAbandonedJobs(): Promise<string[]>;
}

export interface IngestionOptions {
  /** What the uploader says the file is in; detected when absent. */
  encoding?: string | null;
  /** Sheet of a workbook; the first when absent. */
  sheet?: string | null;
  /** The caller runs the job itself (runIngestion) instead of queueing it: imports and seeding. */
  inline?: boolean;
}

/** Audit subject of versions and schema confirmations: the dataset. */
const auditSubject = 'dataset';
const ingestibleMediaTypes = new Set(['text/csv', workbookMediaType]);
const jobsListed = 20;

/**
 * What DatastoreService answers to resolvers, routes, pages and jobs: all but the methods that change state
 * without a viewer (ingestion, queued once the upload was allowed and run by the worker), which are behind `services.trusted`.
 */
export type DatastoreApi = Omit<DatastoreService, 'ingestUploaded' | 'dropVersionTables' | 'runIngestion' | 'takeOverAbandonedJobs'>;

/** The datastore: each successful ingestion of a file is a new immutable version (002 §20.1b). */
export class DatastoreService {
  constructor(
    private readonly em: EntityManager,
    private readonly catalog: CatalogService,
    private readonly runtime: DatastoreRuntime,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Queues ingestion of a file just stored by CatalogService.addDistribution (which checked
   * that the uploader may manage the dataset). Files that are not tables get no job.
   */
  async ingestUploaded(distribution: Distribution, options: IngestionOptions = {}): Promise<IngestionJob | null> {
    if (!ingestibleMediaTypes.has(distribution.mediaType)) return null;
    if (options.encoding && !asEncoding(options.encoding)) {
      throw new InputError([
        { field: 'encoding', message: 'chỉ nhận utf-8, utf-16le, utf-16be, windows-1258, tcvn3 (unsupported encoding)' },
      ]);
    }
    const job = await this.em.transactional(async (em) =>
      em.create(IngestionJob, {
        id: randomUUID(),
        datasetId: distribution.datasetId,
        distributionId: distribution.id,
        versionNumber: await this.nextVersionNumber(em, distribution.datasetId),
        state: 'QUEUED',
        totalBytes: distribution.byteSize,
        bytesRead: 0,
        rowsProcessed: 0,
        problemCount: 0,
        problems: [],
        attempts: 0,
        declaredEncoding: options.encoding ?? null,
        sheet: options.sheet ?? null,
        createdAt: this.clock.now(),
      }),
    );
    if (!options.inline) await this.runtime.enqueue(job.id);
    else {
      // A failure that is not the file's put the job back to QUEUED: the queue retries it.
      await this.runIngestion(job.id).catch(async (error: unknown) => {
        await this.runtime.enqueue(job.id);
        throw error;
      });
    }
    return job;
  }

  /** The next number of the dataset's history; the lock holds it until the job row is committed. */
  private async nextVersionNumber(em: EntityManager, datasetId: string): Promise<number> {
    await em.execute(`select pg_advisory_xact_lock(hashtextextended('dataset_version:' || ?, 0))`, [datasetId]);
    const [next] = await em.execute<{ number: number }[]>(
      'select coalesce(max(version_number), 0) + 1 as number from ingestion_job where dataset_id = ?',
      [datasetId],
    );
    return Number(next.number);
  }

  /**
   * The owner confirms (or corrects) a dataset's Table Schema, typically the one inferred at
   * its first ingestion. Its fields must be the columns of the current version; that file is
   * then ingested again so the rows are typed and checked by what the owner confirmed.
   */
  async confirmTableSchema(viewer: Viewer, slug: string, tableSchema: Record<string, unknown>): Promise<Dataset> {
    const problems = tableSchemaProblems(tableSchema);
    if (problems.length > 0) throw new InputError(problems.map((message) => ({ field: 'tableSchema', message })));
    const dataset = await this.catalog.findManaged(viewer, slug);
    const [current] = (await this.versionsOf([dataset.id])).get(dataset.id) ?? [];
    if (current) {
      const columns = asTableSchema(current.tableSchema).fields.map((field) => field.name);
      const confirmed = asTableSchema(tableSchema).fields.map((field) => field.name);
      const missing = columns.filter((name) => !confirmed.includes(name));
      const extra = confirmed.filter((name) => !columns.includes(name));
      if (missing.length > 0 || extra.length > 0) {
        throw new InputError([
          ...missing.map((name) => ({
            field: `tableSchema.fields.${name}`,
            message: 'thiếu cột của phiên bản hiện hành (a column of the current version is missing)',
          })),
          ...extra.map((name) => ({
            field: `tableSchema.fields.${name}`,
            message: 'cột không có trong phiên bản hiện hành (not a column of the current version)',
          })),
        ]);
      }
    }
    await this.catalog.setTableSchema(dataset, tableSchema);
    await this.audit.append({
      actor: actorOf(viewer),
      action: 'datastore.table_schema_confirmed',
      subjectType: auditSubject,
      subjectId: dataset.id,
      details: { version: current?.number ?? null, wasInferred: current?.schemaInferred ?? false },
    });
    if (current) {
      const file = ((await this.catalog.distributionsOf([dataset.id])).get(dataset.id) ?? []).find(
        (each) => each.id === current.distributionId,
      );
      if (file) await this.ingestUploaded(file);
    }
    return dataset;
  }

  /**
   * Trusted (the compliance module withdrew a draft): drops the typed tables of these versions,
   * whose rows went with their dataset.
   */
  async dropVersionTables(versions: readonly DatasetVersion[]): Promise<void> {
    for (const version of versions) await this.em.execute(`drop table if exists ${qualifiedTable(version.tableName)}`);
  }

  /** The worker's entry point; also callable inline (commands, tests). It audits the version it publishes. */
  runIngestion(jobId: string): Promise<void> {
    return runIngestion(
      {
        ...this.runtime,
        inputOf: async (job) => {
          const source = await this.catalog.ingestionSource(job.datasetId, job.distributionId);
          if (!source) throw new Error(`ingestion job ${job.id}: its distribution is gone`);
          return {
            tableSchema: source.dataset.tableSchema ?? null,
            mediaType: source.distribution.mediaType,
            byteSize: source.distribution.byteSize,
            range: (start, end) => this.catalog.blobRange(source.distribution.sha256, { start, end }),
            content: () => this.catalog.openBlob(source.distribution.sha256),
          };
        },
        unknownCodes: (codeListSlug, codes) => this.catalog.unknownCodes(codeListSlug, codes),
        storeBlob: (content) => this.catalog.storeDerivedBlob(content),
        recordVersion: (sql, event) => this.audit.appendOnClient(sql, event).then(() => undefined),
      },
      jobId,
    );
  }

  /** Jobs whose worker died are queued again (or failed); the hub also does this on a timer. */
  takeOverAbandonedJobs(): Promise<string[]> {
    return this.runtime.takeOverAbandonedJobs();
  }

  async findJob(viewer: Viewer, id: string): Promise<IngestionJob | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const job = await this.em.findOne(IngestionJob, { id }, { refresh: true });
    const dataset = job ? await this.catalog.findVisibleById(viewer, job.datasetId) : null;
    // A job's report is its owner's: the public learns of an upload only once it is a version.
    if (!job || !dataset || !this.catalog.mayManage(viewer, dataset)) return null;
    return job;
  }

  /** Batch for DataLoaders; the caller has the datasets, so the viewer may see them. Newest first. */
  async jobsOf(datasetIds: readonly string[]): Promise<Map<string, IngestionJob[]>> {
    const jobs = await this.em.find(IngestionJob, { datasetId: { $in: [...datasetIds] } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    return groupBy(datasetIds, jobs, (job) => job.datasetId, jobsListed);
  }

  /** For operators' metrics: ingestion jobs, rows and bytes read, by state, across the cluster. */
  ingestionTotals(): Promise<IngestionTotals[]> {
    return this.em.execute<IngestionTotals[]>(
      `select state, count(*)::int as jobs, coalesce(sum(rows_processed), 0)::float8 as rows,
              coalesce(sum(bytes_read), 0)::float8 as bytes
         from ingestion_job group by state`,
    );
  }

  /** Batch for DataLoaders: every version, newest first (the first is what open data serves). */
  async versionsOf(datasetIds: readonly string[]): Promise<Map<string, DatasetVersion[]>> {
    const versions = await this.em.find(DatasetVersion, { datasetId: { $in: [...datasetIds] } }, { orderBy: { number: 'desc' } });
    return groupBy(datasetIds, versions, (version) => version.datasetId);
  }

  /** Polls the job row until it has finished (tests, the import command). */
  async waitForJob(id: string, options: { timeoutMs?: number; onProgress?: (job: IngestionJob) => void } = {}): Promise<IngestionJob> {
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    for (;;) {
      const job = await this.em.fork().findOne(IngestionJob, { id });
      if (!job) throw new NotFoundError(`Không có lượt nạp dữ liệu ${id} (no such ingestion job)`);
      options.onProgress?.(job);
      if (job.state === 'SUCCEEDED' || job.state === 'FAILED') return job;
      if (Date.now() > deadline) throw new Error(`ingestion job ${id} still ${job.state} after ${options.timeoutMs ?? 60_000} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
