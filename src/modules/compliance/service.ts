import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actorOf, type AuditEvent, type AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../shared/errors';
import { isOwnerSteward, requireDic, requireProvinceDic } from '../../shared/policy';
import type { Viewer } from '../../shared/viewer';
import type { AgencyService } from '../agencies/service';
import { openDataIsFree, type CatalogService, type Dataset, type ReviewState } from '../catalog/service';
import type { DatastoreService } from '../datastore/service';
import { runChecks, type CheckResult, type CheckSubject } from './checks';
import { holdsSeat, seatNames, seatsHeldBy, verdictOf } from './council';
import { ComplianceCheck, councilSeats, ReviewRound, SeatDecision, type CouncilSeat, type SeatVerdict } from './entities';
import { assertTransition, canTransition } from './review-states';
import { inTransaction } from '../../shared/transaction';
import { requireOfficial } from '../../shared/viewer';
import { groupBy } from '../../shared/group';

export type { CheckResult } from './checks';
export type { CheckName, ComplianceCheck, CouncilSeat, ReviewRound, RoundOutcome, SeatDecision, SeatVerdict } from './entities';
export { checkNames, councilSeats, roundOutcomes, seatVerdicts } from './entities';

export interface Submission {
  dataset: Dataset;
  round: ReviewRound;
  checks: CheckResult[];
  /** False when a check failed: the dataset stays where it was and the failures are the answer. */
  passed: boolean;
}

export interface ReviewStep {
  dataset: Dataset;
  round: ReviewRound;
}

/**
 * A council meeting held outside the hub, as its minutes record it (002 §5.5): who held each
 * seat, by name and title (the meeting needs no accounts in the hub), on which day.
 */
export interface CouncilMinutes {
  /** The minutes' number, e.g. "BB-HĐTĐ-01/2024". */
  reference: string;
  /** The day the council met, YYYY-MM-DD in Vietnam. */
  date: string;
  members: Record<CouncilSeat, string>;
  /** What brought the minutes to the hub, for the trail: "catalogue import", a benchmark… */
  source: string;
}

/** Actor of the steps recorded from minutes: no account took them in the hub. */
const minutesActor = 'system';

/** Audit subject of every review and publication event: the dataset. */
const subjectType = 'dataset';

/**
 * What ComplianceService answers to resolvers, routes, pages and jobs: all but the methods that change state
 * without a viewer (a council meeting held outside the hub, recorded from its minutes by the catalogue import), which are behind `services.trusted`.
 */
export type ComplianceApi = Omit<ComplianceService, 'recordCouncilApproval'>;

/**
 * Compliance review (002 §5) and publication (002 §30.2): the owner submits, the automated
 * checks run, the council of three seats decides, DIC publishes. Every step is one
 * transaction with its audit event, so the trail never disagrees with the state.
 */
