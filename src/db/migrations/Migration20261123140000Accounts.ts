import { Migration } from '@mikro-orm/migrations';

/** Officials' accounts by 003 (Decision 831/QĐ-UBND): passwords, lifecycle, sign-in throttling. */
export class Migration20261123140000Accounts extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table official
        add column status text not null default 'ACTIVE' check (status in ('ACTIVE', 'LOCKED', 'REVOKED')),
        add column lock_reason text check (lock_reason in ('LEFT', 'INACTIVITY', 'COMPROMISED', 'MISUSE')),
        add column lock_note text,
        add column locked_at timestamptz,
        add column revoked_at timestamptz,
        add column password_hash text,
        add column must_change_password boolean not null default false,
        add column password_changed_at timestamptz,
        add column last_active_at timestamptz,
        -- when the account (re)started counting activity: creation or restore (003 §6.2a)
        add column active_since timestamptz not null default now(),
        add column created_at timestamptz not null default now(),
        add column requested_by text,
        add column request_reference text,
        add column left_at timestamptz,
        add column lock_due_at timestamptz,
        add column revoke_due_at timestamptz,
        -- a locked or revoked account says why; an active one has no reason
        add constraint official_lock_reason check ((status = 'ACTIVE') = (lock_reason is null));`);
    this.addSql('create index official_agency_idx on official (agency_id);');
    this.addSql(`create index official_sweep_idx on official (status) where status <> 'REVOKED';`);
    // Failed sign-ins per (province, account name) — also for names that do not exist, so the
    // throttle cannot tell which accounts exist. In the database so it holds across replicas.
    this.addSql(`
      create table sign_in_throttle (
        province_code text not null,
        account_name text not null,
        failures integer not null,
        window_started_at timestamptz not null,
        blocked_until timestamptz,
        primary key (province_code, account_name)
      );`);
  }
}
