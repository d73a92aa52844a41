import type { Clock } from '../../src/shared/clock';
import {
  DecideAccessRequestDocument,
  RegisterDatasetDocument,
  SubmitAccessRequestDocument,
  type RegisterDatasetInput,
  type SubmitAccessRequestInput,
} from '../generated/graphql';
import { waitForIngestions } from '../helpers/publish';
import type { TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';

/** Follows the system clock until set; then stands still where the test puts it. */
export class TestClock implements Clock {
  private fixed: Date | null = null;

  now(): Date {
    return new Date(this.fixed ?? Date.now());
  }

  set(at: Date): void {
    this.fixed = new Date(at);
  }
}

/** Registers a dataset of sotttt through GraphQL, uploads its CSV and waits for the version. */
export async function datasetWithVersion(
  t: TestHub,
  steward: string,
  slug: string,
  csv: string,
  overrides: Partial<RegisterDatasetInput> = {},
): Promise<void> {
  const input: RegisterDatasetInput = {
    slug,
    title: `Hồ sơ một cửa ${slug}`,
    description: 'Bộ dữ liệu thử cho biểu mẫu đề nghị khai thác (002 §27.2).',
    ownerCode: 'sotttt',
    category: 'SECTORAL',
    accessLevel: 'RESTRICTED',
    licence: 'CC-BY-4.0',
    contactName: 'Phòng Công nghệ thông tin',
    contactEmail: 'cntt.sotttt@ninhthuan.gov.vn',
    ...overrides,
  };
  const registered = await t.gql(RegisterDatasetDocument, { input }, steward);
  if (registered.data?.registerDataset.error || registered.errors)
    throw new Error(`registration of ${slug} failed: ${JSON.stringify(registered)}`);
  const uploaded = await upload(t, slug, csv, { token: steward });
  if (uploaded.status !== 201) throw new Error(`upload to ${slug} failed: ${JSON.stringify(uploaded)}`);
  await waitForIngestions(t, slug);
}

/** A complete e-form for a dataset; tests override one field at a time. */
export function eForm(datasetSlug: string, overrides: Partial<SubmitAccessRequestInput> = {}): SubmitAccessRequestInput {
  return {
    datasetSlug,
    purpose: 'Đối chiếu hồ sơ phục vụ điều tra (cross-checking files for an investigation)',
    legalBasis: 'Luật Công an nhân dân 2018; Nghị định 47/2020/NĐ-CP',
    requestedColumns: ['xa', 'so_ho_so', 'can_bo_xu_ly'],
    deliveryForm: 'API',
    periodFrom: '2026-01-01',
    periodTo: '2027-12-31',
    accessFrequency: 'hằng tuần (weekly)',
    contactName: 'Phòng PV01',
    contactEmail: 'pv01.catinh@ninhthuan.gov.vn',
    contactPhone: null,
    noOnwardSharing: true,
    feesAcknowledged: null,
    ...overrides,
  };
}

/** The requester submits the e-form and the owner approves it for these columns and period: the grant's id. */
export async function grantVia(
  t: TestHub,
  tokens: { requester: string; owner: string },
  slug: string,
  columns: string[],
  period: { validFrom: Date; validTo: Date },
): Promise<string> {
  const submitted = await t.gql(SubmitAccessRequestDocument, { input: eForm(slug, { requestedColumns: columns }) }, tokens.requester);
  const requestId = submitted.data?.submitAccessRequest.request?.id;
  if (!requestId) throw new Error(`request for ${slug} failed: ${JSON.stringify(submitted)}`);
  const decided = await t.gql(
    DecideAccessRequestDocument,
    {
      id: requestId,
      input: {
        decision: 'APPROVE',
        validFrom: period.validFrom.toISOString(),
        validTo: period.validTo.toISOString(),
        allowedColumns: columns,
      },
    },
    tokens.owner,
  );
  const grantId = decided.data?.decideAccessRequest.grant?.id;
  if (!grantId) throw new Error(`approval for ${slug} failed: ${JSON.stringify(decided)}`);
  return grantId;
}
