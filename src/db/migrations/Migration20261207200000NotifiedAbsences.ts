import { Migration } from '@mikro-orm/migrations';

/** 003 §6.2a: an absence notified with its reason and period does not count as inactivity. */
export class Migration20261207200000NotifiedAbsences extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table official
        add column absence_reason text,
        add column absent_from timestamptz,
        add column absent_until timestamptz;`);
  }
}
