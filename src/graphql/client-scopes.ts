import { and, rule } from 'graphql-shield';
import type { ClientScope } from '../shared/viewer';
import type { HubContext } from './context';
import { forbidden } from './rules';

type RootType = 'Query' | 'Mutation';

/**
 * The operations a partner's client token may reach, and with which scopes (002 §27.1b).
 * Every other root field refuses a client, whatever its own rule would say to an official.
 */
export const clientFieldScopes: Record<RootType, Record<string, readonly ClientScope[]>> = {
  Query: {
    agencies: ['datasets:read', 'catalogue:read'],
    provinces: ['datasets:read', 'catalogue:read'],
    codeLists: ['datasets:read', 'catalogue:read'],
    // What each client sees of them is the catalogue's rule (catalog/visibility.ts): open data to
    // all, the shared-data catalogue with catalogue:read. rows:read finds what its e-forms name.
    dataset: ['datasets:read', 'rows:read', 'catalogue:read'],
    datasets: ['datasets:read', 'rows:read', 'catalogue:read'],
    // Open data's rows need no more; a grant's rows need rows:read (datastore/rows/access.ts).
    datasetRows: ['datasets:read', 'rows:read'],
    myAccessRequests: ['rows:read'],
    citizenRecords: ['consent:read'],
    consentPurposes: ['consent:request'],
    consentRequest: ['consent:request'],
    // A federation gateway's token: the schema (refused to anonymous callers in production) and entities.
    _service: ['datasets:read'],
    _entities: ['datasets:read'],
  },
  Mutation: {
    submitAccessRequest: ['rows:read'],
    withdrawAccessRequest: ['rows:read'],
    // A partner answers the owner's counter-offer and takes part in the comments on its own requests.
    acceptCounterOffer: ['rows:read'],
    declineCounterOffer: ['rows:read'],
    commentOnAccessRequest: ['rows:read'],
    requestConsent: ['consent:request'],
    setConsentWebhook: ['consent:request'],
  },
};

function clientGate(type: RootType, field: string) {
  const scopes = clientFieldScopes[type][field] ?? [];
  return rule(`clientScope:${type}.${field}`, { cache: 'contextual' })((_parent, _args, { viewer }: HubContext) => {
    if (viewer.kind !== 'client') return true;
    return scopes.some((scope) => viewer.scopes.includes(scope)) ? true : forbidden();
  });
}

/** Puts the client gate in front of every root field's rule. */
export function gateClients(ruleMap: Record<string, unknown>): Record<string, unknown> {
  const gated = { ...ruleMap };
  for (const type of ['Query', 'Mutation'] as const) {
    const fields = ruleMap[type] as Record<string, Parameters<typeof and>[0]>;
    gated[type] = Object.fromEntries(Object.entries(fields).map(([field, fieldRule]) => [field, and(clientGate(type, field), fieldRule)]));
  }
  return gated;
}
