/**
 * Exact row counts per (version, filter). A version's table never changes after ingestion,
 * so a count stays true for as long as the version exists; an in-memory LRU per process is
 * enough (each replica warms its own). The promise is cached, so concurrent requests for the
 * same count share one statement; a failed count is forgotten.
 */
export class TotalsCache {
  private readonly entries = new Map<string, Promise<number>>();

  constructor(private readonly capacity: number) {}

  get(key: string, count: () => Promise<number>): Promise<number> {
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const counting = count();
    this.entries.set(key, counting);
    counting.catch(() => this.entries.delete(key));
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return counting;
  }
}

/** Shared by every request of this process; keys start with the version id. */
export const rowTotals = new TotalsCache(10_000);
