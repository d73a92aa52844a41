import { Migration } from '@mikro-orm/migrations';

/**
 * 002 §30, §27.1: the catalogue of shared data. DIC confirms a RESTRICTED dataset for it
 * (`shared_listed_at`): its metadata is then listed to officials of every agency of the province
 * and to partner clients with the new `catalogue:read` scope; rows stay behind the grants. DIC may
 * also make the metadata public (`metadata_public`), only for a listed dataset.
 */
export class Migration20261209000000SharedCatalogue extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table dataset
        add column shared_listed_at timestamptz,
        add column metadata_public boolean not null default false,
        add constraint dataset_metadata_public_listed check (not metadata_public or shared_listed_at is not null);`);
    this.addSql(`create index dataset_shared_listed on dataset (province_code) where shared_listed_at is not null;`);
    this.addSql(`
      alter table api_client
        drop constraint api_client_scopes_check,
        add constraint api_client_scopes_check check (
          cardinality(scopes) > 0 and scopes <@ array['datasets:read', 'rows:read', 'consent:read', 'catalogue:read']::text[]);`);
  }
}
