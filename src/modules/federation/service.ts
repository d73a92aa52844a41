import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock';
import { InputError, NotFoundError, type FieldProblem } from '../../shared/errors';
import { isUuid } from '../../shared/identifiers';
import { inTransaction } from '../../shared/transaction';
import { requireDic } from '../../shared/policy';
import type { Viewer } from '../../shared/viewer';
import type { CatalogService } from '../catalog/service';
import { SourceFetcher } from './connectors/http';
import { HarvestedDataset, HarvestRun, HarvestSource, sourceKinds, type SourceKind } from './entities';
import { federatedSearch, type FederatedPage, type FederatedQuery } from './federated-search';
import { HarvestedSearch } from './harvested-search';
import { Harvester } from './harvester';

export type { HarvestFailure, HarvestRun, HarvestSource, HarvestState, SourceKind } from './entities';
export { harvestStates, sourceKinds } from './entities';
export type { CatalogEntry, FederatedPage, FederatedQuery } from './federated-search';
export type { Origin } from './harvested-search';

export interface RegisterSourceInput {
  name: string;
  kind: SourceKind;
  url: string;
  provinceCode?: string | null;
  timeoutSeconds?: number | null;
  intervalHours?: number | null;
}

/** What the hub may fetch from sources (HarvestConfig in config.ts), and where it is itself. */
export interface HarvestSettings {
  /** The base of this hub's dataset IRIs: a harvested copy named by one is a copy of local data. */
  publicUrl: string;
  allowLoopback: boolean;
  allowedHosts: readonly string[];
  maxPageBytes: number;
}

/** Puts a harvest run on the job queue (pg-boss), for whichever replica's worker is free. */
export interface HarvestQueue {
  enqueue(runId: string): Promise<void>;
}

const defaultTimeoutSeconds = 10;
/** A schedule tighter than this would only load the source: a quarter of an hour. */
const minIntervalHours = 0.25;
/** How long the queue lets a harvest job run before taking its worker as dead. */
export const harvestExpirySeconds = 3600;

/**
 * What FederationService answers to resolvers, routes, pages and jobs: all but the methods that change state
 * without a viewer (harvests the scheduler starts and the worker runs), which are behind `services.trusted`.
 */
export type FederationApi = Omit<FederationService, 'enqueueDueHarvests' | 'runHarvest'>;

/**
 * Remote catalogues: DIC registers sources and asks for harvests; the worker runs them; anyone
 * searches local and harvested datasets together. Harvested copies are read-only here: no
 * operation edits them, only the next harvest of their source.
 */
export class FederationService {
  private readonly harvested: HarvestedSearch;
  private readonly fetcher: SourceFetcher;

  constructor(
    private readonly em: EntityManager,
    private readonly catalog: CatalogService,
    private readonly queue: HarvestQueue,
    private readonly clock: Clock,
    settings: HarvestSettings,
  ) {
    this.harvested = new HarvestedSearch(em, settings.publicUrl);
    this.fetcher = new SourceFetcher({
      policy: { allowLoopback: settings.allowLoopback, allowedHosts: settings.allowedHosts },
      maxPageBytes: settings.maxPageBytes,
    });
  }

  async registerSource(viewer: Viewer, input: RegisterSourceInput): Promise<HarvestSource> {
    const dic = requireDic(viewer, onlyDicManagesSources);
    const problems = sourceProblems(input);
    if (problems.length > 0) throw new InputError(problems);
    const url = input.url.trim();
    // Checked again on every connection of every harvest: names can be made to resolve elsewhere later.
    const refusal = await this.fetcher.refusalOfUrl(url);
    if (refusal) throw new InputError([{ field: 'url', message: refusal }]);
    if (await this.em.count(HarvestSource, { url })) {
      throw new InputError([{ field: 'url', message: 'nguồn này đã được đăng ký (this source is already registered)' }]);
    }
    const source = this.em.create(HarvestSource, {
      id: randomUUID(),
      name: input.name.trim(),
      kind: input.kind,
      url,
      provinceCode: input.provinceCode?.trim() || null,
      timeoutMs: Math.round((input.timeoutSeconds ?? defaultTimeoutSeconds) * 1000),
      intervalHours: input.intervalHours ?? null,
      registeredBy: dic.officialId,
      registeringProvinceCode: dic.provinceCode,
      registeredAt: this.clock.now(),
    });
    await this.em.flush();
    return source;
  }

