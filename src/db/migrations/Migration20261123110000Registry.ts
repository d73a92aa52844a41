import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110000Registry extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table dataset
        add column sector text,
        add column spatial_coverage text[] not null default '{}',
        add column contact_name text,
        add column contact_email text,
        add column contact_phone text,
        add column fee text not null default 'FREE' check (fee in ('FREE', 'CHARGED')),
        add column fee_note text,
        -- accent-free, case-folded, space-collapsed title: duplicates of 002 §4.2b are found by it
        add column normalised_title text,
        add column search_vector tsvector;`);
    this.addSql(`update dataset set normalised_title = lower(regexp_replace(unaccent(title), '\\s+', ' ', 'g'));`);
    this.addSql('alter table dataset alter column normalised_title set not null;');
    this.addSql('create index dataset_owner_title_idx on dataset (owner_agency_id, normalised_title);');
    this.addSql('create index dataset_title_trgm_idx on dataset using gin (normalised_title gin_trgm_ops);');
    this.addSql('create index dataset_search_idx on dataset using gin (search_vector);');
    this.addSql('create index distribution_sha256_idx on distribution (sha256);');
    this.addSql(`
      create table code_list_entry (
        dataset_id uuid not null references dataset (id) on delete cascade,
        code text not null,
        label text not null,
        label_en text,
        parent_code text,
        valid_from date,
        valid_to date,
        position integer not null,
        primary key (dataset_id, code)
      );`);
    this.addSql(`
      create table duplicate_override (
        id uuid primary key,
        dataset_id uuid not null references dataset (id) on delete cascade,
        duplicate_of_id uuid not null references dataset (id) on delete cascade,
        kind text not null check (kind in ('TITLE', 'CONTENT')),
        reason text not null check (length(trim(reason)) > 0),
        decided_by uuid not null references official (id),
        decided_at timestamptz not null
      );`);
    this.addSql(`
      create table duplicate_flag (
        id uuid primary key,
        dataset_id uuid not null references dataset (id) on delete cascade,
        similar_to_id uuid not null references dataset (id) on delete cascade,
        similarity real not null,
        state text not null default 'OPEN' check (state in ('OPEN', 'CLEARED')),
        created_at timestamptz not null,
        cleared_by uuid references official (id),
        cleared_at timestamptz,
        constraint duplicate_flag_pair_unique unique (dataset_id, similar_to_id)
      );`);
  }
}
