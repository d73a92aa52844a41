import type { Readable } from 'node:stream';
import type { ClientBase, Pool } from 'pg';
import type { AuditEventInput } from '../../../audit/service';
import type { Clock } from '../../../shared/clock';
import type { StoredBlob } from '../../../storage/blob-store';
import { asTableSchema, primaryKeyOf, type TableSchema } from '../table-schema';
import { quoteIdentifier, rowNumberColumn } from '../version-tables';
import { CopyRejected, type BulkLoader, type CopyCommand } from './bulk-loader';
import { codeListProblems, type UnknownCodes } from './code-lists';
import { copyProblem } from './copy-errors';
import { directPlan, ShapeChecker, ShapeRefused, type DirectPlan } from './direct-copy';
import { openCsv, type CsvSource } from './csv-source';
import { asEncoding } from './detect-encoding';
import { fieldSql, type FieldSql } from './field-sql';
import { headerProblems } from './header';
import { inferColumns, schemaOf } from './infer-schema';
import { JobRows, type StartedJob } from './job-rows';
import { PgTwoCopyLoader } from './load-pg';
import { inputFailureOf, internalFailure } from './input-failures';
import { withJobLock } from './job-lock';
import { ingestionLimits } from './limits';
import { NulFinder } from './nul-bytes';
import { fileProblem, IngestionFailure } from './problems';
import { ProgressMeter } from './progress';
import { publishVersion } from './publish-version';
import { writeServedCsv } from './served-csv';
import { RecordScanner, type ScannedChunk } from './record-scanner';
import { StageTimer, type StageListener } from './stage-timer';
import { copyColumns, createStaging, dropJobTables, stagingColumn, tablesOfJob, type JobTables } from './staging';
import { buildIndexes, buildTypedTable, createTypedTable } from './typed-table';
import { findProblems } from './validate-sql';
import { checkWholeFile } from './whole-file-check';

/**
 * The workbook check and reader (unzipper, exceljs: most of a second of module loading) load with
 * the first workbook, not with the hub: a hub, or a test file, that ingests none never needs them.
 */
async function workbookReaders() {
  const [{ checkWorkbook }, { openWorkbook }] = await Promise.all([import('./workbook-check'), import('./xlsx-source')]);
  return { checkWorkbook, openWorkbook };
}

/** The file of a job and the schema it must meet, as the catalogue has them. */
export interface IngestionInput {
  tableSchema: Record<string, unknown> | null;
  mediaType: string;
  /** The stored file's size, and a stream of bytes `start` to `end` (inclusive) of it: a workbook's central directory is read first. */
  byteSize: number;
  range(start: number, end: number): Promise<Readable>;
  content(): Promise<Readable>;
}

export interface IngestionDependencies {
  pool: Pool;
  clock: Clock;
  /** Attempts a job gets (the queue's retries plus one): the last one ends the job whatever happens. */
  attemptLimit: number;
  /** pg-copy-streams on a server; PGlite's blob COPY when embedded. */
  loaderFor(sql: ClientBase): BulkLoader;
  inputOf(job: StartedJob): Promise<IngestionInput>;
  unknownCodes: UnknownCodes;
  /** Keeps a file the job wrote (the served CSV) in the blob store. */
  storeBlob(content: Readable): Promise<StoredBlob>;
  /** Writes the new version's audit entry in the publishing transaction open on `sql`. */
  recordVersion(sql: ClientBase, event: AuditEventInput): Promise<void>;
  /** Told how long each stage of a job took (the benchmark's profile). */
  onStage?: StageListener;
  /**
   * A PostgreSQL server with connections to spare: rows are typed and indexes built on two
   * connections, and CSV takes the direct road (direct-copy.ts) when the schema allows. PGlite
   * is one session shared with the socket server's clients: there it would only queue, and a
   * DateStyle set for the direct road would reach the other clients.
   */
  parallelTyping?: boolean;
  /**
   * Embedded PGlite runs one statement at a time for every client, in the hub's own thread:
   * rows are typed and checked by ranges sized to take about this many milliseconds per
   * statement (timed-ranges.ts), so requests run in between.
   */
  statementMs?: number;
}

