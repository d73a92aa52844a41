import type { IngestionJob } from '../../src/modules/datastore/service';
import type { TestHub } from '../helpers/test-hub';

/** A public dataset of sotttt (Ninh Thuận) with this Table Schema, or none (inferred on ingestion). */
export async function datasetWithSchema(
  t: TestHub,
  slug: string,
  title: string,
  tableSchema: Record<string, unknown> | null,
): Promise<string> {
  await t.hub.services().catalog.upsertFromCatalog({
    slug,
    provinceCode: 'ninhthuan',
    ownerCode: 'sotttt',
    title,
    description: 'Kiểm thử (test).',
    category: 'SURVEY',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
    ...(tableSchema ? { tableSchema } : {}),
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
