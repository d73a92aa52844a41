import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 19 item 2: partner-initiated consent requests. A partner client with the new
 * `consent:request` scope asks a citizen (by CCCD) for a consent; the citizen approves it with an
 * SMS code, which makes the ordinary consent artefact (`consent_id`), or rejects it; unanswered,
 * it expires at `answer_by`. `consent_webhook` is where a client is told of the outcome.
 */
export class Migration20261210000000ConsentRequests extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table consent_request (
        id uuid primary key,
        client_id uuid not null references api_client (id),
        client_name text not null,
        citizen_cccd text not null check (citizen_cccd ~ '^[0-9]{12}$'),
        purpose_code text not null,
        purpose text not null check (purpose <> ''),
        scope jsonb not null,
        valid_from timestamptz not null,
        valid_to timestamptz not null,
        mode text not null check (mode in ('ONE_TIME', 'PERIODIC')),
        max_reads integer not null check (max_reads > 0),
        period text check (period in ('DAY', 'WEEK', 'MONTH')),
        retention_days integer not null check (retention_days >= 0),
        answer_by timestamptz not null,
        state text not null check (state in ('PENDING', 'APPROVED', 'REJECTED', 'EXPIRED')),
        created_at timestamptz not null,
        decided_at timestamptz,
        rejection_reason text,
        consent_id uuid references consent (id),
        check (valid_to > valid_from),
        check ((mode = 'ONE_TIME') = (period is null)),
        check ((state = 'APPROVED') = (consent_id is not null))
      );
      create index consent_request_citizen on consent_request (citizen_cccd, created_at desc);
      create index consent_request_client on consent_request (client_id, created_at desc);
      create index consent_request_pending on consent_request (answer_by) where state = 'PENDING';

      create table consent_webhook (
        client_id uuid primary key references api_client (id),
        url text not null,
        secret text not null,
        updated_at timestamptz not null
      );

      alter table api_client
        drop constraint api_client_scopes_check,
        add constraint api_client_scopes_check check (
          cardinality(scopes) > 0
          and scopes <@ array['datasets:read', 'rows:read', 'consent:read', 'consent:request', 'catalogue:read']::text[]);
    `);
  }
}