export const workbookMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Runs one ingestion job: stream → staging (COPY) → typed version table → publish. Input
 * problems fail the job with its report and leave nothing behind; anything else is thrown
 * for the queue to retry, except on the last attempt, which fails the job: a job always ends.
 * A session advisory lock (job-lock.ts) keeps two workers off one job; a job whose lock is
 * held is being run by another worker, and this delivery has nothing to do.
 */
export async function runIngestion(deps: IngestionDependencies, jobId: string): Promise<void> {
  const sql = await deps.pool.connect();
  let broken: Error | undefined;
  try {
    await withJobLock(sql, jobId, () => ingestLocked(deps, sql, jobId));
  } catch (error) {
    broken = error as Error;
    throw error;
  } finally {
    sql.release(broken);
  }
}

async function ingestLocked(deps: IngestionDependencies, sql: ClientBase, jobId: string): Promise<void> {
  const rows = new JobRows(sql, deps.clock);
  const job = await rows.start(jobId);
  if (!job) return;
  const tables = tablesOfJob(job.id);
  await dropJobTables(sql, tables, { keepTyped: false });
  const progress = new ProgressMeter((bytes, count) => progressWrite(deps.pool, job.id, bytes, count));
  const timer = new StageTimer(job.id, deps.onStage);
  // Every stream of the stored file this attempt opens is closed when it ends, however it ends.
  const opened: Readable[] = [];
  try {
    const input = await deps.inputOf(job);
    const kept = async (opening: Promise<Readable>) => {
      const stream = await opening;
      opened.push(stream);
      return stream;
    };
    const content = () => kept(input.content());
    const declared = job.declaredEncoding ? asEncoding(job.declaredEncoding) : null;
    const workbook = input.mediaType === workbookMediaType;
    if (workbook)
      await timer.time('open', async () =>
        (await workbookReaders()).checkWorkbook({
          byteSize: input.byteSize,
          range: (start, end) => kept(input.range(start, end)),
          content,
        }),
      );
    const open = async () => {
      const bytes = counted(await content(), progress);
      return timer.time('open', async () =>
        workbook ? await (await workbookReaders()).openWorkbook(bytes, job.sheet) : await openCsv(bytes, declared),
      );
    };
    let source = await open();
    const given = input.tableSchema ? asTableSchema(input.tableSchema) : null;
    const problems = headerProblems(source.header, given);
    if (problems.length > 0) throw new IngestionFailure(problems);
    let inferred = given ? null : inferColumns(source.header, source.sample, { canonicalNumbers: workbook });
    let schema = given ?? schemaOf(inferred!);
    await rows.noteEncoding(job.id, source.encoding, inferred);
    /** `formulaCell`: what the direct road saw of the text cells; null when only SQL can tell. */
    const publish = async (rowCount: number, formulaCell: boolean | null = null) => {
      await progress.settle();
      const served = await timer.time('servedCsv', () =>
        writeServedCsv(sql, tables.typed, schema, source, workbook, deps.storeBlob, formulaCell, deps.statementMs ?? null),
      );
      await timer.time('publish', () =>
        publishVersion(
          sql,
          deps.clock,
          job,
          tables,
          {
            rowCount,
            tableSchema: schema as unknown as Record<string, unknown>,
            schemaInferred: !given,
            bytesRead: progress.bytesRead,
            served: served.kind === 'written' ? served.blob : null,
          },
          (number) =>
            deps.recordVersion(sql, {
              actor: 'system',
              action: 'datastore.version_created',
              subjectType: 'dataset',
              subjectId: job.datasetId,
              details: { version: number, rows: rowCount, distributionId: job.distributionId, schemaInferred: !given },
            }),
        ),
      );
    };

    // An inferred schema takes the staging road, where the whole file is checked against it.
    const plan = deps.parallelTyping && given && !workbook ? directPlan(schema, source.header) : null;
    if (plan) {
      const loaded = await loadDirect(deps, sql, tables, schema, source, plan, progress, timer);
      if (loaded !== null) return await publish(loaded.records, loaded.formulaCell);
      // Refused: the staging road, from the start of the file, builds the report (or, when the
      // direct road was only unsure, the version).
      progress.restart();
      source = await open();
    }

    await createStaging(sql, tables, source.header.length, Boolean(deps.statementMs));
    const recordCount = await timer.time('copy', () => copyIntoStaging(deps.loaderFor(sql), tables, source, progress, timer));
    if (recordCount === 0) throw fileProblem('tệp chỉ có dòng tiêu đề, không có dữ liệu (header only: no data rows)');
    if (inferred) {
      inferred = await checkWholeFile(sql, tables, source.header, inferred, deps.statementMs ?? null);
      schema = schemaOf(inferred);
      await rows.noteEncoding(job.id, source.encoding, inferred);
    }

    const rowCount = await typeRows(deps, sql, tables, schema, source.header, timer);
    await sql.query(`drop table ${tables.staging}`);
    await publish(rowCount);
  } catch (error) {
    await progress.settle();
    await dropJobTables(sql, tables, { keepTyped: false });
    const failure = inputFailureOf(error) ?? (job.attempts >= deps.attemptLimit ? internalFailure(error, job.attempts) : null);
    if (!failure) {
      await rows.requeue(job.id);
      throw error;
    }
    await rows.fail(job.id, failure);
  } finally {
    for (const stream of opened) stream.destroy();
    timer.report();
  }
}

