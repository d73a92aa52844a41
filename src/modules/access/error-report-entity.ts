import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export const errorReportStatuses = ['OPEN', 'ANSWERED', 'CLOSED'] as const;
export type ErrorReportStatus = (typeof errorReportStatuses)[number];

/** A grantee's report of errors in supplied data, and the owner's answer (002 §28.4). */
@Entity({ tableName: 'data_error_report' })
export class DataErrorReport {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  @Property({ type: 'uuid' })
  ownerAgencyId!: string;

  @Property({ type: 'uuid' })
  reporterAgencyId!: string;

  @Property({ type: 'uuid' })
  reportedBy!: string;

  @Property({ type: 'text' })
  description!: string;

  /** Source line numbers (the header is line 1), as datasetRows reports them. */
  @Property({ type: new ArrayType((item) => Number(item)), columnType: 'integer[]' })
  rowNumbers!: number[];

  @Property({ type: ArrayType })
  columns!: string[];

  @Enum({ items: () => errorReportStatuses as unknown as string[], type: 'text' })
  status!: ErrorReportStatus;

  @Property({ type: 'timestamptz' })
  reportedAt!: Date;

  @Property({ type: 'text', nullable: true })
  answer?: string | null;

  @Property({ type: 'uuid', nullable: true })
  answeredBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  closedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;
}
