import { RegisterDatasetDocument, type RegisterDatasetInput } from '../generated/graphql';
import { confirmInferredSchema, waitForIngestions } from '../helpers/publish';
import type { TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';

/** Different content per dataset: the same file twice would be a duplicate (002 §4.2b). */
export function csvFor(slug: string, rows = 2): string {
  const lines = Array.from({ length: rows }, (_, index) => `${slug}-${index + 1},${3904 + index}`);
  return `don_vi,so_ho_so\n${lines.join('\n')}\n`;
}

/** A registration of sotttt (Ninh Thuận) that every automated check accepts. */
export function completeRegistration(slug: string, overrides: Partial<RegisterDatasetInput> = {}): RegisterDatasetInput {
  return {
    slug,
    title: `Hồ sơ thẩm định ${slug}`,
    description: 'Bộ dữ liệu để kiểm tra quy trình thẩm định đạt chuẩn (002 §5).',
    ownerCode: 'sotttt',
    category: 'SECTORAL',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
    contactName: 'Phòng Công nghệ thông tin',
    contactEmail: 'cntt.sotttt@ninhthuan.gov.vn',
    updateFrequency: 'monthly',
    temporalFrom: '2024-01-01',
    temporalTo: '2024-06-30',
    ...overrides,
  };
}

/** Registers, uploads a CSV, waits for its ingestion and confirms the inferred Table Schema: ready to submit. */
export async function readyDataset(
  t: TestHub,
  steward: string,
  slug: string,
  overrides: Partial<RegisterDatasetInput> = {},
): Promise<void> {
  const registered = await t.gql(RegisterDatasetDocument, { input: completeRegistration(slug, overrides) }, steward);
  if (registered.data?.registerDataset.error || registered.errors)
    throw new Error(`registration of ${slug} failed: ${JSON.stringify(registered)}`);
  const uploaded = await upload(t, slug, csvFor(slug), { token: steward });
  if (uploaded.status !== 201) throw new Error(`upload to ${slug} failed: ${JSON.stringify(uploaded)}`);
  await waitForIngestions(t, slug);
  await confirmInferredSchema(t, slug, steward);
}
