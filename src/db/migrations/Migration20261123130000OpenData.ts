import { Migration } from '@mikro-orm/migrations';

export class Migration20261123130000OpenData extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table dataset_usage (
        dataset_id uuid not null references dataset (id) on delete cascade,
        day date not null,
        downloads integer not null default 0 check (downloads >= 0),
        api_reads integer not null default 0 check (api_reads >= 0),
        primary key (dataset_id, day)
      );`);
    // Running total behind the "most used" order, so that order needs no aggregate per page.
    this.addSql('alter table dataset add column usage_total bigint not null default 0;');
    this.addSql('create index dataset_most_used_idx on dataset (usage_total desc, created_at desc, id desc);');
  }
}
