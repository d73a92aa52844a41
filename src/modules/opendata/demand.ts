export type DemandKind = 'downloads' | 'apiReads';

/** One dataset's demand on one day, as counted since the last flush. */
export interface DayCounts {
  datasetId: string;
  day: string;
  downloads: number;
  apiReads: number;
}

/**
 * 002 §20.1h demand — downloads and API reads per dataset and day — counted in this process's
 * memory and written in one transaction at each flush (every HUB_DEMAND_FLUSH_SECONDS and when the
 * hub stops): answering a read or a download writes nothing (issue 16; before, every row page
 * committed an upsert and an update). A process that dies loses at most one interval's counts;
 * replicas each add their own. Readers of demand (`usage`, `usageTotal`, MOST_USED) see counts
 * once flushed.
 */
export class DemandCounts {
  private pending = new Map<string, DayCounts>();
  private writing: Promise<void> = Promise.resolve();

  /** `write`: stores one flush's counts in one transaction (OpenDataService.writeDemand, through a unit of work). */
  constructor(private readonly write: (counts: readonly DayCounts[]) => Promise<void>) {}

  add(datasetId: string, day: string, kind: DemandKind): void {
    this.merge({ datasetId, day, downloads: kind === 'downloads' ? 1 : 0, apiReads: kind === 'apiReads' ? 1 : 0 });
  }

  /** Writes what was counted since the last flush; counts a failed write could not take wait for the next. */
  flush(): Promise<void> {
    this.writing = this.writing.catch(() => undefined).then(() => this.writePending());
    return this.writing;
  }

  private async writePending(): Promise<void> {
    if (this.pending.size === 0) return;
    const counts = [...this.pending.values()];
    this.pending = new Map();
    try {
      await this.write(counts);
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
