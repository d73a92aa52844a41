import { Migration } from '@mikro-orm/migrations';

/**
 * A version's number is fixed when its upload is accepted (the job reserves it), so an older
 * upload finishing later can never become the newest version. Existing jobs keep the number
 * of the version they made; the others are numbered after them, in the order they came.
 */
export class Migration20261207100000VersionOrder extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table ingestion_job add column version_number integer;
      update ingestion_job j set version_number = v.number from dataset_version v where v.id = j.version_id;
      update ingestion_job j set version_number = numbered.number
        from (select o.id, coalesce((select max(number) from dataset_version v where v.dataset_id = o.dataset_id), 0)
                     + row_number() over (partition by o.dataset_id order by o.created_at, o.id) as number
                from ingestion_job o where o.version_number is null) numbered
       where numbered.id = j.id;
      alter table ingestion_job alter column version_number set not null;
      create unique index ingestion_job_version_number_unique on ingestion_job (dataset_id, version_number);
    `);
  }
}
