import type { EntityManager } from '@mikro-orm/postgresql';
import { requireDic } from '../../shared/policy';
import type { Viewer } from '../../shared/viewer';
import type { RequesterKind } from './entities';

/** What one grantee (an agency, or a partner organisation through its clients) did with one dataset through grants, from the audit log. */
export interface GrantUsage {
  datasetId: string;
  granteeKind: RequesterKind;
  granteeAgencyId: string | null;
  granteeOrganisationId: string | null;
  /** The API clients that read or were refused for an organisation (none for an agency). */
  clientIds: string[];
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
  agency_id: string | null;
  organisation_id: string | null;
  client_ids: string[] | null;
  reads: string;
  rows_returned: string;
  last_access_ms: string | null;
  denied: string;
  last_denied_ms: string | null;
}

/**
 * Usage reports for DIC (002 §31.8: DIC reviews use and violations): per dataset of the
 * province and grantee, an agency or a partner organisation (whose clients are named). Counted from the audit log itself, so the report cannot
 * disagree with the tamper-evident record of every read and every refusal.
 */
export class GrantUsageReport {
  /** `datasetIdsOfProvince`: the catalogue's, which owns the datasets' table. */
  constructor(
    private readonly em: EntityManager,
    private readonly datasetIdsOfProvince: (provinceCode: string) => Promise<string[]>,
  ) {}

  async forProvince(viewer: Viewer): Promise<GrantUsage[]> {
    const dic = requireDic(viewer);
    const datasetIds = await this.datasetIdsOfProvince(dic.provinceCode);
    if (datasetIds.length === 0) return [];
    const rows = await this.em.execute<UsageRow[]>(
      `select e.details->>'dataset' as dataset_id, e.details->>'agency' as agency_id, e.details->>'organisation' as organisation_id,
              array_agg(distinct e.actor order by e.actor) filter (where e.details->>'organisation' is not null) as client_ids,
              count(*) filter (where e.action = ?) as reads,
              coalesce(sum((e.details->>'rows')::bigint) filter (where e.action = ?), 0) as rows_returned,
              round(extract(epoch from max(e.at) filter (where e.action = ?)) * 1000)::bigint as last_access_ms,
              count(*) filter (where e.action = ?) as denied,
              round(extract(epoch from max(e.at) filter (where e.action = ?)) * 1000)::bigint as last_denied_ms
         from audit_event e
        where e.action in (?, ?) and e.details->>'dataset' in (?)
        group by 1, 2, 3
        order by 1, 2, 3`,
      [
        grantReadAction,
        grantReadAction,
        grantReadAction,
        deniedReadAction,
        deniedReadAction,
        grantReadAction,
        deniedReadAction,
        datasetIds,
      ],
    );
    return rows.map((row) => ({
      datasetId: row.dataset_id,
      granteeKind: row.organisation_id ? 'ORGANISATION' : 'AGENCY',
      granteeAgencyId: row.agency_id,
      granteeOrganisationId: row.organisation_id,
      clientIds: row.client_ids ?? [],
      reads: Number(row.reads),
      rowsReturned: Number(row.rows_returned),
      lastAccessAt: row.last_access_ms === null ? null : new Date(Number(row.last_access_ms)),
      deniedAttempts: Number(row.denied),
      lastDeniedAt: row.last_denied_ms === null ? null : new Date(Number(row.last_denied_ms)),
    }));
  }
}
