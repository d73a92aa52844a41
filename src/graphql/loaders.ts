import DataLoader from 'dataloader';
import type { AccessGrant, AccessRequest, AccessRequestComment, CounterOffer } from '../modules/access/service';
import type { Agency, AgencySuccession, Province } from '../modules/agencies/service';
import type { Dataset, DatasetOwnershipTransfer, Distribution, DuplicateOverride } from '../modules/catalog/service';
import type { PartnerOrganisation } from '../modules/clients/service';
import type { HarvestRun } from '../modules/federation/service';
import type { DatasetUsage } from '../modules/opendata/service';
import type { Services } from '../services';
import type { Viewer } from '../shared/viewer';

/** Batches per request, so a page costs the same number of statements whatever its size. */
export interface Loaders {
  agencyById: DataLoader<string, Agency | null>;
  provinceByCode: DataLoader<string, Province | null>;
  distributionsByDatasetId: DataLoader<string, Distribution[]>;
  /** Unfiltered: only for links the viewer was already allowed to follow (e.g. DIC's duplicate flags). */
  datasetById: DataLoader<string, Dataset | null>;
  /** Filtered like the `datasets` query: a federation gateway's lookups see no more than the viewer may. */
  visibleDatasetById: DataLoader<string, Dataset | null>;
  codeListById: DataLoader<string, Dataset | null>;
  duplicateOverridesByDatasetId: DataLoader<string, DuplicateOverride[]>;
  usageByDatasetId: DataLoader<UsageKey, DatasetUsage[], string>;
  accessGrantByRequestId: DataLoader<string, AccessGrant | null>;
  counterOffersByRequestId: DataLoader<string, CounterOffer[]>;
  commentsByRequestId: DataLoader<string, AccessRequestComment[]>;
  /** The viewer's own (agency's or organisation's) requests and grants, by dataset id. */
  ownAccessRequestsByDatasetId: DataLoader<string, AccessRequest[]>;
  ownGrantsByDatasetId: DataLoader<string, AccessGrant[]>;
  successionsByAgencyId: DataLoader<string, AgencySuccession[]>;
  ownershipHistoryByDatasetId: DataLoader<string, DatasetOwnershipTransfer[]>;
  partnerOrganisationById: DataLoader<string, PartnerOrganisation | null>;
  latestHarvestRunBySourceId: DataLoader<string, HarvestRun | null>;
}

export interface UsageKey {
  datasetId: string;
  from: string;
  to: string;
}

export function createLoaders(services: Services, viewer: Viewer): Loaders {
  return {
    agencyById: new DataLoader(async (ids) => byIdIn(ids, await services.agencies.findByIds(ids))),
    provinceByCode: new DataLoader(async (codes) => {
      const byCode = new Map((await services.agencies.findProvincesByCodes(codes)).map((province) => [province.code, province]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    distributionsByDatasetId: listsOf((ids) => services.trusted.catalog.distributionsOf(ids)),
    datasetById: new DataLoader(async (ids) => byIdIn(ids, await services.trusted.catalog.findByIds(ids))),
    visibleDatasetById: new DataLoader(async (ids) => byIdIn(ids, await services.catalog.findVisibleByIds(viewer, ids))),
    codeListById: new DataLoader(async (ids) => byIdIn(ids, await services.trusted.catalog.codeListsByIds(ids))),
    usageByDatasetId: new DataLoader(
      async (keys) => {
        // One statement per distinct period asked for in this request (usually one).
        const periods = new Map<string, readonly UsageKey[]>();
        for (const key of keys) periods.set(`${key.from}|${key.to}`, [...(periods.get(`${key.from}|${key.to}`) ?? []), key]);
        const found = new Map<string, DatasetUsage[]>();
        for (const [period, members] of periods) {
          const byDataset = await services.openData.usageOf(
            members.map((member) => member.datasetId),
            members[0].from,
            members[0].to,
          );
          for (const [datasetId, days] of byDataset) found.set(`${datasetId}|${period}`, days);
        }
        return keys.map((key) => found.get(`${key.datasetId}|${key.from}|${key.to}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.datasetId}|${key.from}|${key.to}` },
    ),
    accessGrantByRequestId: new DataLoader(async (ids) => {
      const byRequest = await services.access.grantsOf(ids);
      return ids.map((id) => byRequest.get(id) ?? null);
    }),
    counterOffersByRequestId: listsOf((ids) => services.access.negotiation.offersOf(ids)),
    commentsByRequestId: listsOf((ids) => services.access.dicReview.commentsOf(ids)),
    ownAccessRequestsByDatasetId: listsOf((ids) => services.access.ownRequestsOf(viewer, ids)),
    ownGrantsByDatasetId: listsOf((ids) => services.access.ownGrantsOf(viewer, ids)),
    duplicateOverridesByDatasetId: listsOf((ids) => services.trusted.catalog.duplicateOverridesOf(ids)),
    successionsByAgencyId: listsOf((ids) => services.agencies.successionsOf(ids)),
    ownershipHistoryByDatasetId: listsOf((ids) => services.trusted.catalog.ownershipHistoryOf(ids)),
    partnerOrganisationById: new DataLoader(async (ids) => byIdIn(ids, await services.clients.organisationsByIds(ids))),
    latestHarvestRunBySourceId: new DataLoader(async (ids) => {
      const latest = await services.federation.latestRunsOf(ids);
      return ids.map((id) => latest.get(id) ?? null);
    }),
  };
}

/** A loader of lists from a service's batch method that answers with a map by id. */
function listsOf<T>(batch: (ids: readonly string[]) => Promise<Map<string, T[]>>): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const byId = await batch(ids);
    return ids.map((id) => byId.get(id) ?? []);
  });
}

/** The found rows in the order of the keys asked for, null where none was found. */
function byIdIn<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
