import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { ClientScope } from '../../shared/viewer';

export const apiClientStatuses = ['ACTIVE', 'REVOKED'] as const;
export type ApiClientStatus = (typeof apiClientStatuses)[number];

/** A business or other non-state organisation that uses the API service (002 §27.1b), known by its tax code. */
@Entity({ tableName: 'partner_organisation' })
export class PartnerOrganisation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  provinceCode!: string;

  @Property({ type: 'text' })
  name!: string;

  /** Normalised by shared/identifiers: 10 digits, or 10-3 for a branch; unique in the province. */
  @Property({ type: 'text' })
  taxCode!: string;

  @Property({ type: 'text' })
  contactName!: string;

  @Property({ type: 'text', nullable: true })
  contactEmail?: string | null;

  @Property({ type: 'text', nullable: true })
  contactPhone?: string | null;

  @Property({ type: 'uuid' })
  registeredBy!: string;

  @Property({ type: 'timestamptz' })
  registeredAt!: Date;
}

/** One system of a partner organisation: OAuth2 client credentials (RFC 6749 §4.4) with the scopes DIC granted. */
@Entity({ tableName: 'api_client' })
export class ApiClient {
  /** Also the OAuth2 client_id. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organisationId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: ArrayType })
  scopes!: ClientScope[];

  @Enum({ items: () => apiClientStatuses as unknown as string[], type: 'text' })
  status!: ApiClientStatus;

  /** scrypt of the secret; the secret itself is shown once and kept nowhere. */
  @Property({ type: 'text', hidden: true })
  secretHash!: string;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  secretRotatedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  revokedBy?: string | null;

  @Property({ type: 'text', nullable: true })
  revokeReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;
}