  /** The next sweep counts the new interval from the last harvest asked for. */
  async setSchedule(viewer: Viewer, sourceId: string, intervalHours: number | null): Promise<HarvestSource> {
    const dic = requireDic(viewer, onlyDicManagesSources);
    const problem = intervalProblem(intervalHours);
    if (problem) throw new InputError([problem]);
    const source = await this.em.findOne(HarvestSource, { id: sourceId, registeringProvinceCode: dic.provinceCode });
    if (!source) throw new NotFoundError('Không có nguồn thu thập này (no such harvest source)');
    source.intervalHours = intervalHours;
    await this.em.flush();
    return source;
  }

  /** The sources DIC of the viewer's province registered. */
  sources(viewer: Viewer): Promise<HarvestSource[]> {
    const dic = requireDic(viewer, onlyDicManagesSources);
    return this.em.find(HarvestSource, { registeringProvinceCode: dic.provinceCode }, { orderBy: { name: 'asc' } });
  }

  /**
   * Queues a harvest, or returns the one already queued or running. CKAN sources read only what
   * changed since the last one unless `full`; the other kinds are always read whole, which is
   * how their deletions show.
   */
  async requestHarvest(viewer: Viewer, sourceId: string, full = false): Promise<HarvestRun> {
    const dic = requireDic(viewer, onlyDicManagesSources);
    const source = await this.em.findOne(HarvestSource, { id: sourceId, registeringProvinceCode: dic.provinceCode });
    if (!source) throw new NotFoundError('Không có nguồn thu thập này (no such harvest source)');
    return (await this.queueRun(source.id, dic.officialId, full)).run;
  }

  /**
   * Trusted (the schedule sweep): queues a harvest of every scheduled source whose last harvest
   * was asked for at least its interval ago, and returns the runs it queued.
   */
  async enqueueDueHarvests(): Promise<HarvestRun[]> {
    // One statement however long the history: the newest run of each source is found by the
    // (source_id, requested_at desc) index.
    const due = await this.em.execute<{ id: string }[]>(
      `select s.id from harvest_source s where s.interval_hours is not null and not exists (
         select 1 from harvest_run r where r.source_id = s.id and r.requested_at > ?::timestamptz - s.interval_hours * interval '1 hour')
       order by s.id`,
      [this.clock.now()],
    );
    const queued: HarvestRun[] = [];
    for (const { id } of due) {
      const { run, created } = await this.queueRun(id, null, false);
      if (created) queued.push(run);
    }
    return queued;
  }

