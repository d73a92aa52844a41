import { Migration } from '@mikro-orm/migrations';

/**
 * Why ingestion typed each column of a file that came without a Table Schema (shown to the owner
 * who confirms it), and when a dataset's metadata last changed (a published dataset changed
 * after its approval needs the council again).
 */
export class Migration20261207000000SchemaInference extends Migration {
  async up(): Promise<void> {
    this.addSql('alter table ingestion_job add column schema_inference jsonb;');
    this.addSql('alter table dataset add column metadata_changed_at timestamptz;');
  }

  async down(): Promise<void> {
    this.addSql('alter table dataset drop column metadata_changed_at;');
    this.addSql('alter table ingestion_job drop column schema_inference;');
  }
}