export class ComplianceService {
  constructor(
    private readonly em: EntityManager,
    private readonly catalog: CatalogService,
    private readonly agencies: AgencyService,
    private readonly datastore: DatastoreService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * The owning agency's steward submits (002 §5). Every check runs and is kept; any failure
   * stops the submission (the state does not move) and is returned as the answer.
   */
  async submitForReview(viewer: Viewer, slug: string): Promise<Submission> {
    const steward = requireOfficial(viewer);
    const dataset = await this.visibleDataset(viewer, slug);
    this.requireOwnerSteward(viewer, dataset, 'gửi thẩm định (submit for review)');
    return inTransaction(this.em, async () => {
      await this.lockReviewOf(dataset);
      if (dataset.reviewState === 'COMPLIANT' && !(await this.reconfirmationNeeded([dataset])).get(dataset.id)) {
        throw new ConflictError('Bộ dữ liệu đã đạt chuẩn với phiên bản hiện tại (already compliant for its current version)', 'slug');
      }
      assertTransition(dataset.reviewState, 'SUBMITTED');
      const subject = await this.checkSubject(dataset);
      const checks = runChecks(subject);
      const passed = checks.every((check) => check.passed);
      const now = this.clock.now();
      const round = this.em.create(ReviewRound, {
        id: randomUUID(),
        datasetId: dataset.id,
        number: (await this.em.count(ReviewRound, { datasetId: dataset.id })) + 1,
        submittedBy: steward.officialId,
        submittedAt: now,
        versionId: subject.latestVersion?.id ?? null,
        versionNumber: subject.latestVersion?.number ?? null,
        outcome: passed ? 'OPEN' : 'CHECKS_FAILED',
        closedAt: passed ? null : now,
      });
      // The round's row first: the ORM does not order inserts by plain foreign-key columns.
      await this.em.flush();
      checks.forEach((check, position) => this.em.create(ComplianceCheck, { roundId: round.id, ...check, position }));
      await this.em.flush();
      await this.audit.append({
        actor: steward.officialId,
        action: 'review.checks_run',
        subjectType,
        subjectId: dataset.id,
        details: { round: round.number, passed, failed: checks.filter((check) => !check.passed).map((check) => check.name) },
      });
      if (passed) await this.moveTo(actorOf(viewer), dataset, 'SUBMITTED', round);
      return { dataset, round, checks, passed };
    });
  }

  /**
   * One seat of the council decides (002 §5.5): once per round, REJECT with its reason. One
   * REJECT ends the round; the third APPROVE makes the dataset compliant.
   */
  async decideSeat(viewer: Viewer, slug: string, seat: CouncilSeat, decision: SeatVerdict, reason?: string | null): Promise<ReviewStep> {
    const official = requireOfficial(viewer);
    const why = reason?.trim() || null;
    if (decision === 'REJECT' && !why) {
      throw new InputError([{ field: 'reason', message: 'bắt buộc khi không thông qua (a rejection needs its reason, 002 §5.5)' }]);
    }
    // Council members of other bodies cannot see a draft through the catalogue; the seat is the permission.
    const dataset = await this.catalog.findForReview(slug);
    if (!dataset) throw new NotFoundError(`Không có bộ dữ liệu "${slug}" (no such dataset)`);
    const [agency] = await this.agencies.findByIds([official.agencyId]);
    if (!holdsSeat(seat, official, agency ?? null, dataset)) {
      throw new ForbiddenError(
        `Bạn không giữ ghế ${seatNames[seat]} của hội đồng thẩm định bộ dữ liệu này (you do not hold this council seat, 002 §5.5)`,
      );
    }
    return inTransaction(this.em, async () => {
      await this.lockReviewOf(dataset);
      const round = await this.em.findOne(ReviewRound, { datasetId: dataset.id, outcome: 'OPEN' });
      if (!round) throw new ConflictError('Bộ dữ liệu không đang được thẩm định (no review round is open)', 'slug');
      const earlier = await this.em.find(SeatDecision, { roundId: round.id });
      if (earlier.some((made) => made.seat === seat)) {
        throw new ConflictError(
          `Ghế ${seatNames[seat]} đã quyết định trong vòng này (this seat has already decided in this round)`,
          'seat',
        );
      }
      if (earlier.some((made) => made.decidedBy === official.officialId)) {
        throw new ConflictError('Mỗi cán bộ chỉ giữ một ghế trong một vòng thẩm định (one official holds one seat per round)', 'seat');
      }
      await this.recordDecision(official.officialId, dataset, round, earlier, {
        seat,
        decision,
        reason: why,
        decidedBy: official.officialId,
        decidedAt: this.clock.now(),
      });
      return { dataset, round };
    });
  }

  /**
   * Trusted (catalogue import, fixtures, benchmarks): a council meeting held outside the hub
   * approved the dataset (002 §5.5), and its minutes are recorded as the interactive path
   * would have written them, in one transaction: a round no account submitted, the three
   * seats' APPROVE on the meeting's day with each official's name and the minutes' reference,
   * their audit entries and transitions, then the publication when asked (002 §30.2). The
   * automated checks do not run: the council decided outside the hub, on what it was shown.
   * Returns false, changing nothing, when these minutes are already on record for the dataset.
   */
  async recordCouncilApproval(slug: string, minutes: CouncilMinutes, options: { publish: boolean }): Promise<boolean> {
    const dateProblem = this.councilDateProblem(minutes.date);
    if (dateProblem) throw new InputError([{ field: 'date', message: dateProblem }]);
    const dataset = await this.catalog.findForReview(slug);
    if (!dataset) throw new NotFoundError(`Không có bộ dữ liệu "${slug}" (no such dataset)`);
    const decidedAt = new Date(`${minutes.date}T00:00:00+07:00`);
    return inTransaction(this.em, async () => {
      await this.lockReviewOf(dataset);
      const approved = await this.em.find(ReviewRound, { datasetId: dataset.id, outcome: 'COMPLIANT' });
      const onRecord = await this.em.count(SeatDecision, {
        roundId: { $in: approved.map((round) => round.id) },
        reference: minutes.reference,
      });
      if (onRecord > 0) return false;
      const [latest] = (await this.datastore.versionsOf([dataset.id])).get(dataset.id) ?? [];
      const round = this.em.create(ReviewRound, {
        id: randomUUID(),
        datasetId: dataset.id,
        number: (await this.em.count(ReviewRound, { datasetId: dataset.id })) + 1,
        submittedBy: null,
        submittedAt: decidedAt,
        versionId: latest?.id ?? null,
        versionNumber: latest?.number ?? null,
        outcome: 'OPEN',
        closedAt: null,
      });
      // The transition first: a dataset already before the council (or rejected) is refused
      // before its round is written.
      await this.moveTo(minutesActor, dataset, 'SUBMITTED', round);
      const earlier: SeatDecision[] = [];
      for (const seat of councilSeats) {
        const official = minutes.members[seat];
        earlier.push(
          await this.recordDecision(
            minutesActor,
            dataset,
            round,
            earlier,
            { seat, decision: 'APPROVE', reason: null, decidedBy: null, decidedByName: official, reference: minutes.reference, decidedAt },
            { official, date: minutes.date, reference: minutes.reference, source: minutes.source },
          ),
        );
      }
      if (options.publish) await this.publish(minutesActor, dataset, { reference: minutes.reference, source: minutes.source });
      return true;
    });
  }

  /** Minutes of a meeting that has not happened yet are refused (Vietnamese first, English second). */
  councilDateProblem(date: string): string | null {
    const today = this.clock.now().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    return date > today ? `ngày họp ${date} chưa đến (the meeting's date ${date} is in the future)` : null;
  }

  /** REJECTED → DRAFT: the owner's steward takes the dataset back to change it, then resubmits. */
  async reopenDataset(viewer: Viewer, slug: string): Promise<Dataset> {
    const dataset = await this.visibleDataset(viewer, slug);
    this.requireOwnerSteward(viewer, dataset, 'mở lại (reopen)');
    return inTransaction(this.em, async () => {
      await this.lockReviewOf(dataset);
      await this.moveTo(actorOf(viewer), dataset, 'DRAFT', null);
      return dataset;
    });
  }

  /**
   * The owner's steward (or DIC) withdraws a DRAFT that was never submitted — a registration
   * made by mistake. Its files' records, versions and their tables go; the audit entry stays.
   * A draft whose submission only failed its checks was never before the council, so it counts.
   */
  async withdrawDraft(viewer: Viewer, slug: string): Promise<Dataset> {
    const dataset = await this.catalog.findManaged(viewer, slug);
    return inTransaction(this.em, async () => {
      await this.lockReviewOf(dataset);
      const submitted = await this.em.count(ReviewRound, { datasetId: dataset.id, outcome: { $ne: 'CHECKS_FAILED' } });
      if (dataset.reviewState !== 'DRAFT' || submitted > 0) {
        throw new ConflictError(
          `Chỉ rút được bản nháp chưa từng gửi thẩm định; bộ dữ liệu này ở trạng thái ${dataset.reviewState}${submitted > 0 ? ', đã gửi thẩm định' : ''} (only a draft never submitted can be withdrawn)`,
          'slug',
        );
      }
      const [versions, jobs] = await Promise.all([this.datastore.versionsOf([dataset.id]), this.datastore.jobsOf([dataset.id])]);
      if ((jobs.get(dataset.id) ?? []).some((job) => job.state === 'QUEUED' || job.state === 'RUNNING')) {
        throw new ConflictError('Tệp của bộ dữ liệu đang được nạp; rút lại khi nạp xong (a file is still being ingested)', 'slug');
      }
      await this.catalog.deleteDraft(viewer, dataset);
      await this.datastore.dropVersionTables(versions.get(dataset.id) ?? []);
      return dataset;
    });
  }

  /** 002 §30.2: DIC of the province publishes, only what is PUBLIC and COMPLIANT. Publishing twice changes nothing. */
  async publishDataset(viewer: Viewer, slug: string): Promise<Dataset> {
    const dataset = await this.visibleDataset(viewer, slug);
    requireProvinceDic(viewer, dataset, onlyProvinceDicPublishes);
    return inTransaction(this.em, async () => {
      await this.lockReviewOf(dataset);
      await this.publish(actorOf(viewer), dataset);
      return dataset;
    });
  }

  /** 002 §30.2: only what is PUBLIC, free and COMPLIANT; publishing twice changes nothing. */
  private async publish(actor: string, dataset: Dataset, details?: Record<string, unknown>): Promise<void> {
    if (dataset.accessLevel !== 'PUBLIC') {
      throw new InputError([
        { field: 'slug', message: 'chỉ dữ liệu công khai được công bố là dữ liệu mở (only PUBLIC data can be published as open data)' },
      ]);
    }
    if (dataset.fee === 'CHARGED') throw new InputError([{ field: 'fee', message: openDataIsFree }]);
    if (dataset.reviewState !== 'COMPLIANT') {
      throw new InputError([
        {
          field: 'slug',
          message: `chưa đạt chuẩn: hội đồng thẩm định chưa công nhận, đang ở ${dataset.reviewState} (not COMPLIANT yet, 002 §5.5, §30.2)`,
        },
      ]);
    }
    if (dataset.publishedAt) return;
    await this.catalog.setPublication(dataset, this.clock.now());
    await this.audit.append({ actor, action: 'dataset.published', subjectType, subjectId: dataset.id, details });
  }

  /** DIC withdraws open data, saying why; the dataset stays COMPLIANT and the trail keeps both steps. */
  async unpublishDataset(viewer: Viewer, slug: string, reason: string): Promise<Dataset> {
    const dataset = await this.visibleDataset(viewer, slug);
    requireProvinceDic(viewer, dataset, onlyProvinceDicPublishes);
    const why = reason.trim();
    if (!why) throw new InputError([{ field: 'reason', message: 'bắt buộc (a withdrawal needs its reason)' }]);
    return inTransaction(this.em, async () => {
      await this.lockReviewOf(dataset);
      if (!dataset.publishedAt) throw new InputError([{ field: 'slug', message: 'chưa được công bố (not published)' }]);
      await this.catalog.setPublication(dataset, null);
      await this.audit.append({ actor: actorOf(viewer), action: 'dataset.unpublished', subjectType, subjectId: dataset.id, reason: why });
      return dataset;
    });
  }

  /** Datasets under review in which the viewer holds a seat that has not decided yet. */
  async reviewQueue(viewer: Viewer): Promise<Dataset[]> {
    return (await this.undecidedSeats(viewer)).map((waiting) => waiting.dataset);
  }

  /** The review queue with, for each dataset, the viewer's seats that have not decided in its open round. */
  async undecidedSeats(viewer: Viewer): Promise<{ dataset: Dataset; seats: CouncilSeat[] }[]> {
    const official = requireOfficial(viewer);
    const open = await this.em.find(ReviewRound, { outcome: 'OPEN' }, { orderBy: { submittedAt: 'asc' } });
    if (open.length === 0) return [];
    const [datasets, decisions, [agency]] = await Promise.all([
      this.catalog.findByIds(open.map((round) => round.datasetId)),
      this.decisionsOf(open.map((round) => round.id)),
      this.agencies.findByIds([official.agencyId]),
    ]);
    const byId = new Map(datasets.map((dataset) => [dataset.id, dataset]));
    return open.flatMap((round) => {
      const dataset = byId.get(round.datasetId);
      if (!dataset) return [];
      const decided = new Set((decisions.get(round.id) ?? []).map((made) => made.seat));
      const seats = seatsHeldBy(official, agency ?? null, dataset).filter((seat) => !decided.has(seat));
      return seats.length > 0 ? [{ dataset, seats }] : [];
    });
  }

  /**
   * 002 §30.2: what DIC of the province may publish now — PUBLIC, COMPLIANT, not yet
   * published — among the province's first 100 public datasets, newest first.
   */
  async publicationQueue(viewer: Viewer): Promise<Dataset[]> {
    const dic = requireDic(viewer);
    const listed = await this.catalog.listDatasets(viewer, {
      first: 100,
      filter: { provinceCodes: [dic.provinceCode], accessLevels: ['PUBLIC'] },
    });
    return listed.nodes.filter((dataset) => dataset.reviewState === 'COMPLIANT' && !dataset.publishedAt);
  }

  /** Batch for DataLoaders: every round of each dataset, newest first. */
  async roundsOf(datasetIds: readonly string[]): Promise<Map<string, ReviewRound[]>> {
    const rounds = await this.em.find(ReviewRound, { datasetId: { $in: [...datasetIds] } }, { orderBy: { number: 'desc' } });
    return groupBy(datasetIds, rounds, (round) => round.datasetId);
  }

  async checksOf(roundIds: readonly string[]): Promise<Map<string, ComplianceCheck[]>> {
    const checks = await this.em.find(ComplianceCheck, { roundId: { $in: [...roundIds] } }, { orderBy: { position: 'asc' } });
    return groupBy(roundIds, checks, (check) => check.roundId);
  }

  async decisionsOf(roundIds: readonly string[]): Promise<Map<string, SeatDecision[]>> {
    const decisions = await this.em.find(SeatDecision, { roundId: { $in: [...roundIds] } }, { orderBy: { decidedAt: 'asc' } });
    return groupBy(roundIds, decisions, (made) => made.roundId);
  }

  /**
   * A COMPLIANT dataset whose current version is newer than the one its last round approved
   * needs reconfirmation: it stays COMPLIANT (and published) until its steward submits the new
   * version and the council decides again (a round recorded from minutes counts the same).
   */
  /** The datasets `submitForReview` would take now, as far as their state goes: drafts, and compliant ones with a newer version. */
  async submittable(datasets: readonly Dataset[]): Promise<Set<string>> {
    const reconfirm = await this.reconfirmationNeeded(datasets);
    return new Set(
      datasets
        .filter(
          (dataset) =>
            canTransition(dataset.reviewState, 'SUBMITTED') && (dataset.reviewState !== 'COMPLIANT' || reconfirm.get(dataset.id)),
        )
        .map((dataset) => dataset.id),
    );
  }

  async reconfirmationNeeded(datasets: readonly Dataset[]): Promise<Map<string, boolean>> {
    const compliant = datasets.filter((dataset) => dataset.reviewState === 'COMPLIANT').map((dataset) => dataset.id);
    const needed = new Map(datasets.map((dataset) => [dataset.id, false]));
    if (compliant.length === 0) return needed;
    const [versions, rounds] = await Promise.all([
      this.datastore.versionsOf(compliant),
      this.em.find(ReviewRound, { datasetId: { $in: compliant }, outcome: 'COMPLIANT' }, { orderBy: { number: 'desc' } }),
    ]);
    const byId = new Map(datasets.map((dataset) => [dataset.id, dataset]));
    for (const id of compliant) {
      const latest = versions.get(id)?.[0];
      const approved = rounds.find((round) => round.datasetId === id);
      const changedSince = byId.get(id)?.metadataChangedAt;
      const metadataChanged = Boolean(approved?.closedAt && changedSince && changedSince > approved.closedAt);
      needed.set(id, Boolean(approved && ((latest && latest.id !== approved.versionId) || metadataChanged)));
    }
    return needed;
  }

  /** Batch for DataLoaders: each dataset's review and publication events, oldest first (registration, files and versions have their own). */
  async historyOf(datasetIds: readonly string[]): Promise<Map<string, AuditEvent[]>> {
    const events = await this.audit.eventsOf(subjectType, datasetIds);
    return new Map([...events].map(([id, list]) => [id, list.filter((event) => /^(review|dataset)\./.test(event.action))]));
  }

  private async checkSubject(dataset: Dataset): Promise<CheckSubject> {
    const [[owner], versions, jobs, codeLists, openDuplicateFlags] = await Promise.all([
      this.agencies.findByIds([dataset.ownerAgencyId]),
      this.datastore.versionsOf([dataset.id]),
      this.datastore.jobsOf([dataset.id]),
      this.catalog.codeListDatasets(),
      this.catalog.countOpenDuplicateFlags(dataset.id),
    ]);
    return {
      dataset,
      ownerName: owner?.name ?? null,
      latestVersion: versions.get(dataset.id)?.[0] ?? null,
      latestJob: jobs.get(dataset.id)?.[0] ?? null,
      codeLists: new Set(codeLists.map((list) => list.slug)),
      openDuplicateFlags,
    };
  }

  /**
   * One seat's decision and its audit entry; one REJECT ends the round, the third APPROVE makes
   * the dataset compliant (closed at the decision's time), the first APPROVE puts it under review.
   */
  private async recordDecision(
    actor: string,
    dataset: Dataset,
    round: ReviewRound,
    earlier: readonly SeatDecision[],
    decision: Omit<SeatDecision, 'roundId'>,
    details: Record<string, unknown> = {},
  ): Promise<SeatDecision> {
    const made = this.em.create(SeatDecision, { roundId: round.id, ...decision });
    await this.em.flush();
    await this.audit.append({
      actor,
      action: 'review.seat_decided',
      subjectType,
      subjectId: dataset.id,
      details: { round: round.number, seat: made.seat, decision: made.decision, ...details },
      reason: made.reason,
    });
    const verdict = verdictOf([...earlier, made]);
    if (verdict === 'OPEN') {
      if (dataset.reviewState === 'SUBMITTED') await this.moveTo(actor, dataset, 'UNDER_REVIEW', round);
    } else {
      round.outcome = verdict;
      round.closedAt = made.decidedAt;
      await this.em.flush();
      await this.moveTo(actor, dataset, verdict, round, verdict === 'REJECTED' ? made.reason : null);
    }
    return made;
  }

  /** A review transition and its audit event. */
  private async moveTo(
    actor: string,
    dataset: Dataset,
    to: ReviewState,
    round: ReviewRound | null,
    reason: string | null = null,
  ): Promise<void> {
    const from = dataset.reviewState;
    assertTransition(from, to);
    await this.catalog.setReviewState(dataset, to);
    await this.audit.append({
      actor,
      action: 'review.state_changed',
      subjectType,
      subjectId: dataset.id,
      details: { from, to, ...(round ? { round: round.number } : {}) },
      reason,
    });
  }

  private async visibleDataset(viewer: Viewer, slug: string): Promise<Dataset> {
    const dataset = await this.catalog.findBySlug(viewer, slug);
    if (!dataset) throw new NotFoundError(`Không có bộ dữ liệu "${slug}" (no such dataset)`);
    return dataset;
  }

  private requireOwnerSteward(viewer: Viewer, dataset: Dataset, what: string): void {
    if (!isOwnerSteward(viewer, dataset)) {
      throw new ForbiddenError(
        `Chỉ cán bộ quản lý dữ liệu của cơ quan chủ quản được ${what} (only a data steward of the owning agency may do this)`,
      );
    }
  }

  /**
   * Steps of one dataset's review run one at a time (two seats deciding together must not
   * both miss the third approval), and each sees the state the previous one committed.
   */
  private async lockReviewOf(dataset: Dataset): Promise<void> {
    await this.em.execute(`select pg_advisory_xact_lock(hashtextextended('review:' || ?, 0))`, [dataset.id]);
    await this.em.refresh(dataset);
  }
}

const onlyProvinceDicPublishes = 'Chỉ Sở Thông tin và Truyền thông của tỉnh được công bố (only the province DIC may publish, 002 §30.2)';
