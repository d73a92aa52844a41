import PgBoss from 'pg-boss';
import { uncounted } from '../db/statement-counter';

export interface QueueOptions {
  connectionString: string;
  /** How often an idle worker looks for work. */
  pollingIntervalSeconds?: number;
  /** How often expired jobs (their worker died) are failed and so retried. */
  maintenanceIntervalSeconds?: number;
  /** pg-boss reports failures of its own (lost connection…) here rather than throwing. */
  onError: (error: Error) => void;
  /**
   * The start-up lock: pg-boss 10 deadlocks when two replicas create the same queue at once,
   * so its schema and queues are made one replica at a time.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
}

export interface QueueDefinition {
  name: string;
  /** A job running longer is taken as dead and retried: longer than any real run. */
  expireInSeconds: number;
  retryLimit: number;
  retryDelaySeconds: number;
  /** A queue (defined before this one) that receives each job the queue gives up on. */
  deadLetter?: string;
}

/**
 * Jobs shared by every replica through PostgreSQL (pg-boss 10: 11+ needs Node 22). Each
 * replica runs a worker; a job is fetched by one of them with SKIP LOCKED.
 */
/** Jobs of one queue in one state, for the operators' /metrics. */
export interface QueueBacklog {
  queue: string;
  state: 'created' | 'retry' | 'active';
  jobs: number;
  /** Seconds since the oldest of them was created. */
  oldestAgeSeconds: number;
}

export class JobQueue {
  /** This process's workers per queue: a job sent here wakes them instead of waiting for their next poll. */
  private readonly localWorkers = new Map<string, string[]>();
  private stopped = false;

  private constructor(
    private readonly boss: PgBoss,
    private readonly exclusively: QueueOptions['exclusively'],
  ) {}

  static async start(options: QueueOptions, queues: QueueDefinition[]): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString: options.connectionString,
      schema: 'pgboss',
      max: 2,
      ...(options.maintenanceIntervalSeconds ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds } : {}),
      ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
    });
    boss.on('error', options.onError);
    await options.exclusively(() => boss.start());
    const queue = new JobQueue(boss, options.exclusively);
    boss.on('stopped', () => {
      queue.stopped = true;
    });
    for (const definition of queues) await queue.define(definition);
    return queue;
  }

  /** Creates the queue if no replica has yet (pg-boss 10 deadlocks on two creations at once). */
  async define(queue: QueueDefinition): Promise<void> {
    const options = {
      name: queue.name,
      expireInSeconds: queue.expireInSeconds,
      retryLimit: queue.retryLimit,
      retryDelay: queue.retryDelaySeconds,
      ...(queue.deadLetter ? { deadLetter: queue.deadLetter } : {}),
    };
    await this.exclusively(async () => {
      await this.boss.createQueue(queue.name, options);
      // createQueue leaves an existing queue as it was: a dead letter added later needs the update.
      if (queue.deadLetter) await this.boss.updateQueue(queue.name, options);
    });
  }

  /**
   * Sends a job to the queue at each mark of `cron` (UTC), or stops doing so (null). The schedule
   * lives in the database and pg-boss's scheduler sends one job per mark for the whole cluster,
   * however many replicas ask.
   */
  async schedule(queue: string, cron: string | null): Promise<void> {
    if (cron) await this.boss.schedule(queue, cron, {}, { tz: 'UTC' });
    else await this.boss.unschedule(queue);
  }

  /** `retryDelaySeconds` overrides the queue's for this job (the queue keeps the delay it was created with). */
  async send(queue: string, data: object, options: { retryDelaySeconds?: number } = {}): Promise<void> {
    await this.boss.send(queue, data, options.retryDelaySeconds ? { retryDelay: options.retryDelaySeconds } : {});
    for (const worker of this.localWorkers.get(queue) ?? []) this.boss.notifyWorker(worker);
  }

  /** Runs `handler` for each job of the queue; a throw fails the attempt and pg-boss retries it. */
  async work<T extends object>(queue: string, handler: (data: T) => Promise<void>, pollingIntervalSeconds?: number): Promise<void> {
    const worker = await this.boss.work<T>(
      queue,
      { batchSize: 1, ...(pollingIntervalSeconds ? { pollingIntervalSeconds } : {}) },
      async ([job]) => {
        await uncounted(() => handler(job.data));
      },
    );
    this.localWorkers.set(queue, [...(this.localWorkers.get(queue) ?? []), worker]);
  }

  /** For /readyz: the queue was started, is not stopping, and reaches its tables on its own connections. */
  async check(): Promise<void> {
    if (this.stopped) throw new Error('the job queue is stopped');
    await this.boss.getDb().executeSql('select 1 from pgboss.version', []);
  }

  /** Jobs waiting, retrying or running, per queue, and the age of the oldest of each (the whole cluster's: they share the database). */
  async backlog(): Promise<QueueBacklog[]> {
    const { rows } = await this.boss.getDb().executeSql(
      `select name as queue, state::text as state, count(*)::int as jobs,
              coalesce(extract(epoch from now() - min(created_on)), 0)::float8 as "oldestAgeSeconds"
         from pgboss.job where state in ('created', 'retry', 'active') group by name, state`,
      [],
    );
    return rows as QueueBacklog[];
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
