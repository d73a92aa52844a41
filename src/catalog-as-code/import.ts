import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Distribution } from '../modules/catalog/service';
import type { IngestionJob } from '../modules/datastore/service';
import type { Services } from '../services';
import type { AgencyDocument, CatalogDocument, CodeListDocument, DatasetDocument } from './documents';
import { councilProblems, isPublished } from './council-sessions';
import { CatalogValidationError, loadCatalog } from './load';

export interface ImportReport {
  provinces: number;
  agencies: number;
  officials: number;
  codeLists: number;
  datasets: number;
  councilSessions: number;
  distributions: number;
  personalRecords: number;
}

export interface ImportOptions {
  /** Where distribution files are found; defaults to the parent of the imported folder. */
  rootDir?: string;
  /**
   * How a new file becomes a version: `inline` runs its ingestion here (seeding, tests);
   * `queue` hands it to the workers and waits, reporting progress (the import command).
   */
  ingestion?: { mode: 'inline' } | { mode: 'queue'; onProgress(slug: string, job: IngestionJob): void };
}

/** Names the import as the source of the decisions it records from council minutes. */
const importSource = 'catalogue import';

/**
 * `hub import <dir>`: validates the whole folder first (each document against its kind, then
 * that whatever is published has its council's decisions), then creates or updates each
 * document by its natural key, so importing twice changes nothing the second time.
 */
export async function importCatalog(dir: string, services: Services, options: ImportOptions = {}): Promise<ImportReport> {
  const documents = await loadCatalog(dir);
  const problems = await councilProblems(documents, {
    provinceOf: async (slug) => (await services.trusted.catalog.findForReview(slug))?.provinceCode ?? null,
    dateProblem: (date) => services.compliance.councilDateProblem(date),
  });
  if (problems.length > 0) throw new CatalogValidationError(problems);
  const rootDir = options.rootDir ?? path.dirname(path.resolve(dir));
  const report: ImportReport = {
    provinces: 0,
    agencies: 0,
    officials: 0,
    codeLists: 0,
    datasets: 0,
    councilSessions: 0,
    distributions: 0,
    personalRecords: 0,
  };
  const ofKind = <K extends CatalogDocument['kind']>(kind: K) =>
    documents
      .map(({ document }) => document)
      .filter((document): document is Extract<CatalogDocument, { kind: K }> => document.kind === kind);

  for (const { metadata, spec } of ofKind('Province')) {
    await services.trusted.agencies.upsertProvince({ code: metadata.code, ...spec });
    report.provinces += 1;
  }
  for (const { metadata, spec } of parentsFirst(ofKind('Agency'))) {
    const { parent, ...rest } = spec;
    await services.trusted.agencies.upsertAgency({ provinceCode: metadata.province, code: metadata.code, parentCode: parent, ...rest });
    report.agencies += 1;
  }
  for (const { metadata, spec } of ofKind('Official')) {
    await services.trusted.accounts.upsertOfficial({
      provinceCode: metadata.province,
      accountName: metadata.accountName,
      fullName: spec.fullName,
      agencyCode: spec.agency,
      roles: spec.roles,
    });
    report.officials += 1;
  }
  // Code lists first: datasets' sectors and coverage refer to them.
  for (const document of ofKind('CodeList')) {
    await importCodeList(document, services);
    report.codeLists += 1;
  }
  for (const document of ofKind('Dataset')) {
    report.distributions += await importDataset(document, services, rootDir, options.ingestion ?? { mode: 'inline' });
    report.datasets += 1;
  }
  // After the files: the round records the version the council approved.
  const published = new Set(
    documents
      .map(({ document }) => document)
      .filter(isPublished)
      .map(({ metadata }) => metadata.slug),
  );
  const listed = new Map(
    ofKind('Dataset').flatMap(({ metadata, spec }) => (spec.sharedCatalogue ? [[metadata.slug, spec.sharedCatalogue]] : [])),
  );
  for (const { metadata, spec } of ofKind('CouncilSession')) {
    for (const { dataset, owner } of spec.approved) {
      const recorded = await services.trusted.compliance.recordCouncilApproval(
        dataset,
        { reference: metadata.reference, date: spec.date, members: { ...spec.members, OWNER: owner }, source: importSource },
        { publish: published.has(dataset) },
      );
      // Like publication: only with minutes recorded now, so DIC's later withdrawal stays.
      const listing = listed.get(dataset);
      if (recorded && listing) await services.trusted.catalog.listFromCatalog(dataset, listing.metadataPublic ?? false, metadata.reference);
    }
    report.councilSessions += 1;
  }
  for (const { metadata, spec } of ofKind('PersonalRecords')) {
    report.personalRecords += await services.trusted.consent.seedRecords(metadata.dataset, spec.records);
  }
  await services.trusted.catalog.refreshSearchDocuments();
  return report;
}

