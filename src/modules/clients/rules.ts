import { allow } from 'graphql-shield';
import { hasAnyRole } from '../../graphql/rules';

const dicOnly = hasAnyRole('DIC_ADMIN');

/** DIC only; ClientService checks the province. No field anywhere holds a secret but the mutation's own answer. */
export const clientPermissions = {
  Query: {
    partnerOrganisations: dicOnly,
    apiClients: dicOnly,
  },
  Mutation: {
    registerPartnerOrganisation: dicOnly,
    registerApiClient: dicOnly,
    rotateApiClientSecret: dicOnly,
    revokeApiClient: dicOnly,
  },
  PartnerOrganisation: allow,
  ApiClient: allow,
  PartnerOrganisationPayload: allow,
  ApiClientSecretPayload: allow,
  ApiClientPayload: allow,
};
