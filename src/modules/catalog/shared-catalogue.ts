import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, InputError } from '../../shared/errors';
import { inTransaction } from '../../shared/transaction';
import type { Dataset } from './entities';
import { isSharedListed } from './visibility';

export const sharedListingConfirmedAction = 'catalog.shared_listing_confirmed';
export const sharedListingWithdrawnAction = 'catalog.shared_listing_withdrawn';

/** How anyone who finds a listed dataset obtains its rows (002 §27.1d, §27.2), Vietnamese first. */
export const howToRequestAccess =
  'Gửi phiếu yêu cầu điện tử (submitAccessRequest, hoặc biểu mẫu "Đề nghị khai thác" trên trang của bộ dữ liệu) nêu mục đích, căn cứ pháp lý, các cột cần dùng và thời hạn; cơ quan chủ quản xem xét, chấp thuận trực tuyến với thời hạn đã thống nhất hoặc từ chối bằng văn bản có lý do (002 §27.2). ' +
  '(Submit the e-form, submitAccessRequest or the "Request access" form on the dataset’s page, stating purpose, legal basis, the columns you need and the period; the owning agency approves online with the agreed period or refuses in writing with its reasons, 002 §27.2.)';

/**
 * 002 §30, §27.1: the catalogue of shared data. DIC of the province confirms a COMPLIANT
 * RESTRICTED dataset for it (§30.2: DIC confirms before publication), which lists its metadata
 * to every agency of the province and to partner clients with `catalogue:read`, and may make that
 * metadata public; DIC withdraws it with a reason. Each change is audited in its transaction.
 * Rows never follow: they stay behind the grants of the e-form.
 */
export class SharedCatalogue {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Lists the dataset (or changes whether its metadata is public); nothing changes, nothing is recorded. */
  async confirm(actor: string, dataset: Dataset, metadataPublic: boolean, reference?: string): Promise<Dataset> {
    const problems = listingProblems(dataset);
    if (problems.length > 0) throw new InputError(problems);
    if (isSharedListed(dataset) && dataset.metadataPublic === metadataPublic) return dataset;
    return inTransaction(this.em, async () => {
      const wasListed = Boolean(dataset.sharedListedAt);
      const now = this.clock.now();
      this.em.assign(dataset, { sharedListedAt: dataset.sharedListedAt ?? now, metadataPublic, updatedAt: now });
      await this.em.flush();
      await this.audit.append({
        actor,
        action: sharedListingConfirmedAction,
        subjectType: 'dataset',
        subjectId: dataset.id,
        details: { slug: dataset.slug, metadataPublic, wasListed, ...(reference ? { reference } : {}) },
      });
      return dataset;
    });
  }

  /** Takes the dataset out of the catalogue of shared data; grants already given are untouched. */
  async withdraw(actor: string, dataset: Dataset, reason: string): Promise<Dataset> {
    const why = reason.trim();
    if (!why) throw new InputError([{ field: 'reason', message: 'rút khỏi danh mục phải nêu lý do (a withdrawal needs its reason)' }]);
    if (!dataset.sharedListedAt) {
      throw new ConflictError('Bộ dữ liệu không có trong danh mục dữ liệu dùng chung (the dataset is not in the catalogue of shared data)', 'slug');
    }
    return inTransaction(this.em, async () => {
      const now = this.clock.now();
      this.em.assign(dataset, { sharedListedAt: null, metadataPublic: false, updatedAt: now });
      await this.em.flush();
      await this.audit.append({
        actor,
        action: sharedListingWithdrawnAction,
        subjectType: 'dataset',
        subjectId: dataset.id,
        details: { slug: dataset.slug },
        reason: why,
      });
      return dataset;
    });
  }
}

/** 002 §30.2, §27.1: only RESTRICTED data the council found COMPLIANT is listed. */
export function listingProblems(dataset: Pick<Dataset, 'accessLevel' | 'reviewState'>): { field: string; message: string }[] {
  if (dataset.accessLevel === 'PUBLIC') {
    return [{ field: 'slug', message: 'dữ liệu công khai được công bố là dữ liệu mở, không vào danh mục này (PUBLIC data is published as open data instead)' }];
  }
  if (dataset.accessLevel === 'PERSONAL') {
    return [{ field: 'slug', message: 'dữ liệu cá nhân chỉ đọc khi công dân đồng ý, không qua phiếu yêu cầu (PERSONAL data is read only under a citizen’s consent)' }];
  }
  if (dataset.reviewState !== 'COMPLIANT') {
    return [
      {
        field: 'slug',
        message: `Sở TTTT xác nhận dữ liệu đạt chuẩn trước khi đưa vào danh mục; bộ dữ liệu đang ở trạng thái ${dataset.reviewState} (DIC lists only COMPLIANT data, 002 §30.2)`,
      },
    ];
  }
  return [];
}
