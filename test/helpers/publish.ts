import { ConfirmTableSchemaDocument, DecideSeatDocument, PublishDatasetDocument, SubmitForReviewDocument } from '../generated/graphql';
import type { TestHub } from './test-hub';

/** The officials who act for a dataset: its owner's steward and the province's PPC Office and DIC. */
export interface Council {
  province: string;
  steward: string;
  ppcOffice: string;
  dic: string;
}

/** Ninh Thuận, for datasets of its DIC (sotttt). */
export const ninhThuanCouncil: Council = { province: 'ninhthuan', steward: 'vankiemthu', ppcOffice: 'vanmau', dic: 'thunghiem' };

/** Waits until every ingestion of the dataset's files has finished, so the checks see its current version. */
export async function waitForIngestions(t: TestHub, slug: string): Promise<void> {
  const services = t.hub.services();
  const dataset = await services.trusted.catalog.findForReview(slug);
  if (!dataset) throw new Error(`no dataset ${slug}`);
  const jobs = (await services.datastore.jobsOf([dataset.id])).get(dataset.id) ?? [];
  await Promise.all(jobs.map((job) => services.datastore.waitForJob(job.id, { timeoutMs: 30_000 })));
}

/**
 * The owner confirms, as it was inferred, the Table Schema of a dataset that came without one
 * (nothing unconfirmed passes review), and waits for the file to be typed by it again.
 */
export async function confirmInferredSchema(t: TestHub, slug: string, stewardToken: string): Promise<void> {
  const services = t.hub.services();
  const dataset = await services.trusted.catalog.findForReview(slug);
  const [latest] = dataset ? ((await services.datastore.jobsOf([dataset.id])).get(dataset.id) ?? []) : [];
  if (!dataset || dataset.tableSchema || !latest?.inferredSchema) return;
  const confirmed = await t.gql(ConfirmTableSchemaDocument, { slug, tableSchema: latest.inferredSchema }, stewardToken);
  if (confirmed.data?.confirmTableSchema.error || confirmed.errors)
    throw new Error(`could not confirm ${slug}: ${JSON.stringify(confirmed)}`);
  await waitForIngestions(t, slug);
}

/** 002 §5.5: the steward submits and the three seats approve, so the dataset becomes COMPLIANT. */
export async function reviewThroughCouncil(t: TestHub, slug: string, council: Council = ninhThuanCouncil): Promise<void> {
  await waitForIngestions(t, slug);
  const steward = await t.signIn(council.province, council.steward);
  await confirmInferredSchema(t, slug, steward);
  const submitted = await t.gql(SubmitForReviewDocument, { slug }, steward);
  if (submitted.data?.submitForReview.error || submitted.errors)
    throw new Error(`submission of ${slug} failed: ${JSON.stringify(submitted)}`);
  const seats = [
    ['PPC_OFFICE', await t.signIn(council.province, council.ppcOffice)],
    ['DIC', await t.signIn(council.province, council.dic)],
    ['OWNER', steward],
  ] as const;
  for (const [seat, token] of seats) {
    const decided = await t.gql(DecideSeatDocument, { slug, seat, decision: 'APPROVE' }, token);
    if (decided.data?.decideSeat.error || decided.errors) throw new Error(`${seat} could not approve ${slug}: ${JSON.stringify(decided)}`);
  }
}

/** Through the council to COMPLIANT, then DIC publishes (002 §30.2). */
export async function publishThroughCouncil(t: TestHub, slug: string, council: Council = ninhThuanCouncil): Promise<void> {
  await reviewThroughCouncil(t, slug, council);
  const published = await t.gql(PublishDatasetDocument, { slug }, await t.signIn(council.province, council.dic));
  if (published.data?.publishDataset.error || published.errors)
    throw new Error(`DIC could not publish ${slug}: ${JSON.stringify(published)}`);
}
