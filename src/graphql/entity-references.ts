import { isUuid } from '../shared/identifiers';
import type { HubContext } from './context';

/** A key value a database lookup can take; anything else is an unknown entity, not an error. */
function keyOf(reference: Record<string, unknown>, field: string, valid: (value: string) => boolean = () => true): string | null {
  const value = reference[field];
  return typeof value === 'string' && valid(value) ? value : null;
}

/**
 * How a federation gateway's `_entities` representations become our objects: through the
 * request's DataLoaders, so N representations cost one statement per type. A dataset goes
 * through the same visibility as `datasets`: an entity the viewer may not see is null.
 */
export const entityReferences = {
  Dataset: {
    __resolveReference: (reference: Record<string, unknown>, { loaders }: HubContext) => {
      const id = keyOf(reference, 'id', isUuid);
      return id ? loaders.visibleDatasetById.load(id) : null;
    },
  },
  CodeList: {
    __resolveReference: (reference: Record<string, unknown>, { loaders }: HubContext) => {
      const id = keyOf(reference, 'id', isUuid);
      return id ? loaders.codeListById.load(id) : null;
    },
  },
  Agency: {
    __resolveReference: (reference: Record<string, unknown>, { loaders }: HubContext) => {
      const id = keyOf(reference, 'id', isUuid);
      return id ? loaders.agencyById.load(id) : null;
    },
  },
  Province: {
    __resolveReference: (reference: Record<string, unknown>, { loaders }: HubContext) => {
      const code = keyOf(reference, 'code');
      return code ? loaders.provinceByCode.load(code) : null;
    },
  },
};
