import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock';
import { ckanConnector } from './connectors/ckan';
import { dcatConnector } from './connectors/dcat';
import type { SourceFetcher } from './connectors/http';
import { hubConnector } from './connectors/hub';
import type { Connector, HarvestItem, RemoteRecord } from './connectors/types';
import { HarvestedDataset, HarvestRun, HarvestSource, type SourceKind } from './entities';
import { identityOf } from './identity';

const connectors: Record<SourceKind, Connector> = { HUB: hubConnector, CKAN: ckanConnector, DCAT: dcatConnector };
/** Records applied (and progress written) together. */
const batchSize = 100;
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
    private readonly fetcher: SourceFetcher,
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
    const read = connectors[source.kind].read(source, { incremental: run.incremental, fetcher: this.fetcher });
    let batch: HarvestItem[] = [];
    for await (const item of read.items) {
      batch.push(item);
      if (batch.length === batchSize) {
        await this.apply(source, run, batch);
        batch = [];
      }
    }
    await this.apply(source, run, batch);
    if (read.complete) run.deleted += await this.deleteUnseen(source.id, run.startedAt!);
    source.modifiedWatermark = read.watermark();
    await this.em.flush();
  }

  /**
   * One batch in a unit of work of its own, so a harvest costs a fixed number of statements per
   * batch and the identity map does not grow with the catalogue. Progress is written after each.
   */
  private async apply(source: HarvestSource, run: HarvestRun, items: HarvestItem[]): Promise<void> {
    if (items.length === 0) return;
    const em = this.em.fork();
    const now = this.clock.now();
    const records = items.flatMap((item) => ('record' in item ? [item.record] : []));
    const deletedIds = items.flatMap((item) => ('deletedId' in item ? [item.deletedId] : []));
    for (const item of items) {
      if (!('failure' in item)) continue;
      run.failed += 1;
      if (run.failures.length < maxFailuresKept) run.failures = [...run.failures, item.failure];
    }
    const originalIds = [...records.map((record) => record.originalId), ...deletedIds];
    const existing = new Map(
      (await em.find(HarvestedDataset, { sourceId: source.id, originalId: { $in: originalIds } })).map((dataset) => [
        dataset.originalId,
        dataset,
      ]),
    );
    const touched: string[] = [];
    for (const record of records) {
      const fields = fieldsOf(record);
      const current = existing.get(record.originalId);
      if (!current) {
        const created = em.create(HarvestedDataset, {
          id: randomUUID(),
          sourceId: source.id,
          originalId: record.originalId,
          firstHarvestedAt: now,
          harvestedAt: now,
          ...fields,
        });
        existing.set(record.originalId, created);
        run.created += 1;
        touched.push(created.id);
        continue;
      }
      if (current.deletedAt || changed(current, fields)) {
        run.updated += 1;
        touched.push(current.id);
      }
      // Unchanged copies are touched too: "harvested at" is when the source last listed them.
      em.assign(current, { ...fields, harvestedAt: now, deletedAt: null });
    }
    for (const originalId of deletedIds) {
      const current = existing.get(originalId);
      if (current && !current.deletedAt) {
        current.deletedAt = now;
        run.deleted += 1;
      }
    }
    await em.flush();
    await refreshHarvestedSearch(em, touched);
    run.seen += items.length;
    await this.em.flush();
  }

  /** After a complete read: live copies the source did not list this time were deleted there. */
  private deleteUnseen(sourceId: string, startedAt: Date): Promise<number> {
    return this.em.nativeUpdate(
      HarvestedDataset,
      { sourceId, deletedAt: null, harvestedAt: { $lt: startedAt } },
      { deletedAt: this.clock.now() },
    );
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
