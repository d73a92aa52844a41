import { Migration } from '@mikro-orm/migrations';

export class Migration20261123100000Datastore extends Migration {
  async up(): Promise<void> {
    this.addSql('create schema if not exists datastore;');
    this.addSql(`
      create table ingestion_job (
        id uuid primary key,
        dataset_id uuid not null references dataset (id) on delete cascade,
        distribution_id uuid not null references distribution (id) on delete cascade,
        state text not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
        bytes_read bigint not null default 0,
        total_bytes bigint not null,
        rows_processed bigint not null default 0,
        problem_count bigint not null default 0,
        problems jsonb not null default '[]',
        version_id uuid,
        attempts integer not null default 0,
        declared_encoding text,
        encoding text,
        sheet text,
        inferred_schema jsonb,
        created_at timestamptz not null,
        started_at timestamptz,
        finished_at timestamptz
      );`);
    this.addSql('create index ingestion_job_dataset_idx on ingestion_job (dataset_id, created_at desc);');
    this.addSql(`
      create table dataset_version (
        id uuid primary key,
        dataset_id uuid not null references dataset (id) on delete cascade,
        number integer not null check (number > 0),
        distribution_id uuid not null references distribution (id),
        ingestion_job_id uuid not null references ingestion_job (id),
        table_name text not null unique,
        row_count bigint not null check (row_count >= 0),
        table_schema jsonb not null,
        schema_inferred boolean not null default false,
        created_at timestamptz not null,
        constraint dataset_version_dataset_number_unique unique (dataset_id, number)
      );`);
    this.addSql(
      'alter table ingestion_job add constraint ingestion_job_version_fk foreign key (version_id) references dataset_version (id);',
    );
  }
}
