import { Migration } from '@mikro-orm/migrations';

/**
 * A source may be harvested on a schedule: every so many hours, queued by a sweep. With sweeps on
 * every replica, "one unfinished harvest of a source" is held by the database as well.
 */
export class Migration20261123169000HarvestSchedule extends Migration {
  async up(): Promise<void> {
    this.addSql('alter table harvest_source add column interval_hours real check (interval_hours > 0);');
    // Runs left unfinished beside a newer one lost their worker before this index existed.
    this.addSql(`
      update harvest_run r set state = 'FAILED', finished_at = now(), error = 'Mất tiến trình thu thập (the worker was lost)'
      where r.state in ('QUEUED', 'RUNNING') and exists (
        select 1 from harvest_run n where n.source_id = r.source_id and n.state in ('QUEUED', 'RUNNING')
          and (n.requested_at, n.id) > (r.requested_at, r.id));`);
    this.addSql(`create unique index harvest_run_one_unfinished on harvest_run (source_id) where state in ('QUEUED', 'RUNNING');`);
  }

  async down(): Promise<void> {
    this.addSql('drop index harvest_run_one_unfinished;');
    this.addSql('alter table harvest_source drop column interval_hours;');
  }
}
