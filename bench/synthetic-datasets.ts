import { Readable } from 'node:stream';
import type { Hub } from '../src/app';
import type { AccessLevel, DataCategory } from '../src/modules/catalog/service';
import { approveBySampleCouncil } from './sample-council';

/** Seeded agencies of Ninh Thuận that own the synthetic datasets in turn. */
const owners = ['sotttt', 'catinh', 'vpub', 'soyt', 'bhxhtinh'];
const categories: DataCategory[] = ['SHARED', 'SECTORAL', 'SURVEY', 'STANDARDIZED'];

export interface SyntheticCounts {
  /** Published PUBLIC datasets: what an anonymous visitor lists. */
  open: number;
  /** RESTRICTED datasets, interleaved with the open ones so the visibility filter has rows to skip. */
  restricted: number;
}

/**
 * Adds datasets through the catalogue services, exactly as `hub import` would, each with one
 * small CSV ingested inline into version 1: the public sees a file only once it became a version.
 */
export async function addSyntheticDatasets(hub: Hub, counts: SyntheticCounts): Promise<void> {
  const total = counts.open + counts.restricted;
  const restrictedEvery = counts.restricted > 0 ? Math.floor(total / counts.restricted) : Infinity;
  let restrictedLeft = counts.restricted;
  for (let index = 0; index < total; index += 1) {
    const restricted = restrictedLeft > 0 && (index + 1) % restrictedEvery === 0;
    if (restricted) restrictedLeft -= 1;
    await addDataset(hub, index, restricted ? 'RESTRICTED' : 'PUBLIC');
  }
}

async function addDataset(hub: Hub, index: number, accessLevel: AccessLevel): Promise<void> {
  // A fresh unit of work per dataset keeps the identity map from growing over the run.
  const { catalog } = hub.services().trusted;
  const slug = `bench-${String(index).padStart(4, '0')}`;
  const dataset = await catalog.upsertFromCatalog({
    slug,
    provinceCode: 'ninhthuan',
    ownerCode: owners[index % owners.length],
    title: `Bộ dữ liệu thử nghiệm số ${index} (benchmark dataset ${index})`,
    description: 'Dữ liệu tổng hợp để đo hiệu năng (synthetic data for the benchmark).',
    category: categories[index % categories.length],
    accessLevel,
    licence: 'CC-BY-4.0',
    keywords: ['benchmark', `nhóm ${index % 7}`],
  });
  const { distribution } = await catalog.importDistribution(dataset.id, {
    content: Readable.from([smallCsv(index)]),
    originalName: `${slug}.csv`,
    mediaType: 'text/csv',
  });
  const { datastore } = hub.services().trusted;
  const queued = await datastore.ingestUploaded(distribution, { inline: true });
  const job = queued && (await datastore.waitForJob(queued.id));
  if (job?.state !== 'SUCCEEDED') throw new Error(`${slug}: its CSV did not become a version (${job?.state ?? 'not ingestible'})`);
  if (accessLevel === 'PUBLIC') await approveBySampleCouncil(hub.services(), slug);
}

/** Distinct per dataset, so each distribution is its own blob as in real use. */
function smallCsv(index: number): string {
  const rows = Array.from({ length: 20 }, (_, row) => `indicator_${row},${(index * 31 + row * 7) % 1000}`);
  return ['indicator,value', ...rows].join('\n') + '\n';
}
