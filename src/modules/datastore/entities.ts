import type { ColumnInference } from './ingestion/infer-schema';
import { BigIntType, Entity, Enum, JsonType, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One immutable version of a dataset's rows: a typed table of its own in the `datastore`
 * schema (see version-tables.ts). The highest number is what open data serves (002 §20.1b).
 */
@Entity({ tableName: 'dataset_version' })
@Unique({ properties: ['datasetId', 'number'] })
export class DatasetVersion {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  /**
   * Its place in the dataset's history: reserved by its job when the upload was accepted, so
   * the order is the order of uploads (uploads that failed leave their number unused).
   */
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'uuid' })
  distributionId!: string;

  @Property({ type: 'uuid' })
  ingestionJobId!: string;

  /** Unqualified table name in the datastore schema, e.g. v_3f2c…; see versionTableName(). */
  @Property({ type: 'text' })
  tableName!: string;

  @Property({ type: new BigIntType('number') })
  rowCount!: number;

  /** The Frictionless Table Schema the rows were validated against and typed by. */
  @Property({ type: JsonType })
  tableSchema!: Record<string, unknown>;

  /** True when the dataset had no Table Schema and the ingestion inferred one from a sample. */
  @Property({ type: 'boolean' })
  schemaInferred: boolean = false;

  /**
   * The CSV open data serves when the upload could not be served as it is (served-csv.ts);
   * null when the upload itself is served.
   */
  @Property({ type: 'text', nullable: true })
  servedSha256: string | null = null;

  @Property({ type: new BigIntType('number'), nullable: true })
  servedByteSize: number | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

export const ingestionStates = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type IngestionState = (typeof ingestionStates)[number];

/** One problem found while ingesting: where (row, column) and why. */
export interface IngestionProblem {
  /** Line of the file, the header being row 1; null for problems of the whole file. */
  row: number | null;
  column: string | null;
  message: string;
}

/** An ingestion of one distribution into a new version; progress is readable while it runs. */
@Entity({ tableName: 'ingestion_job' })
export class IngestionJob {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  @Property({ type: 'uuid' })
  distributionId!: string;

  @Enum({ items: () => ingestionStates as unknown as string[], type: 'text' })
  state!: IngestionState;

  @Property({ type: new BigIntType('number') })
  bytesRead: number = 0;

  @Property({ type: new BigIntType('number') })
  totalBytes!: number;

  @Property({ type: new BigIntType('number') })
  rowsProcessed: number = 0;

  /** All problems found; only the first 1,000 are kept in `problems`. */
  @Property({ type: new BigIntType('number') })
  problemCount: number = 0;

  @Property({ type: JsonType })
  problems: IngestionProblem[] = [];

  @Property({ type: 'uuid', nullable: true })
  versionId?: string | null;

  /** The number its version takes (reserved when the upload is accepted; see DatasetVersion.number). */
  @Property({ type: 'integer' })
  versionNumber!: number;

  @Property({ type: 'integer' })
  attempts: number = 0;

  /** What the uploader said the file is in (e.g. windows-1258); null means detect it. */
  @Property({ type: 'text', nullable: true })
  declaredEncoding?: string | null;

  /** The encoding ingestion read the file in, declared or detected. */
  @Property({ type: 'text', nullable: true })
  encoding?: string | null;

  /** For a workbook: the sheet to read; null reads the first. */
  @Property({ type: 'text', nullable: true })
  sheet?: string | null;

  /** The Table Schema inferred from a sample when the dataset had none (marked on the version). */
  @Property({ type: JsonType, nullable: true })
  inferredSchema?: Record<string, unknown> | null;

  /** With an inferred schema: why each column got its type, and which the owner must decide. */
  @Property({ type: JsonType, nullable: true })
  schemaInference?: ColumnInference[] | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
