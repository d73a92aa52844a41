import { Migration } from '@mikro-orm/migrations';

/** A source may be harvested on a schedule: every so many hours, queued by a sweep. */
export class Migration20261123169000HarvestSchedule extends Migration {
  async up(): Promise<void> {
    this.addSql('alter table harvest_source add column interval_hours real check (interval_hours > 0);');
  }

  async down(): Promise<void> {
    this.addSql('alter table harvest_source drop column interval_hours;');
  }
}