  /**
   * One harvest of a source at a time: two would race on the same records. The source's row is
   * locked while looking, so DIC's request and the sweeps of several replicas cannot both queue
   * one (and a unique index holds it if anything else tried). A run unfinished after the queue's
   * expiry lost its worker: it is closed as failed, and a new one queued.
   */
  private async queueRun(sourceId: string, requestedBy: string | null, full: boolean): Promise<{ run: HarvestRun; created: boolean }> {
    const queued = await inTransaction(this.em, async () => {
      const source = await this.em.findOneOrFail(HarvestSource, { id: sourceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const now = this.clock.now();
      // The sweep saw the source due before taking its lock: another replica's sweep may have queued it since.
      if (requestedBy === null && source.intervalHours) {
        const since = new Date(now.getTime() - source.intervalHours * 3_600_000);
        const recent = await this.em.findOne(HarvestRun, { sourceId: source.id, requestedAt: { $gt: since } });
        if (recent) return { run: recent, created: false };
      }
      const unfinished = await this.em.findOne(HarvestRun, { sourceId: source.id, state: { $in: ['QUEUED', 'RUNNING'] } });
      if (unfinished && unfinished.requestedAt.getTime() > now.getTime() - harvestExpirySeconds * 1000) {
        return { run: unfinished, created: false };
      }
      if (unfinished) {
        unfinished.state = 'FAILED';
        unfinished.finishedAt = now;
        unfinished.error = `Mất tiến trình thu thập: chưa xong sau ${harvestExpirySeconds} giây (the worker was lost: not finished after ${harvestExpirySeconds} s)`;
        await this.em.flush();
      }
      const run = this.em.create(HarvestRun, {
        id: randomUUID(),
        sourceId: source.id,
        state: 'QUEUED',
        incremental: !full && source.kind === 'CKAN' && !!source.modifiedWatermark,
        requestedBy,
        requestedAt: now,
      });
      await this.em.flush();
      return { run, created: true };
    });
    if (queued.created) await this.queue.enqueue(queued.run.id);
    return queued;
  }

  async run(viewer: Viewer, runId: string): Promise<HarvestRun | null> {
    const dic = requireDic(viewer, onlyDicManagesSources);
    const run = await this.em.findOne(HarvestRun, { id: runId });
    if (!run) return null;
    return (await this.em.count(HarvestSource, { id: run.sourceId, registeringProvinceCode: dic.provinceCode })) ? run : null;
  }

  /** Trusted (the worker): runs a queued harvest to its end, success or failure. */
  runHarvest(runId: string): Promise<void> {
    return new Harvester(this.em, this.clock, this.fetcher).run(runId);
  }

  async latestRunsOf(sourceIds: readonly string[]): Promise<Map<string, HarvestRun>> {
    const runs = await this.em.find(HarvestRun, { sourceId: { $in: [...sourceIds] } }, { orderBy: { requestedAt: 'desc' } });
    const latest = new Map<string, HarvestRun>();
    for (const run of runs) if (!latest.has(run.sourceId)) latest.set(run.sourceId, run);
    return latest;
  }

  findSourcesByIds(ids: readonly string[]): Promise<HarvestSource[]> {
    return this.em.find(HarvestSource, { id: { $in: [...ids] } });
  }

  search(viewer: Viewer, query: FederatedQuery): Promise<FederatedPage> {
    return federatedSearch(viewer, query, this.catalog, this.harvested);
  }

  /** Where a harvested copy's file lives at its source: open data is fetched from there, not copied. */
  async downloadUrlOf(harvestedId: string): Promise<string> {
    const dataset = isUuid(harvestedId) ? await this.em.findOne(HarvestedDataset, { id: harvestedId, deletedAt: null }) : null;
    if (!dataset?.downloadUrl) throw new NotFoundError('Không có tệp cho dữ liệu thu thập này (no file for this harvested dataset)');
    return dataset.downloadUrl;
  }
}

const onlyDicManagesSources = 'Chỉ Sở Thông tin và Truyền thông quản lý nguồn thu thập (only DIC manages harvest sources)';

function sourceProblems(input: RegisterSourceInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.name?.trim()) problems.push({ field: 'name', message: 'bắt buộc (required)' });
  if (!sourceKinds.includes(input.kind)) problems.push({ field: 'kind', message: `một trong ${sourceKinds.join(', ')} (one of these)` });
  let url: URL | null = null;
  try {
    url = new URL(input.url.trim());
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol))
    problems.push({ field: 'url', message: 'phải là địa chỉ http(s) (must be an http(s) URL)' });
  const timeout = input.timeoutSeconds;
  if (timeout != null && !(timeout >= 0.1 && timeout <= 300))
    problems.push({ field: 'timeoutSeconds', message: 'từ 0,1 đến 300 giây (between 0.1 and 300 seconds)' });
  const interval = intervalProblem(input.intervalHours);
  if (interval) problems.push(interval);
  return problems;
}

function intervalProblem(interval: number | null | undefined): FieldProblem | null {
  if (interval == null || (interval >= minIntervalHours && interval <= 24 * 366)) return null;
  return { field: 'intervalHours', message: 'từ 0,25 giờ đến một năm (between 0.25 hours and a year)' };
}
