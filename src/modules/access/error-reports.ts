import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, ForbiddenError, InputError, NotFoundError, type FieldProblem } from '../../shared/errors';
import { inTransaction } from '../../shared/transaction';
import { isOwnerSteward, readsWithoutGrant } from '../../shared/policy';
import { requireOfficial, type OfficialViewer, type Viewer } from '../../shared/viewer';
import type { CatalogService, Dataset } from '../catalog/service';
import { AccessGrant } from './entities';
import { DataErrorReport } from './error-report-entity';

export interface FileErrorReportInput {
  datasetSlug: string;
  description: string;
  /** Source line numbers, as datasetRows gives them (the header is line 1). */
  rowNumbers?: number[] | null;
  /** Columns the grantee received. */
  columns?: string[] | null;
}

const subject = 'data_error_report';
const noSuchDataset = (slug: string) => new NotFoundError(`Không có bộ dữ liệu "${slug}" (no such dataset)`);

/**
 * Error reports on supplied data (002 §28.4): an official of an agency that was granted the
 * dataset reports what is wrong, the owning agency's steward answers, and both sides see the
 * report and the answer on the dataset (DIC of the province too).
 */
export class ErrorReports {
  constructor(
    private readonly em: EntityManager,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async file(viewer: Viewer, input: FileErrorReportInput): Promise<DataErrorReport> {
    const official = requireOfficial(viewer);
    const dataset = await this.catalog.findForReview(input.datasetSlug.trim());
    if (!dataset) throw noSuchDataset(input.datasetSlug);
    const grants = await this.em.find(AccessGrant, { datasetId: dataset.id, granteeAgencyId: official.agencyId });
    if (grants.length === 0) {
      // Whoever was never supplied the data is not told whether it exists.
      throw noSuchDataset(input.datasetSlug);
    }
    const supplied = new Set(grants.flatMap((grant) => grant.allowedColumns));
    const problems = reportProblems(input, supplied);
    if (problems.length > 0) throw new InputError(problems);
    return inTransaction(this.em, async () => {
      const report = this.em.create(DataErrorReport, {
        id: randomUUID(),
        datasetId: dataset.id,
        ownerAgencyId: dataset.ownerAgencyId,
        reporterAgencyId: official.agencyId,
        reportedBy: official.officialId,
        description: input.description.trim(),
        rowNumbers: [...new Set(input.rowNumbers ?? [])].sort((a, b) => a - b),
        columns: [...new Set(input.columns ?? [])],
        status: 'OPEN',
        reportedAt: this.clock.now(),
      });
      await this.em.flush();
      await this.audit.append({
        actor: official.officialId,
        action: 'access.error_reported',
        subjectType: subject,
        subjectId: report.id,
        details: { agency: official.agencyId, dataset: dataset.id, rows: report.rowNumbers, columns: report.columns },
        reason: report.description,
      });
      return report;
    });
  }

  /** The owning agency's steward answers; a later answer replaces it until the report is closed. */
  async answer(viewer: Viewer, id: string, answer: string): Promise<DataErrorReport> {
    const official = requireOfficial(viewer);
    const found = await this.findReport(id);
    if (!isOwnerSteward(official, found)) {
      throw new ForbiddenError('Chỉ cán bộ quản lý dữ liệu của cơ quan chủ quản trả lời (only a steward of the owning agency answers)');
    }
    const text = answer.trim();
    if (!text) throw new InputError([{ field: 'answer', message: 'bắt buộc (required)' }]);
    return this.transition(id, official, 'access.error_answered', text, (report) => {
      Object.assign(report, { status: 'ANSWERED', answer: text, answeredBy: official.officialId, answeredAt: this.clock.now() });
    });
  }

  /** The reporting agency or the owner's steward closes a report. */
  async close(viewer: Viewer, id: string): Promise<DataErrorReport> {
    const official = requireOfficial(viewer);
    const found = await this.findReport(id);
    if (!isOwnerSteward(official, found) && official.agencyId !== found.reporterAgencyId) {
      throw new ForbiddenError('Chỉ cơ quan báo lỗi hoặc cơ quan chủ quản được đóng (only the reporter or the owner closes)');
    }
    return this.transition(id, official, 'access.error_closed', null, (report) => {
      Object.assign(report, { status: 'CLOSED', closedBy: official.officialId, closedAt: this.clock.now() });
    });
  }

  /**
   * The reports on a dataset, oldest first: all of them for the owning agency and DIC of the
   * province, its own for a grantee agency. Anyone else is told no such dataset.
   */
  async ofDataset(viewer: Viewer, slug: string): Promise<DataErrorReport[]> {
    const official = requireOfficial(viewer);
    const dataset = await this.catalog.findForReview(slug.trim());
    if (!dataset) throw noSuchDataset(slug);
    if (seesAll(official, dataset)) {
      return this.em.find(DataErrorReport, { datasetId: dataset.id }, { orderBy: { reportedAt: 'asc', id: 'asc' } });
    }
    if ((await this.em.count(AccessGrant, { datasetId: dataset.id, granteeAgencyId: official.agencyId })) === 0) throw noSuchDataset(slug);
    return this.em.find(
      DataErrorReport,
      { datasetId: dataset.id, reporterAgencyId: official.agencyId },
      { orderBy: { reportedAt: 'asc', id: 'asc' } },
    );
  }

  private async findReport(id: string): Promise<DataErrorReport> {
    const report = await this.em.findOne(DataErrorReport, { id });
    if (!report) throw new NotFoundError(`Không có báo cáo lỗi ${id} (no such error report)`);
    return report;
  }

  private transition(
    id: string,
    official: OfficialViewer,
    action: string,
    reason: string | null,
    change: (report: DataErrorReport) => void,
  ): Promise<DataErrorReport> {
    return inTransaction(this.em, async () => {
      const report = await this.em.findOneOrFail(DataErrorReport, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (report.status === 'CLOSED') throw new ConflictError('Báo cáo lỗi đã đóng (the report is closed)', 'id');
      change(report);
      await this.em.flush();
      await this.audit.append({
        actor: official.officialId,
        action,
        subjectType: subject,
        subjectId: report.id,
        details: { agency: official.agencyId, dataset: report.datasetId, status: report.status },
        reason,
      });
      return report;
    });
  }
}

function seesAll(official: OfficialViewer, dataset: Dataset): boolean {
  return readsWithoutGrant(official, dataset);
}

function reportProblems(input: FileErrorReportInput, supplied: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.description?.trim()) problems.push({ field: 'description', message: 'mô tả lỗi, bắt buộc (describe the error: required)' });
  const badRows = (input.rowNumbers ?? []).filter((row) => !Number.isInteger(row) || row < 2);
  if (badRows.length > 0) {
    problems.push({
      field: 'rowNumbers',
      message: `số dòng từ 2 (dòng 1 là tiêu đề) (line numbers from 2; line 1 is the header): ${badRows.join(', ')}`,
    });
  }
  const unknown = (input.columns ?? []).filter((column) => !supplied.has(column));
  if (unknown.length > 0) {
    problems.push({
      field: 'columns',
      message: `chỉ các cột đã được cung cấp (only columns you were supplied): ${unknown.map((column) => JSON.stringify(column)).join(', ')}`,
    });
  }
  return problems;
}
