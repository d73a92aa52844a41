import DataLoader from 'dataloader';
import type { AccessGrant } from '../modules/access/service';
import type { Agency, AgencySuccession, Province } from '../modules/agencies/service';
import type { Dataset, DatasetOwnershipTransfer, Distribution, DuplicateOverride } from '../modules/catalog/service';
import type { PartnerOrganisation } from '../modules/clients/service';
import type { DatasetUsage } from '../modules/opendata/service';
import type { Services } from '../services';

/** Batches per request, so a page costs the same number of statements whatever its size. */
export interface Loaders {
  agencyById: DataLoader<string, Agency | null>;
  provinceByCode: DataLoader<string, Province | null>;
  distributionsByDatasetId: DataLoader<string, Distribution[]>;
  /** Unfiltered: only for links the viewer was already allowed to follow (e.g. DIC's duplicate flags). */
  datasetById: DataLoader<string, Dataset | null>;
  duplicateOverridesByDatasetId: DataLoader<string, DuplicateOverride[]>;
  usageByDatasetId: DataLoader<UsageKey, DatasetUsage[], string>;
  accessGrantByRequestId: DataLoader<string, AccessGrant | null>;
  successionsByAgencyId: DataLoader<string, AgencySuccession[]>;
  ownershipHistoryByDatasetId: DataLoader<string, DatasetOwnershipTransfer[]>;
  partnerOrganisationById: DataLoader<string, PartnerOrganisation | null>;
}

export interface UsageKey {
  datasetId: string;
  from: string;
  to: string;
}

export function createLoaders(services: Services): Loaders {
  return {
    agencyById: new DataLoader(async (ids) => {
      const byId = new Map((await services.agencies.findByIds(ids)).map((agency) => [agency.id, agency]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    provinceByCode: new DataLoader(async (codes) => {
      const byCode = new Map((await services.agencies.findProvincesByCodes(codes)).map((province) => [province.code, province]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    distributionsByDatasetId: listsOf((ids) => services.catalog.distributionsOf(ids)),
    datasetById: new DataLoader(async (ids) => {
      const byId = new Map((await services.catalog.findByIds(ids)).map((dataset) => [dataset.id, dataset]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
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
    duplicateOverridesByDatasetId: listsOf((ids) => services.catalog.duplicateOverridesOf(ids)),
    successionsByAgencyId: listsOf((ids) => services.agencies.successionsOf(ids)),
    ownershipHistoryByDatasetId: listsOf((ids) => services.catalog.ownershipHistoryOf(ids)),
    partnerOrganisationById: new DataLoader(async (ids) => {
      const byId = new Map((await services.clients.organisationsByIds(ids)).map((organisation) => [organisation.id, organisation]));
      return ids.map((id) => byId.get(id) ?? null);
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
