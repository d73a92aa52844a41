import { Migration } from '@mikro-orm/migrations';

export class Migration20261123120000Compliance extends Migration {
  async up(): Promise<void> {
    // One submission of a dataset to the council (002 §5.5): its automated checks, then its seats.
    this.addSql(`
      create table review_round (
        id uuid primary key,
        dataset_id uuid not null references dataset (id) on delete cascade,
        number integer not null,
        submitted_by uuid not null references official (id),
        submitted_at timestamptz not null,
        -- the version the council looks at; a later version asks for reconfirmation
        version_id uuid references dataset_version (id) on delete set null,
        version_number integer,
        outcome text not null check (outcome in ('CHECKS_FAILED', 'OPEN', 'COMPLIANT', 'REJECTED')),
        closed_at timestamptz,
        constraint review_round_dataset_number_unique unique (dataset_id, number)
      );`);
    this.addSql(`create unique index review_round_one_open_idx on review_round (dataset_id) where outcome = 'OPEN';`);
    this.addSql(`
      create table compliance_check (
        round_id uuid not null references review_round (id) on delete cascade,
        name text not null,
        passed boolean not null,
        detail text not null,
        position integer not null,
        primary key (round_id, name)
      );`);
    this.addSql(`
      create table seat_decision (
        round_id uuid not null references review_round (id) on delete cascade,
        seat text not null check (seat in ('PPC_OFFICE', 'DIC', 'OWNER')),
        decision text not null check (decision in ('APPROVE', 'REJECT')),
        reason text,
        decided_by uuid not null references official (id),
        decided_at timestamptz not null,
        -- a seat decides once per round, and one official holds one seat
        primary key (round_id, seat),
        constraint seat_decision_one_seat_per_official unique (round_id, decided_by),
        constraint seat_decision_reject_has_reason check (decision = 'APPROVE' or length(trim(coalesce(reason, ''))) > 0)
      );`);

    // The audit log: a hash chain whose head row is the lock that keeps appends in one line.
    this.addSql(`
      create table audit_head (
        id boolean primary key default true check (id),
        seq bigint not null,
        hash char(64) not null
      );`);
    this.addSql(`insert into audit_head (id, seq, hash) values (true, 0, repeat('0', 64));`);
    this.addSql(`
      create table audit_event (
        seq bigint primary key,
        at timestamptz not null,
        actor text not null,
        action text not null,
        subject_type text not null,
        subject_id text not null,
        details jsonb not null default '{}',
        reason text,
        prev_hash char(64) not null,
        hash char(64) not null
      );`);
    this.addSql('create index audit_event_subject_idx on audit_event (subject_type, subject_id, seq);');
    this.addSql(`
      create function audit_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only';
      end $$;`);
    this.addSql(`
      create trigger audit_event_append_only before update or delete on audit_event
        for each row execute function audit_event_append_only();`);
    this.addSql(`
      create trigger audit_event_no_truncate before truncate on audit_event
        for each statement execute function audit_event_append_only();`);
  }
}