/** Returns how many distributions it added (0 when the file is already there). */
async function importDataset(
  { metadata, spec }: DatasetDocument,
  services: Services,
  rootDir: string,
  ingestion: NonNullable<ImportOptions['ingestion']>,
): Promise<number> {
  const dataset = await services.trusted.catalog.upsertFromCatalog({
    ...namedAlike({ metadata, spec }),
    descriptionEn: spec.descriptionEn,
    category: spec.category,
    accessLevel: spec.accessLevel,
    licence: spec.licence,
    updateFrequency: spec.updateFrequency,
    temporalFrom: spec.temporalCoverage?.from,
    temporalTo: spec.temporalCoverage?.to,
    sector: spec.sector,
    spatialCoverage: spec.spatialCoverage,
    contactName: spec.contactPoint?.name,
    contactEmail: spec.contactPoint?.email,
    contactPhone: spec.contactPoint?.phone,
    fee: spec.fee,
    feeNote: spec.feeNote,
    tableSchema: spec.distribution?.schema,
  });
  let added = 0;
  if (spec.distribution?.file) {
    const file = path.resolve(rootDir, spec.distribution.file);
    const recorded = await services.trusted.catalog.importDistribution(dataset.id, {
      content: createReadStream(file),
      originalName: path.basename(file),
      mediaType: 'text/csv',
    });
    if (recorded.created) {
      added = 1;
      await ingest(recorded.distribution, metadata.slug, services, ingestion);
    }
  }
  return added;
}

/** Makes the new file a version; a file the catalogue ships must ingest cleanly. */
async function ingest(
  distribution: Distribution,
  slug: string,
  services: Services,
  ingestion: NonNullable<ImportOptions['ingestion']>,
): Promise<void> {
  const queued = await services.trusted.datastore.ingestUploaded(distribution, { inline: ingestion.mode === 'inline' });
  if (!queued) return;
  const job =
    ingestion.mode === 'queue'
      ? await services.datastore.waitForJob(queued.id, {
          timeoutMs: 60 * 60 * 1000,
          onProgress: (progress) => ingestion.onProgress(slug, progress),
        })
      : await services.datastore.waitForJob(queued.id);
  if (job.state !== 'SUCCEEDED') {
    const problems = job.problems
      .slice(0, 5)
      .map((problem) => `row ${problem.row ?? '-'}, column ${problem.column ?? '-'}: ${problem.message}`);
    throw new Error(
      `dataset ${slug}: ${distribution.originalName} did not ingest (${job.problemCount} problems)\n  ${problems.join('\n  ')}`,
    );
  }
}

/** A shared code list is a public dataset of category SHARED_CATALOGUE plus its entries, published once its council approves it. */
async function importCodeList({ metadata, spec }: CodeListDocument, services: Services): Promise<void> {
  const dataset = await services.trusted.catalog.upsertFromCatalog({
    ...namedAlike({ metadata, spec }),
    category: 'SHARED_CATALOGUE',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
  });
  await services.trusted.catalog.replaceCodeListEntries(dataset.id, spec.entries);
}

/** The fields a Dataset and a CodeList document name the same way. */
function namedAlike({ metadata, spec }: Pick<DatasetDocument | CodeListDocument, 'metadata' | 'spec'>) {
  return {
    slug: metadata.slug,
    provinceCode: metadata.province,
    ownerCode: spec.owner,
    title: spec.title,
    titleEn: spec.titleEn,
    description: spec.description,
    keywords: spec.keywords,
    source: spec.source,
  };
}

/** Agencies in an order where each parent comes before its children. */
function parentsFirst(agencies: AgencyDocument[]): AgencyDocument[] {
  const key = (province: string, code: string) => `${province}/${code}`;
  const byKey = new Map(agencies.map((agency) => [key(agency.metadata.province, agency.metadata.code), agency]));
  const ordered: AgencyDocument[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (agency: AgencyDocument) => {
    const own = key(agency.metadata.province, agency.metadata.code);
    if (placed.has(own)) return;
    if (visiting.has(own)) throw new Error(`agency ${own}: its parents form a cycle`);
    visiting.add(own);
    const parent = agency.spec.parent ? byKey.get(key(agency.metadata.province, agency.spec.parent)) : undefined;
    if (parent) place(parent);
    visiting.delete(own);
    placed.add(own);
    ordered.push(agency);
  };
  agencies.forEach(place);
  return ordered;
}
