import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Demand for one dataset on one day (002 §20.1h: priority to data in high demand). */
@Entity({ tableName: 'dataset_usage' })
export class DatasetUsage {
  @PrimaryKey({ type: 'uuid' })
  datasetId!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' })
  downloads: number = 0;

  @Property({ type: 'integer' })
  apiReads: number = 0;
}
