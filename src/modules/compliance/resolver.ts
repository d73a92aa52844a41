import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf, type MutationError } from '../../graphql/payload';
import type { AuditEvent } from '../../audit/service';
import type { Dataset } from '../catalog/service';
import { DatasetPayload, DatasetType } from '../catalog/types';
import type { CheckResult, ComplianceCheck, CouncilSeat, ReviewRound, SeatDecision, SeatVerdict } from './service';
import {
  AuditEventType,
  ComplianceCheckType,
  CouncilSeatEnum,
  ReviewPayload,
  ReviewRoundType,
  SeatDecisionType,
  SeatVerdictEnum,
  SubmissionPayload,
} from './types';

interface ComplianceLoaders {
  rounds: DataLoader<string, ReviewRound[]>;
  checks: DataLoader<string, ComplianceCheck[]>;
  decisions: DataLoader<string, SeatDecision[]>;
  reconfirmation: DataLoader<Dataset, boolean, string>;
  history: DataLoader<string, AuditEvent[]>;
}

/** Per request, like graphql/loaders.ts: one statement per field whatever the page size. */
const loadersOfRequest = new WeakMap<HubContext, ComplianceLoaders>();

function loadersOf(context: HubContext): ComplianceLoaders {
  let loaders = loadersOfRequest.get(context);
  if (!loaders) {
    const { compliance } = context.services;
    const batch =
      <T>(load: (ids: readonly string[]) => Promise<Map<string, T[]>>) =>
      async (ids: readonly string[]) => {
        const byId = await load(ids);
        return ids.map((id) => byId.get(id) ?? []);
      };
    loaders = {
      rounds: new DataLoader(batch((ids) => compliance.roundsOf(ids))),
      checks: new DataLoader(batch((ids) => compliance.checksOf(ids))),
      decisions: new DataLoader(batch((ids) => compliance.decisionsOf(ids))),
      history: new DataLoader(batch((ids) => compliance.historyOf(ids))),
      reconfirmation: new DataLoader(
        async (datasets) => {
          const needed = await compliance.reconfirmationNeeded(datasets);
          return datasets.map((dataset) => needed.get(dataset.id) ?? false);
        },
        { cacheKeyFn: (dataset) => dataset.id },
      ),
    };
    loadersOfRequest.set(context, loaders);
  }
  return loaders;
}

/** Review and publication (002 §5, §30.2). Rounds and history hang off a dataset the viewer already sees. */
@Resolver(() => DatasetType)
export class DatasetComplianceResolver {
  @Query(() => [DatasetType], { description: 'Datasets under review where you hold a council seat that has not decided yet' })
  reviewQueue(@Ctx() { viewer, services }: HubContext): Promise<Dataset[]> {
    return services.compliance.reviewQueue(viewer);
  }

  @Mutation(() => SubmissionPayload, {
    description: 'The owning agency’s steward submits for compliance review; the automated checks run first (002 §5)',
  })
  async submitForReview(@Ctx() { viewer, services }: HubContext, @Arg('slug', () => String) slug: string): Promise<SubmissionPayload> {
    const payload = await payloadOf('submission', () => services.compliance.submitForReview(viewer, slug));
    if (!payload.submission) return { error: payload.error };
    const { dataset, checks, passed } = payload.submission;
    return { dataset, checks, error: passed ? undefined : failuresOf(checks) };
  }

  @Mutation(() => ReviewPayload, { description: 'A council seat approves, or rejects with a reason; once per round (002 §5.5)' })
  async decideSeat(
    @Ctx() { viewer, services }: HubContext,
    @Arg('slug', () => String) slug: string,
    @Arg('seat', () => CouncilSeatEnum) seat: CouncilSeat,
    @Arg('decision', () => SeatVerdictEnum) decision: SeatVerdict,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<ReviewPayload> {
    const payload = await payloadOf('step', () => services.compliance.decideSeat(viewer, slug, seat, decision, reason));
    return payload.step ? { ...payload.step } : { error: payload.error };
  }

  @Mutation(() => DatasetPayload, { description: 'REJECTED → DRAFT: the owner’s steward takes the dataset back to change and resubmit it' })
  reopenDataset(@Ctx() { viewer, services }: HubContext, @Arg('slug', () => String) slug: string): Promise<DatasetPayload> {
    return payloadOf('dataset', () => services.compliance.reopenDataset(viewer, slug));
  }

  @Mutation(() => DatasetPayload, {
    description:
      'Rút bản nháp (withdraws a DRAFT never submitted for review): the dataset, its files’ records and versions are removed; the audit log keeps the withdrawal',
  })
  withdrawDraft(@Ctx() { viewer, services }: HubContext, @Arg('slug', () => String) slug: string): Promise<DatasetPayload> {
    return payloadOf('dataset', () => services.compliance.withdrawDraft(viewer, slug));
  }

  @Mutation(() => DatasetPayload, {
    description: 'Publishes a PUBLIC, COMPLIANT dataset as open data; DIC of the province confirms (002 §30.2)',
  })
  publishDataset(@Ctx() { viewer, services }: HubContext, @Arg('slug', () => String) slug: string): Promise<DatasetPayload> {
    return payloadOf('dataset', () => services.compliance.publishDataset(viewer, slug));
  }

  @Mutation(() => DatasetPayload, { description: 'DIC withdraws a dataset from open data, with a reason kept in its history' })
  unpublishDataset(
    @Ctx() { viewer, services }: HubContext,
    @Arg('slug', () => String) slug: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<DatasetPayload> {
    return payloadOf('dataset', () => services.compliance.unpublishDataset(viewer, slug, reason));
  }

  @FieldResolver(() => [ReviewRoundType], { description: 'Compliance review rounds, newest first, with the reasons of any rejection' })
  reviewRounds(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<ReviewRound[]> {
    return loadersOf(context).rounds.load(dataset.id);
  }

  @FieldResolver(() => Boolean, { description: 'COMPLIANT for an older version: a newer one awaits the council' })
  needsReconfirmation(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<boolean> {
    return loadersOf(context).reconfirmation.load(dataset);
  }

  @FieldResolver(() => [AuditEventType], {
    description: 'Checks, transitions, seat decisions and publication, oldest first, from the audit log',
  })
  reviewHistory(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<AuditEvent[]> {
    return loadersOf(context).history.load(dataset.id);
  }
}

@Resolver(() => ReviewRoundType)
export class ReviewRoundResolver {
  @FieldResolver(() => [ComplianceCheckType], { description: 'The automated checks of this submission' })
  checks(@Root() round: ReviewRound, @Ctx() context: HubContext): Promise<ComplianceCheck[]> {
    return loadersOf(context).checks.load(round.id);
  }

  @FieldResolver(() => [SeatDecisionType])
  decisions(@Root() round: ReviewRound, @Ctx() context: HubContext): Promise<SeatDecision[]> {
    return loadersOf(context).decisions.load(round.id);
  }
}

/** Failed checks as an expected failure, one input problem per check. */
function failuresOf(checks: readonly CheckResult[]): MutationError {
  const failed = checks.filter((check) => !check.passed);
  return {
    code: 'BAD_USER_INPUT',
    message: `Chưa đạt ${failed.length} kiểm tra tự động; bộ dữ liệu vẫn ở trạng thái cũ (${failed.length} automated checks failed)`,
    inputErrors: failed.map((check) => ({ field: check.name, message: check.detail })),
  };
}
