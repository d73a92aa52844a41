import type { EntityManager } from '@mikro-orm/postgresql';

export type DemandKind = 'downloads' | 'apiReads';

interface DayCounts {
  datasetId: string;
  day: string;
  downloads: number;
  apiReads: number;
}

/**
 * 002 §20.1h demand — downloads and API reads per dataset and day — counted in this process's
 * memory and written in one statement at each flush (every HUB_DEMAND_FLUSH_SECONDS and when the
 * hub stops): answering a read or a download writes nothing (issue 16; before, every row page
 * committed an upsert and an update). A process that dies loses at most one interval's counts;
 * replicas each add their own. Readers of demand (`usage`, `usageTotal`, MOST_USED) see counts
 * once flushed.
 */
export class DemandCounts {
  private pending = new Map<string, DayCounts>();
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly entityManager: () => EntityManager) {}

  add(datasetId: string, day: string, kind: DemandKind): void {
    this.merge({ datasetId, day, downloads: kind === 'downloads' ? 1 : 0, apiReads: kind === 'apiReads' ? 1 : 0 });
  }

  /** Writes what was counted since the last flush; counts a failed write could not take wait for the next. */
  flush(): Promise<void> {
    this.writing = this.writing.catch(() => undefined).then(() => this.write());
    return this.writing;
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const counts = [...this.pending.values()];
    this.pending = new Map();
    try {
      // A dataset deleted since its reads were counted (a withdrawn DRAFT) is skipped.
      await this.entityManager().execute(
        `with counted as (
           select c.* from jsonb_to_recordset(?::jsonb) as c(dataset_id uuid, day date, downloads integer, api_reads integer)
            where exists (select 1 from dataset d where d.id = c.dataset_id)),
         written as (
           insert into dataset_usage (dataset_id, day, downloads, api_reads)
           select dataset_id, day, downloads, api_reads from counted
           on conflict (dataset_id, day) do update
             set downloads = dataset_usage.downloads + excluded.downloads, api_reads = dataset_usage.api_reads + excluded.api_reads)
         update dataset d set usage_total = d.usage_total + t.total
           from (select dataset_id, sum(downloads + api_reads) as total from counted group by dataset_id) t
          where d.id = t.dataset_id`,
        [JSON.stringify(counts.map((c) => ({ dataset_id: c.datasetId, day: c.day, downloads: c.downloads, api_reads: c.apiReads })))],
      );
    } catch (error) {
      for (const unwritten of counts) this.merge(unwritten);
      throw error;
    }
  }

  private merge(counts: DayCounts): void {
    const key = `${counts.datasetId}/${counts.day}`;
    const held = this.pending.get(key);
    if (!held) this.pending.set(key, { ...counts });
    else {
      held.downloads += counts.downloads;
      held.apiReads += counts.apiReads;
    }
  }
}
