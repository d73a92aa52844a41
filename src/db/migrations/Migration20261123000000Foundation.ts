import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000000Foundation extends Migration {
  async up(): Promise<void> {
    this.addSql('create extension if not exists unaccent;');
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql(`
      create table province (
        code text primary key,
        name text not null,
        name_en text,
        administrative_code text,
        email_domain text not null,
        valid_from date,
        valid_to date
      );`);
    this.addSql(`
      create table agency (
        id uuid primary key,
        province_code text not null references province (code),
        code text not null,
        name text not null,
        name_en text,
        abbreviation text,
        kind text not null,
        parent_id uuid references agency (id),
        source text,
        valid_from date,
        valid_to date,
        constraint agency_province_code_code_unique unique (province_code, code)
      );`);
    this.addSql(`
      create table official (
        id uuid primary key,
        province_code text not null references province (code),
        account_name text not null,
        full_name text not null,
        agency_id uuid not null references agency (id),
        roles text[] not null,
        constraint official_province_code_account_name_unique unique (province_code, account_name)
      );`);
    this.addSql(`
      create table dataset (
        id uuid primary key,
        slug text not null constraint dataset_slug_unique unique,
        province_code text not null references province (code),
        owner_agency_id uuid not null references agency (id),
        title text not null,
        title_en text,
        description text not null,
        description_en text,
        category text not null,
        access_level text not null check (access_level in ('PUBLIC', 'RESTRICTED', 'PERSONAL')),
        licence text not null,
        keywords text[] not null default '{}',
        update_frequency text,
        temporal_from date,
        temporal_to date,
        source text,
        table_schema jsonb,
        review_state text not null default 'DRAFT',
        published_at timestamptz,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        -- only public data is ever published as open data (002 §20, §30.2)
        constraint dataset_published_is_public check (published_at is null or access_level = 'PUBLIC')
      );`);
    this.addSql('create index dataset_owner_idx on dataset (owner_agency_id);');
    this.addSql('create index dataset_listing_idx on dataset (created_at desc, id desc);');
    this.addSql(`
      create table distribution (
        id uuid primary key,
        dataset_id uuid not null references dataset (id) on delete cascade,
        sha256 char(64) not null,
        byte_size bigint not null check (byte_size > 0),
        media_type text not null,
        original_name text not null,
        created_at timestamptz not null,
        constraint distribution_dataset_sha256_unique unique (dataset_id, sha256)
      );`);
    this.addSql('create index distribution_dataset_idx on distribution (dataset_id, created_at desc);');
  }
}