async function copyIntoStaging(
  loader: BulkLoader,
  tables: JobTables,
  source: CsvSource,
  progress: ProgressMeter,
  timer: StageTimer,
): Promise<number> {
  try {
    return await copyBody(
      loader,
      { table: tables.staging, columns: copyColumns(source.header.length), options: '' },
      source,
      progress,
      timer,
      null,
    );
  } catch (error) {
    if (error instanceof CopyRejected) throw copyProblem(error, source.header, source.encoding);
    throw error;
  }
}

/** Streams the body into `command.table` in the file's dialect; `checker` sees every chunk first and numbers its records. */
async function copyBody(
  loader: BulkLoader,
  command: CopyCommand,
  source: CsvSource,
  progress: ProgressMeter,
  timer: StageTimer,
  checker: ShapeChecker | null,
): Promise<number> {
  const scanner = new RecordScanner(source.dialect.quote.charCodeAt(0), ingestionLimits.recordBytes, 2);
  const nulFinder = new NulFinder(source.header, source.dialect.delimiter.charCodeAt(0), source.dialect.quote.charCodeAt(0), 2);
  const delimiter = source.dialect.delimiter === '\t' ? "E'\\t'" : `'${source.dialect.delimiter}'`;
  const quote = source.dialect.quote === "'" ? "''''" : `'"'`;
  const scanned = async function* (): AsyncGenerator<ScannedChunk> {
    for await (const bytes of source.body) {
      const started = performance.now();
      const recordsBefore = scanner.records;
      const scannedChunk = scanner.scan(bytes);
      nulFinder.check(bytes, recordsBefore, scannedChunk.lastRecordEnd);
      const chunk = checker ? { ...scannedChunk, ...checker.check(scannedChunk.bytes, scannedChunk.lastRecordEnd) } : scannedChunk;
      timer.add('scan', performance.now() - started);
      progress.setRows(scanner.records);
      yield chunk;
    }
    scanner.finish();
    checker?.finish();
  };
  await loader.copy({ ...command, options: `format csv, delimiter ${delimiter}, quote ${quote}${command.options}` }, scanned());
  progress.setRows(scanner.records);
  return scanner.records;
}

/**
 * The direct road (direct-copy.ts): COPY into the typed table, indexes, done. Null when the
 * data was refused on the way, with the typed table dropped: the caller takes the staging road.
 */
