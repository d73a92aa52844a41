import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 20: a module's SQL reads only its own tables, and other modules' data through the views
 * those modules publish (listed in their manifests, modules/<m>/index.ts). Plain views, which the
 * planner inlines: the searches that join them stay one statement each.
 */
export class Migration20261212000000PublishedViews extends Migration {
  async up(): Promise<void> {
    // agencies: who an agency is, for searching and faceting by owner.
    this.addSql(`create view agency_directory as select id, province_code, code, name from agency;`);
    // datastore: which files became a version, for the catalogue's listing of formats.
    this.addSql(`create view dataset_version_file as select dataset_id, distribution_id from dataset_version;`);
    // catalog: open data (002 §20.1) with its publisher, for recognising harvested copies of it.
    this.addSql(`
      create view open_dataset as
        select d.id, d.slug, d.title, d.province_code, a.name as publisher
          from dataset d join agency_directory a on a.id = d.owner_agency_id
         where d.published_at is not null and d.access_level = 'PUBLIC';`);
  }

  async down(): Promise<void> {
    this.addSql('drop view open_dataset; drop view dataset_version_file; drop view agency_directory;');
  }
}
