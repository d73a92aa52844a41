import { Migration } from '@mikro-orm/migrations';

/**
 * Remote catalogues (other hubs, CKAN portals, DCAT-AP catalogues), their harvests, and the
 * dataset descriptions harvested from them: read-only copies that keep their origin.
 */
export class Migration20261123163000Federation extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table harvest_source (
        id uuid primary key,
        name text not null,
        kind text not null check (kind in ('HUB', 'CKAN', 'DCAT')),
        url text not null unique,
        province_code text,
        timeout_ms integer not null check (timeout_ms between 100 and 300000),
        registered_by uuid not null,
        registering_province_code text not null references province (code),
        registered_at timestamptz not null,
        -- CKAN: the newest metadata_modified seen, where the next incremental harvest resumes.
        modified_watermark text
      );`);
    this.addSql(`
      create table harvest_run (
        id uuid primary key,
        source_id uuid not null references harvest_source (id) on delete cascade,
        state text not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
        incremental boolean not null,
        requested_by uuid,
        requested_at timestamptz not null,
        started_at timestamptz,
        finished_at timestamptz,
        seen integer not null default 0,
        created integer not null default 0,
        updated integer not null default 0,
        deleted integer not null default 0,
        failed integer not null default 0,
        failures jsonb not null default '[]',
        error text
      );`);
    this.addSql('create index harvest_run_source_idx on harvest_run (source_id, requested_at desc);');
    this.addSql(`
      create table harvested_dataset (
        id uuid primary key,
        source_id uuid not null references harvest_source (id) on delete cascade,
        original_id text not null,
        original_url text,
        identifier text not null,
        title text not null,
        description text not null,
        keywords text[] not null default '{}',
        publisher text,
        province_code text,
        licence text,
        download_url text,
        media_type text,
        modified_at timestamptz,
        first_harvested_at timestamptz not null,
        harvested_at timestamptz not null,
        deleted_at timestamptz,
        search_vector tsvector,
        unique (source_id, original_id)
      );`);
    this.addSql('create index harvested_dataset_identifier_idx on harvested_dataset (identifier) where deleted_at is null;');
    this.addSql('create index harvested_dataset_search_idx on harvested_dataset using gin (search_vector);');
    this.addSql(
      'create index harvested_dataset_order_idx on harvested_dataset (first_harvested_at desc, id desc) where deleted_at is null;',
    );
  }
}