async function loadDirect(
  deps: IngestionDependencies,
  sql: ClientBase,
  tables: JobTables,
  schema: TableSchema,
  source: CsvSource,
  plan: DirectPlan,
  progress: ProgressMeter,
  timer: StageTimer,
): Promise<{ records: number; formulaCell: boolean } | null> {
  const fields = fieldsOf(schema, source.header);
  await createTypedTable(sql, tables, fields);
  const columns = [rowNumberColumn, ...source.header].map(quoteIdentifier).join(', ');
  const checker = new ShapeChecker(plan.shapes, source.dialect.delimiter.charCodeAt(0), source.dialect.quote.charCodeAt(0), 2);
  try {
    let records: number;
    // Two COPYs on two connections (load-pg.ts): each commits on its own, like the single one
    // did; the table stays invisible until publish and is dropped whole on any failure.
    const second = await deps.pool.connect();
    let broken: Error | undefined;
    try {
      await Promise.all([sql, second].map((client) => client.query(`set datestyle = '${plan.dateStyle}'`)));
      records = await timer.time('copy', () =>
        copyBody(
          new PgTwoCopyLoader(sql, second),
          { table: tables.typed, columns, options: `, force_null (${columns})` },
          source,
          progress,
          timer,
          checker,
        ),
      );
      await second.query('reset datestyle');
    } catch (error) {
      // Its DateStyle may still be the direct road's: the pool gets a fresh connection instead.
      broken = error as Error;
      throw error;
    } finally {
      second.release(broken);
      await sql.query('reset datestyle');
    }
    if (records === 0) throw new ShapeRefused(1);
    await timer.time('indexes', () => buildIndexes(sql, tables, uniqueKeysOf(schema), () => deps.pool.connect()));
    return { records, formulaCell: checker.formulaCell };
  } catch (error) {
    if (!(error instanceof ShapeRefused || error instanceof CopyRejected || isDataError(error))) throw error;
    await sql.query(`drop table if exists ${tables.typed}`);
    return null;
  }
}

function fieldsOf(schema: TableSchema, header: string[]): FieldSql[] {
  const primaryKey = primaryKeyOf(schema);
  return schema.fields.map((field) => fieldSql(field, stagingColumn(header.indexOf(field.name)), schema, primaryKey));
}

function uniqueKeysOf(schema: TableSchema): string[][] {
  const primaryKey = primaryKeyOf(schema);
  return [
    ...(primaryKey.length > 0 ? [primaryKey] : []),
    ...schema.fields
      .filter((field) => field.constraints?.unique && !(primaryKey.length === 1 && primaryKey[0] === field.name))
      .map((field) => [field.name]),
  ];
}

/** Fast path first; only when the database refuses a value is the full problem report built. */
async function typeRows(
  deps: IngestionDependencies,
  sql: ClientBase,
  tables: JobTables,
  schema: TableSchema,
  header: string[],
  timer: StageTimer,
): Promise<number> {
  const fields = fieldsOf(schema, header);
  const uniqueKeys = uniqueKeysOf(schema);
  const unknownCodes = await timer.time('codeLists', () => codeListProblems(sql, tables, schema, fields, deps.unknownCodes));
  if (unknownCodes.total > 0) throw new IngestionFailure(unknownCodes.problems, unknownCodes.total);
  try {
    return await buildTypedTable(
      sql,
      tables,
      fields,
      uniqueKeys,
      timer,
      deps.parallelTyping ? () => deps.pool.connect() : null,
      deps.statementMs ?? null,
    );
  } catch (error) {
    if (!isDataError(error)) throw error;
    await sql.query(`drop table if exists ${tables.typed}`);
    const report = await findProblems(sql, tables, fields, uniqueKeys);
    if (report.total > 0) throw new IngestionFailure(report.problems, report.total);
    throw new IngestionFailure([
      {
        row: null,
        column: (error as { column?: string }).column ?? null,
        message: `dữ liệu bị từ chối (data refused): ${(error as Error).message}`,
      },
    ]);
  }
}

/** Class 22 (data exception) and 23 (integrity constraint violation): the data's fault, not ours. */
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^(22|23)/.test(code);
}

async function* counted(content: Readable, progress: ProgressMeter): AsyncGenerator<Buffer> {
  for await (const chunk of content) {
    progress.addBytes((chunk as Buffer).length);
    yield chunk as Buffer;
  }
}

async function progressWrite(pool: Pool, jobId: string, bytesRead: number, rowsProcessed: number): Promise<void> {
  await pool.query('update ingestion_job set bytes_read = $2, rows_processed = $3 where id = $1', [jobId, bytesRead, rowsProcessed]);
}
