import { Migration } from '@mikro-orm/migrations';

/** Broadcast notifications to app users (000 §14) and citizens' feedback with satisfaction (000 §7.3). */
export class Migration20261123167000Engagement extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table broadcast (
        id uuid primary key,
        province_code text not null references province (code),
        agency_id uuid not null references agency (id),
        requested_by uuid not null,
        title text not null check (title <> ''),
        body text not null check (body <> ''),
        reason text not null check (reason <> ''),
        link text,
        status text not null check (status in ('PENDING', 'PUBLISHED', 'REJECTED')),
        requested_at timestamptz not null,
        decided_by uuid,
        decided_at timestamptz,
        rejection_reason text,
        published_at timestamptz,
        check ((status = 'PUBLISHED') = (published_at is not null)),
        check (status <> 'REJECTED' or rejection_reason <> '')
      );
      create index broadcast_feed on broadcast (province_code, published_at desc, id desc) where status = 'PUBLISHED';
      create index broadcast_requests on broadcast (province_code, requested_at desc);

      create table feedback (
        id uuid primary key,
        province_code text not null references province (code),
        agency_id uuid not null references agency (id),
        citizen_id uuid not null references citizen (id),
        dataset_id uuid references dataset (id) on delete set null,
        dataset_slug text,
        service_name text,
        subject text not null check (subject <> ''),
        text text not null check (text <> ''),
        status text not null check (status in ('RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
        response text,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        resolved_at timestamptz,
        rating integer check (rating between 1 and 5),
        rated_at timestamptz,
        check ((dataset_slug is null) <> (service_name is null)),
        check (rating is null or status in ('RESOLVED', 'CLOSED'))
      );
      create index feedback_agency on feedback (agency_id, created_at desc, id desc);
      create index feedback_dataset on feedback (dataset_id, created_at desc, id desc);
      create index feedback_citizen on feedback (citizen_id, created_at desc);
    `);
  }
}
