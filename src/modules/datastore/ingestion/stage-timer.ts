/** The stages of one ingestion, in the order they run (scan overlaps copy: it runs inside it). */
export const ingestionStages = ['open', 'scan', 'copy', 'codeLists', 'typing', 'indexes', 'servedCsv', 'publish'] as const;
export type IngestionStage = (typeof ingestionStages)[number];

/** Told how long each stage of a job took (the benchmark's profile; a log in production). */
export type StageListener = (jobId: string, stage: IngestionStage, milliseconds: number) => void;

/** Times the stages of one job; `add` for time summed over many pieces (the scan of each chunk). */
export class StageTimer {
  private readonly sums = new Map<IngestionStage, number>();

  constructor(
    private readonly jobId: string,
    private readonly listener?: StageListener,
  ) {}

  async time<T>(stage: IngestionStage, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(stage, performance.now() - started);
    }
  }

  add(stage: IngestionStage, milliseconds: number): void {
    this.sums.set(stage, (this.sums.get(stage) ?? 0) + milliseconds);
  }

  /** Reports every stage timed so far, once. */
  report(): void {
    if (!this.listener) return;
    for (const [stage, milliseconds] of this.sums) this.listener(this.jobId, stage, milliseconds);
    this.sums.clear();
  }
}
