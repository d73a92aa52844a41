import { ArrayType, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { OfficialRole } from '../../shared/viewer';

/** An official's account. For now only what the development sign-in needs. */
@Entity({ tableName: 'official' })
@Unique({ properties: ['provinceCode', 'accountName'] })
export class Official {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  provinceCode!: string;

  @Property({ type: 'text' })
  accountName!: string;

  @Property({ type: 'text' })
  fullName!: string;

  @Property({ type: 'uuid' })
  agencyId!: string;

  @Property({ type: ArrayType })
  roles!: OfficialRole[];
}
