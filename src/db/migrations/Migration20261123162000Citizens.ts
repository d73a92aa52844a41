import { Migration } from '@mikro-orm/migrations';

/** Citizens' and organisations' accounts (000 §8–§9), SMS one-time codes, and SSO links (002 §14). */
export class Migration20261123162000Citizens extends Migration {
  async up(): Promise<void> {
    // Raised by every lock, so tokens issued before it stay refused even after a restore.
    this.addSql('alter table official add column session_version integer not null default 0;');
    this.addSql(`
      create table citizen (
        id uuid primary key,
        province_code text not null references province (code),
        account_type text not null check (account_type in ('INDIVIDUAL', 'ORGANISATION', 'ENTERPRISE')),
        account_name text not null,
        password_hash text not null,
        full_name text not null,
        date_of_birth date,
        gender text check (gender in ('MALE', 'FEMALE', 'OTHER')),
        phone text not null,
        email text,
        identity_kind text not null check (identity_kind in ('CCCD', 'CMND', 'TAX_CODE')),
        identity_number text not null,
        id_issued_on date,
        id_issued_place text,
        address_province text,
        address_district text,
        address_commune text,
        house_number text,
        street text,
        status text not null check (status in ('PENDING_VERIFICATION', 'ACTIVE', 'LOCKED')),
        created_at timestamptz not null,
        verified_at timestamptz,
        last_active_at timestamptz,
        -- 000 §8.4: one identity, one account, within the province's app
        constraint citizen_province_code_account_name_unique unique (province_code, account_name),
        constraint citizen_province_code_identity_number_unique unique (province_code, identity_number),
        constraint citizen_province_code_phone_unique unique (province_code, phone)
      );`);
    // Only a keyed hash of the code is kept: a database dump does not reveal live codes.
    this.addSql(`
      create table citizen_otp (
        id uuid primary key,
        citizen_id uuid not null references citizen (id) on delete cascade,
        phone text not null,
        code_hash text not null,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        attempts integer not null default 0,
        used_at timestamptz
      );`);
    this.addSql('create index citizen_otp_phone_idx on citizen_otp (phone, created_at);');
    this.addSql('create index citizen_otp_citizen_idx on citizen_otp (citizen_id, created_at);');
    // The development SMS gateway: messages land here instead of on a phone.
    this.addSql(`
      create table sms_outbox (
        id bigserial primary key,
        phone text not null,
        body text not null,
        created_at timestamptz not null
      );`);
    this.addSql('create index sms_outbox_phone_idx on sms_outbox (phone, id);');
    // An external identity provider's subject, linked once to an official (002 §3.2a, §14).
    this.addSql(`
      create table sso_link (
        issuer text not null,
        subject text not null,
        official_id uuid not null references official (id) on delete cascade,
        linked_at timestamptz not null,
        primary key (issuer, subject),
        constraint sso_link_issuer_official_unique unique (issuer, official_id)
      );`);
    // A started authorization-code flow: the PKCE verifier and nonce stay on the server.
    this.addSql(`
      create table sso_flow (
        state text primary key,
        code_verifier text not null,
        nonce text not null,
        link_official_id uuid references official (id) on delete cascade,
        created_at timestamptz not null
      );`);
  }
}
