import iconv from 'iconv-lite';
import type { CatalogDatasetSpec } from '../../src/modules/catalog/service';
import type { IngestionJob } from '../../src/modules/datastore/service';
import type { TestHub } from '../helpers/test-hub';

/** A public dataset of sotttt (Ninh Thuận) with this Table Schema, or none (inferred on ingestion). */
export async function datasetWithSchema(
  t: TestHub,
  slug: string,
  title: string,
  tableSchema: Record<string, unknown> | null,
  more: Partial<CatalogDatasetSpec> = {},
): Promise<string> {
  await t.hub.services().trusted.catalog.upsertFromCatalog({
    slug,
    provinceCode: 'ninhthuan',
    ownerCode: 'sotttt',
    title,
    description: 'Kiểm thử (test).',
    category: 'SURVEY',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
    ...(tableSchema ? { tableSchema } : {}),
    ...more,
  });
  return slug;
}

export interface UploadOptions {
  contentType?: string;
  /** Query string after the path, starting with `?`. */
  query?: string;
}

/** Uploads a file as a steward would (HTTP PUT) and waits for its ingestion job to finish. */
export async function uploadAndIngest(
  t: TestHub,
  token: string,
  slug: string,
  body: string | Buffer,
  options: UploadOptions = {},
): Promise<IngestionJob> {
  const response = await t.hub.http.inject({
    method: 'PUT',
    url: `/datasets/${slug}/distributions${options.query ?? ''}`,
    headers: { 'content-type': options.contentType ?? 'text/csv', authorization: `Bearer ${token}` },
    payload: body,
  });
  expect(response.statusCode).toBe(201);
  const { ingestionJobId } = response.json() as { ingestionJobId: string };
  expect(ingestionJobId).toEqual(expect.any(String));
  return t.hub.services().datastore.waitForJob(ingestionJobId, { timeoutMs: 30_000 });
}

/** Windows-1258 spells a toned letter as a base (â, ê, ô, ơ, ư, ă…) plus a combining tone mark. */
export function windows1258(text: string): Buffer {
  const spelled = text
    .normalize('NFD')
    .replace(
      /([a-zA-Z])([\u0300\u0301\u0303\u0309\u0323]?)([\u0302\u0306\u031B])/g,
      (_all, base: string, tone: string, shape: string) => `${(base + shape).normalize('NFC')}${tone}`,
    );
  return iconv.encode(spelled, 'windows-1258');
}
