import { Migration } from '@mikro-orm/migrations';

/** Agency mergers (REQUIREMENTS §10): who succeeded whom from when, and each dataset's change of owner. */
export class Migration20261123164500Succession extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table agency add column successor_id uuid references agency (id);

      create table agency_succession (
        id uuid primary key,
        predecessor_id uuid not null unique references agency (id),
        successor_id uuid not null references agency (id),
        effective_on date not null,
        reason text not null check (reason <> ''),
        decided_by uuid not null,
        decided_at timestamptz not null,
        datasets_moved integer not null,
        requests_moved integer not null,
        grants_moved integer not null,
        officials_moved integer not null,
        check (predecessor_id <> successor_id)
      );
      create index agency_succession_successor on agency_succession (successor_id);

      create table dataset_ownership_transfer (
        id uuid primary key,
        dataset_id uuid not null references dataset (id) on delete cascade,
        from_agency_id uuid not null references agency (id),
        to_agency_id uuid not null references agency (id),
        effective_on date not null,
        reason text not null,
        recorded_at timestamptz not null
      );
      create index dataset_ownership_transfer_dataset on dataset_ownership_transfer (dataset_id);
    `);
  }
}
