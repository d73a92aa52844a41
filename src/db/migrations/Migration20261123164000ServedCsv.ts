import { Migration } from '@mikro-orm/migrations';

/** The CSV open data serves for a version when its upload cannot be served as it is. */
export class Migration20261123164000ServedCsv extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table dataset_version
        add column served_sha256 text,
        add column served_byte_size bigint,
        add constraint dataset_version_served_both check ((served_sha256 is null) = (served_byte_size is null));
    `);
  }
}
