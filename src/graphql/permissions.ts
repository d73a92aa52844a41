import { GraphQLError } from 'graphql';
import { allow, deny, shield } from 'graphql-shield';
import { accessPermissions } from '../modules/access/rules';
import { accessFollowUpPermissions } from '../modules/access/follow-up-rules';
import { accountPermissions } from '../modules/accounts/rules';
import { agencyPermissions } from '../modules/agencies/rules';
import { clientPermissions } from '../modules/clients/rules';
import { catalogPermissions } from '../modules/catalog/rules';
import { citizenPermissions } from '../modules/citizens/rules';
import { compliancePermissions } from '../modules/compliance/rules';
import { rowPermissions } from '../modules/datastore/rows/rules';
import { datastorePermissions } from '../modules/datastore/rules';
import { federationPermissions } from '../modules/federation/rules';
import { openDataPermissions } from '../modules/opendata/rules';
import { successionPermissions } from '../modules/succession/rules';
import { consentPermissions } from '../modules/consent/rules';
import { feedbackPermissions } from '../modules/feedback/rules';
import { notificationPermissions } from '../modules/notifications/rules';
import { gateClients } from './client-scopes';

type RuleMap = Record<string, unknown>;

/** Merges the modules' rule maps; two modules ruling the same field is a mistake, not an override. */
function mergeRuleMaps(...maps: Record<string, RuleMap | unknown>[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [typeName, rules] of Object.entries(map)) {
      const existing = merged[typeName];
      if (existing === undefined) {
        merged[typeName] = rules;
        continue;
      }
      if (
        typeof existing !== 'object' ||
        typeof rules !== 'object' ||
        existing === null ||
        rules === null ||
        !isFieldMap(existing) ||
        !isFieldMap(rules)
      ) {
        throw new Error(`permissions: type ${typeName} is ruled twice`);
      }
      for (const field of Object.keys(rules)) {
        if (field in existing) throw new Error(`permissions: ${typeName}.${field} is ruled twice`);
      }
      merged[typeName] = { ...existing, ...rules };
    }
  }
  return merged;
}

function isFieldMap(value: object): value is RuleMap {
  return value.constructor === Object;
}

const moduleRules = mergeRuleMaps(
  agencyPermissions,
  accountPermissions,
  citizenPermissions,
  catalogPermissions,
  rowPermissions,
  datastorePermissions,
  openDataPermissions,
  compliancePermissions,
  accessPermissions,
  successionPermissions,
  consentPermissions,
  clientPermissions,
  federationPermissions,
  accessFollowUpPermissions,
  notificationPermissions,
  feedbackPermissions,
  {
    MutationError: allow,
    InputProblem: allow,
    PageInfo: allow,
  },
);

/** Every type and field with its rule, partner clients gated by scope; a test walks the schema against this. */
export const ruleMap = gateClients(moduleRules);

export const permissions = shield(ruleMap as Parameters<typeof shield>[0], {
  fallbackRule: deny,
  // Our own coded errors (FORBIDDEN, NOT_FOUND…) pass through; formatError hides the rest.
  allowExternalErrors: true,
  fallbackError: () => new GraphQLError('Bạn không có quyền truy cập trường này (forbidden)', { extensions: { code: 'FORBIDDEN' } }),
});
