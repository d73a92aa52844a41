import { Migration } from '@mikro-orm/migrations';

/**
 * Partner organisations and their API clients (002 §27.1b): OAuth2 client credentials, and
 * partner organisations as requesters and grantees of the e-form (002 §27.2).
 */
export class Migration20261123160000Clients extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table partner_organisation (
        id uuid primary key,
        province_code text not null references province (code),
        name text not null check (length(btrim(name)) > 0),
        tax_code text not null check (tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'),
        contact_name text not null,
        contact_email text,
        contact_phone text,
        registered_by uuid not null,
        registered_at timestamptz not null,
        unique (province_code, tax_code),
        check (contact_email is not null or contact_phone is not null)
      );`);
    this.addSql(`
      create table api_client (
        id uuid primary key,
        organisation_id uuid not null references partner_organisation (id),
        name text not null check (length(btrim(name)) > 0),
        scopes text[] not null check (cardinality(scopes) > 0 and scopes <@ array['datasets:read', 'rows:read', 'consent:read']::text[]),
        status text not null check (status in ('ACTIVE', 'REVOKED')),
        secret_hash text not null,
        created_by uuid not null,
        created_at timestamptz not null,
        secret_rotated_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid,
        revoke_reason text,
        last_used_at timestamptz,
        check ((status = 'REVOKED') = (revoked_at is not null))
      );`);
    this.addSql('create index api_client_organisation_idx on api_client (organisation_id);');
    // Failed token requests per presented client_id, whether or not it exists (like sign_in_throttle).
    this.addSql(`
      create table client_auth_throttle (
        client_id text primary key,
        failures integer not null,
        window_started_at timestamptz not null,
        blocked_until timestamptz
      );`);
    this.addSql(`
      alter table access_request
        drop constraint access_request_requester_kind_check,
        add constraint access_request_requester_kind_check check (requester_kind in ('AGENCY', 'ORGANISATION')),
        alter column requester_agency_id drop not null,
        add column requester_organisation_id uuid references partner_organisation (id),
        add constraint access_request_requester_check check (
          (requester_kind = 'AGENCY' and requester_agency_id is not null and requester_organisation_id is null)
          or (requester_kind = 'ORGANISATION' and requester_organisation_id is not null and requester_agency_id is null)
        );`);
    this.addSql('create index access_request_organisation_idx on access_request (requester_organisation_id, submitted_at desc);');
    this.addSql(`
      alter table access_grant
        alter column grantee_agency_id drop not null,
        add column grantee_organisation_id uuid references partner_organisation (id),
        add constraint access_grant_grantee_check check (num_nonnulls(grantee_agency_id, grantee_organisation_id) = 1);`);
    this.addSql('create index access_grant_organisation_idx on access_grant (dataset_id, grantee_organisation_id);');
  }
}
