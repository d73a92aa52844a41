import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Foundation } from './Migration20261123000000Foundation';
import { Migration20261123100000Datastore } from './Migration20261123100000Datastore';

/** Listed by hand so that compiled and test runs find the same migrations, in order. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123000000Foundation', class: Migration20261123000000Foundation },
  { name: 'Migration20261123100000Datastore', class: Migration20261123100000Datastore },
];
