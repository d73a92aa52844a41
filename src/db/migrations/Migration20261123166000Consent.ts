import { Migration } from '@mikro-orm/migrations';

/** The personal data store and citizens' consents (004 §2.5a, §7.2; REQUIREMENTS §6). */
export class Migration20261123166000Consent extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table personal_record (
        id uuid primary key,
        dataset_id uuid not null references dataset (id) on delete cascade,
        subject_cccd text not null check (subject_cccd ~ '^[0-9]{12}$'),
        source_agency_id uuid not null references agency (id),
        data jsonb not null,
        updated_at timestamptz not null,
        unique (dataset_id, subject_cccd)
      );
      create index personal_record_subject on personal_record (subject_cccd);

      create table consent (
        id uuid primary key,
        receipt_number text not null unique,
        citizen_cccd text not null,
        client_id uuid not null,
        client_name text not null,
        purpose text not null check (purpose <> ''),
        scope jsonb not null,
        valid_from timestamptz not null,
        valid_to timestamptz not null,
        mode text not null check (mode in ('ONE_TIME', 'PERIODIC')),
        max_reads integer not null check (max_reads > 0),
        period text check (period in ('DAY', 'WEEK', 'MONTH')),
        retention_days integer not null check (retention_days >= 0),
        state text not null check (state in ('ACTIVE', 'PAUSED', 'REVOKED', 'EXPIRED')),
        created_at timestamptz not null,
        paused_at timestamptz,
        revoked_at timestamptz,
        check (valid_to > valid_from),
        check ((mode = 'ONE_TIME') = (period is null))
      );
      create index consent_citizen on consent (citizen_cccd, created_at desc);

      create table consent_access (
        id uuid primary key,
        consent_id uuid not null references consent (id),
        citizen_cccd text not null,
        client_id uuid not null,
        dataset_id uuid,
        fields text[] not null,
        records integer not null,
        outcome text not null,
        at timestamptz not null
      );
      create index consent_access_citizen on consent_access (citizen_cccd, at desc);
      create index consent_access_counted on consent_access (consent_id, at) where outcome = 'ALLOWED';
    `);
  }
}
