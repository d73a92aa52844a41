import { Migration } from '@mikro-orm/migrations';

/** The e-form (002 §27.2): requests for non-public data, the owner's decisions and the grants they create. */
export class Migration20261123150000Access extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table access_request (
        id uuid primary key,
        dataset_id uuid not null references dataset (id) on delete cascade,
        owner_agency_id uuid not null references agency (id),
        province_code text not null,
        requester_kind text not null check (requester_kind in ('AGENCY')),
        requester_agency_id uuid not null references agency (id),
        submitted_by uuid not null,
        purpose text not null,
        legal_basis text not null,
        requested_columns text[] not null check (cardinality(requested_columns) > 0),
        delivery_form text not null check (delivery_form in ('API', 'FILE')),
        period_from date not null,
        period_to date not null,
        access_frequency text not null,
        contact_name text not null,
        contact_email text,
        contact_phone text,
        no_onward_sharing boolean not null check (no_onward_sharing),
        fees_acknowledged boolean not null,
        state text not null check (state in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
        submitted_at timestamptz not null,
        decided_by uuid,
        decided_at timestamptz,
        decision_reason text,
        check (period_to > period_from),
        check (contact_email is not null or contact_phone is not null),
        -- 002 §27.2: a refusal is answered in writing with its reasons.
        check (state <> 'REJECTED' or length(btrim(coalesce(decision_reason, ''))) > 0)
      );`);
    this.addSql("create index access_request_owner_pending_idx on access_request (owner_agency_id, submitted_at) where state = 'PENDING';");
    this.addSql('create index access_request_requester_idx on access_request (requester_agency_id, submitted_at desc);');
    this.addSql(`
      create table access_grant (
        id uuid primary key,
        request_id uuid not null unique references access_request (id),
        dataset_id uuid not null references dataset (id) on delete cascade,
        grantee_agency_id uuid not null references agency (id),
        allowed_columns text[] not null check (cardinality(allowed_columns) > 0),
        valid_from timestamptz not null,
        valid_to timestamptz not null,
        granted_by uuid not null,
        granted_at timestamptz not null,
        revoked_at timestamptz,
        revoked_by uuid,
        revoke_reason text,
        check (valid_to > valid_from),
        check (revoked_at is null or length(btrim(coalesce(revoke_reason, ''))) > 0)
      );`);
    this.addSql('create index access_grant_lookup_idx on access_grant (dataset_id, grantee_agency_id);');
  }
}
