import { Migration } from '@mikro-orm/migrations';

/**
 * Each audit event is signed with a key the database does not hold (issue 14 item 7). Events
 * from before this migration stay unsigned; verification reports them as such.
 */
export class Migration20261207000000AuditSignatures extends Migration {
  async up(): Promise<void> {
    // The append-only trigger refuses updates, and this only adds columns: no row is rewritten.
    this.addSql('alter table audit_event add column key_id text, add column signature text;');
  }

  async down(): Promise<void> {
    this.addSql('alter table audit_event drop column key_id, drop column signature;');
  }
}
