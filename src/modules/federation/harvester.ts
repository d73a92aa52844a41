import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock';
import { ckanConnector } from './connectors/ckan';
import { dcatConnector } from './connectors/dcat';
import { hubConnector } from './connectors/hub';
import type { Connector, RemoteRecord } from './connectors/types';
import { HarvestedDataset, HarvestRun, HarvestSource, type SourceKind } from './entities';
import { identityOf } from './identity';

const connectors: Record<SourceKind, Connector> = { HUB: hubConnector, CKAN: ckanConnector, DCAT: dcatConnector };
/** Progress is written every this many records, so a watcher sees the run advance. */
const progressEvery = 50;
/** Reasons kept in the report; the count goes on past them. */
const maxFailuresKept = 100;

/** The fields a harvest compares to tell an update from an unchanged record. */
function fieldsOf(record: RemoteRecord) {
  return {
    originalUrl: webUrlOrNull(record.originalUrl),
    identifier: identityOf(record),
    title: record.title,
    description: record.description,
    keywords: record.keywords,
    publisher: record.publisher,
    provinceCode: record.provinceCode,
    licence: record.licence,
    downloadUrl: webUrlOrNull(record.downloadUrl),
    mediaType: record.mediaType,
    modifiedAt: record.modifiedAt,
  };
}

/** Links a source gives are shown to users and redirected to: only http(s) ones are kept. */
function webUrlOrNull(value: string | null): string | null {
  if (!value) return null;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol) ? value : null;
  } catch {
    return null;
  }
}

function changed(existing: HarvestedDataset, fields: ReturnType<typeof fieldsOf>): boolean {
  // Dates compare as instants: JSON writes both sides the same way.
  return Object.entries(fields).some(
    ([key, value]) => JSON.stringify(existing[key as keyof HarvestedDataset] ?? null) !== JSON.stringify(value ?? null),
  );
}

/**
 * Runs one harvest: reads the source through its connector, creates, updates and (for a
 * complete read) deletes the harvested copies, and keeps the run's progress and report. Any
 * failure of the source fails this run only, and deletes nothing.
 */
export class Harvester {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async run(runId: string): Promise<void> {
    const run = await this.em.findOne(HarvestRun, { id: runId });
    if (!run || run.state !== 'QUEUED') return;
    const source = await this.em.findOneOrFail(HarvestSource, { id: run.sourceId });
    run.state = 'RUNNING';
    run.startedAt = this.clock.now();
    await this.em.flush();
    try {
      await this.harvest(source, run);
      run.state = 'SUCCEEDED';
    } catch (error) {
      run.state = 'FAILED';
      run.error = (error as Error).message;
    }
    run.finishedAt = this.clock.now();
    await this.em.flush();
  }

  private async harvest(source: HarvestSource, run: HarvestRun): Promise<void> {
    const read = connectors[source.kind].read(source, { incremental: run.incremental });
    const seen = new Set<string>();
    const touched: string[] = [];
    for await (const item of read.items) {
      run.seen += 1;
      if ('failure' in item) {
        run.failed += 1;
        if (run.failures.length < maxFailuresKept) run.failures = [...run.failures, item.failure];
      } else if ('deletedId' in item) {
        seen.add(item.deletedId);
        if (await this.markDeleted(source.id, [item.deletedId])) run.deleted += 1;
      } else {
        seen.add(item.record.originalId);
        const outcome = await this.upsert(source, item.record);
        if (outcome.kind !== 'unchanged') {
          run[outcome.kind] += 1;
          touched.push(outcome.id);
        }
      }
      if (run.seen % progressEvery === 0) await this.em.flush();
    }
    await this.em.flush();
    if (read.complete) run.deleted += await this.deleteUnseen(source.id, seen);
    source.modifiedWatermark = read.watermark();
    await this.em.flush();
    await refreshHarvestedSearch(this.em, touched);
  }

  private async upsert(source: HarvestSource, record: RemoteRecord): Promise<{ kind: 'created' | 'updated' | 'unchanged'; id: string }> {
    const now = this.clock.now();
    const fields = fieldsOf(record);
    const existing = await this.em.findOne(HarvestedDataset, { sourceId: source.id, originalId: record.originalId });
    if (!existing) {
      const created = this.em.create(HarvestedDataset, {
        id: randomUUID(),
        sourceId: source.id,
        originalId: record.originalId,
        firstHarvestedAt: now,
        harvestedAt: now,
        ...fields,
      });
      return { kind: 'created', id: created.id };
    }
    const kind = existing.deletedAt || changed(existing, fields) ? 'updated' : 'unchanged';
    this.em.assign(existing, { ...fields, harvestedAt: now, deletedAt: null });
    return { kind, id: existing.id };
  }

  /** Live copies among `originalIds` marked deleted; how many there were. */
  private async markDeleted(sourceId: string, originalIds: string[]): Promise<number> {
    const live = await this.em.find(HarvestedDataset, { sourceId, originalId: { $in: originalIds }, deletedAt: null });
    for (const dataset of live) dataset.deletedAt = this.clock.now();
    return live.length;
  }

  private async deleteUnseen(sourceId: string, seen: Set<string>): Promise<number> {
    const live = await this.em.find(HarvestedDataset, { sourceId, deletedAt: null }, { fields: ['id', 'originalId', 'deletedAt'] });
    const gone = live.filter((dataset) => !seen.has(dataset.originalId));
    for (const dataset of gone) dataset.deletedAt = this.clock.now();
    await this.em.flush();
    return gone.length;
  }
}

/** The search document of harvested copies, weighted like local datasets' so ranks compare. */
async function refreshHarvestedSearch(em: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await em.execute(
    `update harvested_dataset h set search_vector =
        setweight(to_tsvector('simple', unaccent(lower(h.title))), 'A')
     || setweight(to_tsvector('simple', unaccent(lower(array_to_string(h.keywords, ' ')))), 'B')
     || setweight(to_tsvector('simple', unaccent(lower(coalesce(h.publisher, '')))), 'C')
     || setweight(to_tsvector('simple', unaccent(lower(h.description))), 'D')
     where h.id in (?)`,
    [ids],
  );
}
