import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { ingestionStates, type ColumnInference, type IngestionProblem, type IngestionState } from './service';

export const IngestionStateEnum = enumFrom('IngestionState', ingestionStates, {
  QUEUED: 'Đang chờ (queued)',
  RUNNING: 'Đang nạp (running)',
  SUCCEEDED: 'Thành công: đã có phiên bản mới (succeeded: a new version exists)',
  FAILED: 'Thất bại: xem danh sách lỗi (failed: see the problems)',
});

@ObjectType('IngestionProblem', { description: 'Một lỗi của tệp (a problem of the file): where and why' })
export class IngestionProblemType {
  @Field(() => Int, { nullable: true, description: 'Row of the file, the header being row 1; null for the whole file' })
  row!: number | null;

  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field()
  message!: string;
}

@ObjectType('ColumnInference', {
  description: 'Vì sao một cột được suy ra kiểu này (why ingestion gave a column its type), for the owner who confirms the schema',
})
export class ColumnInferenceType {
  @Field()
  column!: string;

  @Field({ description: 'Table Schema type: string, integer, number, date, boolean' })
  type!: string;

  @Field()
  reason!: string;

  @Field({ description: 'True when the values allow two readings (e.g. "1.000"): kept as text until the owner confirms which' })
  ownerMustDecide!: boolean;
}

@ObjectType('DatasetVersion', { description: 'Phiên bản dữ liệu (an immutable version of the rows, 002 §20.1b)' })
export class DatasetVersionType {
  @Field(() => Int)
  number!: number;

  @Field(() => Float)
  rowCount!: number;

  @Field({
    description:
      'True when the Table Schema was inferred, not given by the owner: the version awaits the owner’s confirmTableSchema and cannot pass review',
  })
  schemaInferred!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType('IngestionJob', { description: 'Một lượt nạp tệp vào kho dữ liệu (an ingestion of a file into the datastore)' })
export class IngestionJobType {
  @Field(() => ID)
  id!: string;

  @Field(() => IngestionStateEnum)
  state!: IngestionState;

  @Field(() => Float)
  bytesRead!: number;

  @Field(() => Float)
  totalBytes!: number;

  @Field(() => Float)
  rowsProcessed!: number;

  @Field(() => Float, { description: 'All problems; `problems` holds the first 1,000' })
  problemCount!: number;

  @Field(() => [IngestionProblemType])
  problems!: IngestionProblem[];

  @Field(() => String, { nullable: true, description: 'The encoding the file was read in' })
  encoding?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Table Schema inferred from the file (checked on every row), when the dataset had none; awaits the owner’s confirmation',
  })
  inferredSchema?: Record<string, unknown> | null;

  @Field(() => [ColumnInferenceType], { nullable: true, description: 'With an inferred schema: each column’s type and why' })
  schemaInference?: ColumnInference[] | null;

  @Field(() => Int)
  attempts!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt?: Date | null;
}

@ObjectType('DatasetColumn', { description: 'Một cột của bộ dữ liệu (a column), as the Table Schema of the latest version describes it' })
export class DatasetColumnType {
  @Field()
  name!: string;

  @Field({ description: 'Frictionless Table Schema type: string, integer, number, date, boolean…' })
  type!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
