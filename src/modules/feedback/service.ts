import { randomUUID } from 'node:crypto';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actorOf, type AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { decodeKeyset, encodeKeyset, pageSize } from '../../shared/cursor';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../shared/errors';
import { isUuid } from '../../shared/identifiers';
import { inTransaction } from '../../shared/transaction';
import { hasRole, type Viewer } from '../../shared/viewer';
import type { AgencyService } from '../agencies/service';
import type { CatalogService } from '../catalog/service';
import { Feedback, type FeedbackStatus } from './entities';
import { answeredStatuses, readFeedback, readStatusChange, type FileFeedbackInput } from './input';

export type { Feedback, FeedbackStatus } from './entities';
export { feedbackStatuses } from './entities';
export type { FileFeedbackInput } from './input';

export interface FeedbackListing {
  provinceCode: string;
  agencyCode?: string | null;
  datasetSlug?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface FeedbackPage {
  items: Feedback[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Public satisfaction of one agency (000 §7.3): every rating counted, none hidden. */
export interface AgencySatisfaction {
  agencyId: string;
  feedbackCount: number;
  ratingCount: number;
  /** Mean of the ratings 1–5; null before the first rating. */
  averageRating: number | null;
  /** Share of ratings of 4 or 5, between 0 and 1; null before the first rating. */
  satisfiedShare: number | null;
}

/**
 * Citizens' feedback (000 §7.3): filed by a signed-in citizen on a dataset or a service, routed
 * to the agency that answers for it, handled by that agency in public, and rated once by its
 * author when answered. The author's identity stays in the hub.
 */
export class FeedbackService {
  constructor(
    private readonly em: EntityManager,
    private readonly catalog: CatalogService,
    private readonly agencies: AgencyService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async fileFeedback(viewer: Viewer, input: FileFeedbackInput): Promise<Feedback> {
    if (viewer.kind !== 'citizen') throw new ForbiddenError();
    const { target, subject, text, problems } = readFeedback(input);
    let route: { agencyId: string; provinceCode: string; datasetId?: string; datasetSlug?: string; serviceName?: string } | null = null;
    if (target?.kind === 'DATASET') {
      const dataset = await this.catalog.findBySlug(viewer, target.datasetSlug);
      if (dataset)
        route = { agencyId: dataset.ownerAgencyId, provinceCode: dataset.provinceCode, datasetId: dataset.id, datasetSlug: dataset.slug };
      else problems.push({ field: 'datasetSlug', message: `Không có bộ dữ liệu "${target.datasetSlug}" (no such dataset)` });
    } else if (target?.kind === 'SERVICE' && target.agencyCode) {
      const agency = await this.agencies.findByCode(viewer.provinceCode, target.agencyCode);
      if (agency) route = { agencyId: agency.id, provinceCode: agency.provinceCode, serviceName: target.serviceName };
      else
        problems.push({
          field: 'agencyCode',
          message: `Không có cơ quan "${target.agencyCode}" trong tỉnh (no such agency in the province)`,
        });
    }
    if (problems.length > 0 || !route) throw new InputError(problems);

    const now = this.clock.now();
    return inTransaction(this.em, async () => {
      const feedback = this.em.create(Feedback, {
        id: randomUUID(),
        ...route,
        citizenId: viewer.citizenId,
        subject,
        text,
        status: 'RECEIVED',
        createdAt: now,
        updatedAt: now,
      });
      await this.em.flush();
      await this.audit.append({
        actor: actorOf(viewer),
        action: 'feedback.filed',
        subjectType: 'feedback',
        subjectId: feedback.id,
        details: { agencyId: feedback.agencyId, datasetId: feedback.datasetId ?? null, serviceName: feedback.serviceName ?? null },
      });
      return feedback;
    });
  }

  /** Only the agency it was routed to moves its handling on, answering when it resolves or closes. */
  async changeStatus(viewer: Viewer, feedbackId: string, status: FeedbackStatus, response?: string | null): Promise<Feedback> {
    if (!hasRole(viewer, 'DATA_STEWARD') && !hasRole(viewer, 'AGENCY_VIEWER')) throw new ForbiddenError();
    return inTransaction(this.em, async () => {
      const feedback = await this.locked(feedbackId);
      if (feedback.agencyId !== viewer.agencyId) {
        throw new ForbiddenError('Chỉ cơ quan được chuyển phản ánh xử lý nó (only the agency it was routed to handles it)');
      }
      const answer = readStatusChange(feedback.status, status, response);
      const now = this.clock.now();
      feedback.status = status;
      if (answer !== null) feedback.response = answer;
      if (answeredStatuses.includes(status) && !feedback.resolvedAt) feedback.resolvedAt = now;
      feedback.updatedAt = now;
      await this.em.flush();
      await this.audit.append({
        actor: viewer.officialId,
        action: 'feedback.status_changed',
        subjectType: 'feedback',
        subjectId: feedback.id,
        details: { status },
        reason: answer,
      });
      return feedback;
    });
  }

  /** The author, and only once, rates an answered feedback 1–5. */
  async rate(viewer: Viewer, feedbackId: string, rating: number): Promise<Feedback> {
    if (viewer.kind !== 'citizen') throw new ForbiddenError();
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw new InputError([{ field: 'rating', message: 'Từ 1 đến 5 (a whole number from 1 to 5)' }]);
    }
    return inTransaction(this.em, async () => {
      const feedback = await this.locked(feedbackId);
      if (feedback.citizenId !== viewer.citizenId) throw new ForbiddenError('Chỉ người gửi phản ánh được đánh giá (only the author rates)');
      if (!answeredStatuses.includes(feedback.status)) {
        throw new ConflictError('Phản ánh chưa được giải quyết (not resolved yet)', 'rating');
      }
      if (feedback.rating !== null && feedback.rating !== undefined) throw new ConflictError('Đã đánh giá rồi (already rated)', 'rating');
      feedback.rating = rating;
      feedback.ratedAt = this.clock.now();
      await this.em.flush();
      await this.audit.append({
        actor: actorOf(viewer),
        action: 'feedback.rated',
        subjectType: 'feedback',
        subjectId: feedback.id,
        details: { rating },
      });
      return feedback;
    });
  }

  /** Public: a province's feedback, or one agency's, or one dataset's; newest first. */
  async list(viewer: Viewer, listing: FeedbackListing): Promise<FeedbackPage> {
    const size = pageSize(listing.first);
    const after = listing.after ? decodeKeyset(listing.after) : null;
    const agencyId = listing.agencyCode ? await this.agencyIdOf(listing.provinceCode, listing.agencyCode) : null;
    const dataset = listing.datasetSlug ? await this.catalog.findBySlug(viewer, listing.datasetSlug) : null;
    if (listing.datasetSlug && !dataset) throw new NotFoundError(`Không có bộ dữ liệu "${listing.datasetSlug}" (no such dataset)`);
    const where: FilterQuery<Feedback> = {
      provinceCode: listing.provinceCode,
      ...(agencyId ? { agencyId } : {}),
      ...(dataset ? { datasetId: dataset.id } : {}),
      ...(after ? { $or: [{ createdAt: { $lt: after.at } }, { createdAt: after.at, id: { $lt: after.id } }] } : {}),
    };
    const rows = await this.em.find(Feedback, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1 });
    const items = rows.slice(0, size);
    const last = items.at(-1);
    return { items, endCursor: last ? encodeKeyset({ at: last.createdAt, id: last.id }) : null, hasNextPage: rows.length > size };
  }

  /** The signed-in citizen's own feedback, newest first. */
  mine(viewer: Viewer): Promise<Feedback[]> {
    if (viewer.kind !== 'citizen') throw new ForbiddenError();
    return this.em.find(Feedback, { citizenId: viewer.citizenId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200 });
  }

  /** Ratings per agency of a province (one agency when given), agencies with any feedback only. */
  async satisfaction(provinceCode: string, agencyCode?: string | null): Promise<AgencySatisfaction[]> {
    const agencyId = agencyCode ? await this.agencyIdOf(provinceCode, agencyCode) : null;
    const rows: { agency_id: string; feedback: string; ratings: string; average: number | null; satisfied: string }[] = await this.em
      .getConnection()
      .execute(
        `select agency_id, count(*) as feedback, count(rating) as ratings, avg(rating)::float8 as average,
                count(*) filter (where rating >= 4) as satisfied
           from feedback where province_code = ? ${agencyId ? 'and agency_id = ?' : ''}
          group by agency_id order by count(rating) desc, agency_id`,
        agencyId ? [provinceCode, agencyId] : [provinceCode],
      );
    return rows.map((row) => {
      const ratings = Number(row.ratings);
      return {
        agencyId: row.agency_id,
        feedbackCount: Number(row.feedback),
        ratingCount: ratings,
        averageRating: ratings > 0 ? Number(row.average) : null,
        satisfiedShare: ratings > 0 ? Number(row.satisfied) / ratings : null,
      };
    });
  }

  private async agencyIdOf(provinceCode: string, agencyCode: string): Promise<string> {
    const agency = await this.agencies.findByCode(provinceCode, agencyCode);
    if (!agency) throw new NotFoundError(`Không có cơ quan "${agencyCode}" (no such agency)`);
    return agency.id;
  }

  /** Locked until the transaction ends: two decisions on one feedback queue up instead of racing. */
  private async locked(feedbackId: string): Promise<Feedback> {
    const feedback = isUuid(feedbackId)
      ? await this.em.findOne(Feedback, { id: feedbackId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
      : null;
    if (!feedback) throw new NotFoundError('Không có phản ánh này (no such feedback)');
    return feedback;
  }
}
