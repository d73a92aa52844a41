import type { EntityManager } from '@mikro-orm/postgresql';
import { requireDic } from '../../shared/policy';
import type { Viewer } from '../../shared/viewer';

/** What one agency did with one dataset through grants, counted from the audit log. */
export interface GrantUsage {
  datasetId: string;
  granteeAgencyId: string;
  reads: number;
  rowsReturned: number;
  lastAccessAt: Date | null;
  deniedAttempts: number;
  lastDeniedAt: Date | null;
}

/** The audit actions the report counts: each read through a grant and each refused one. */
export const grantReadAction = 'access.grant_read';
export const deniedReadAction = 'access.read_denied';
/** The owner's or DIC's own read of data that is not open: audited, not part of the grants' report. */
export const internalReadAction = 'access.internal_read';

interface UsageRow {
  dataset_id: string;
  agency_id: string;
  reads: string;
  rows_returned: string;
  last_access_ms: string | null;
  denied: string;
  last_denied_ms: string | null;
}

/**
 * Usage reports for DIC (002 §31.8: DIC reviews use and violations): per dataset of the
 * province and grantee agency. Counted from the audit log itself, so the report cannot
 * disagree with the tamper-evident record of every read and every refusal.
 */
export class GrantUsageReport {
  constructor(private readonly em: EntityManager) {}

  async forProvince(viewer: Viewer): Promise<GrantUsage[]> {
    const dic = requireDic(viewer);
    const rows = await this.em.execute<UsageRow[]>(
      `select e.details->>'dataset' as dataset_id, e.details->>'agency' as agency_id,
              count(*) filter (where e.action = ?) as reads,
              coalesce(sum((e.details->>'rows')::bigint) filter (where e.action = ?), 0) as rows_returned,
              round(extract(epoch from max(e.at) filter (where e.action = ?)) * 1000)::bigint as last_access_ms,
              count(*) filter (where e.action = ?) as denied,
              round(extract(epoch from max(e.at) filter (where e.action = ?)) * 1000)::bigint as last_denied_ms
         from audit_event e
         join dataset d on d.id::text = e.details->>'dataset'
        where e.action in (?, ?) and d.province_code = ?
        group by 1, 2
        order by 1, 2`,
      [
        grantReadAction,
        grantReadAction,
        grantReadAction,
        deniedReadAction,
        deniedReadAction,
        grantReadAction,
        deniedReadAction,
        dic.provinceCode,
      ],
    );
    return rows.map((row) => ({
      datasetId: row.dataset_id,
      granteeAgencyId: row.agency_id,
      reads: Number(row.reads),
      rowsReturned: Number(row.rows_returned),
      lastAccessAt: row.last_access_ms === null ? null : new Date(Number(row.last_access_ms)),
      deniedAttempts: Number(row.denied),
      lastDeniedAt: row.last_denied_ms === null ? null : new Date(Number(row.last_denied_ms)),
    }));
  }
}
