import { Migration } from '@mikro-orm/migrations';

/**
 * After a grant (002 §26.3, §28.4, §31.8): onward sharing to a third party with the consent of
 * both DIC and the owner, error reports on supplied data and their answers, and an index for
 * the usage report that DIC reads from the audit log's grant reads and denials.
 */
export class Migration20261123161000AccessReports extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table onward_sharing_request (
        id uuid primary key,
        grant_id uuid not null references access_grant (id),
        dataset_id uuid not null references dataset (id) on delete cascade,
        owner_agency_id uuid not null references agency (id),
        province_code text not null,
        requester_agency_id uuid not null references agency (id),
        submitted_by uuid not null,
        third_party_name text not null check (length(btrim(third_party_name)) > 0),
        third_party_tax_code text,
        purpose text not null check (length(btrim(purpose)) > 0),
        columns text[] not null check (cardinality(columns) > 0),
        state text not null check (state in ('PENDING', 'APPROVED', 'REJECTED')),
        submitted_at timestamptz not null,
        dic_consent text check (dic_consent in ('CONSENT', 'REFUSE')),
        dic_decided_by uuid,
        dic_decided_at timestamptz,
        dic_reason text,
        owner_consent text check (owner_consent in ('CONSENT', 'REFUSE')),
        owner_decided_by uuid,
        owner_decided_at timestamptz,
        owner_reason text,
        effective_at timestamptz,
        -- 002 §26.3: effective only with both consents; a refusal states its reason.
        check (state <> 'APPROVED' or (dic_consent = 'CONSENT' and owner_consent = 'CONSENT' and effective_at is not null)),
        check (dic_consent is distinct from 'REFUSE' or length(btrim(coalesce(dic_reason, ''))) > 0),
        check (owner_consent is distinct from 'REFUSE' or length(btrim(coalesce(owner_reason, ''))) > 0)
      );`);
    this.addSql('create index onward_sharing_requester_idx on onward_sharing_request (requester_agency_id, submitted_at desc);');
    this.addSql("create index onward_sharing_pending_idx on onward_sharing_request (province_code, submitted_at) where state = 'PENDING';");
    this.addSql(`
      create table data_error_report (
        id uuid primary key,
        dataset_id uuid not null references dataset (id) on delete cascade,
        owner_agency_id uuid not null references agency (id),
        reporter_agency_id uuid not null references agency (id),
        reported_by uuid not null,
        description text not null check (length(btrim(description)) > 0),
        row_numbers integer[] not null default '{}',
        columns text[] not null default '{}',
        status text not null check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
        reported_at timestamptz not null,
        answer text,
        answered_by uuid,
        answered_at timestamptz,
        closed_by uuid,
        closed_at timestamptz,
        check (status = 'OPEN' or answer is not null or closed_at is not null)
      );`);
    this.addSql('create index data_error_report_dataset_idx on data_error_report (dataset_id, reported_at);');
    this.addSql(
      "create index audit_event_grant_use_idx on audit_event (action, seq) where action in ('access.grant_read', 'access.read_denied');",
    );
  }
}
