import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { MutationError, payloadType, type PayloadOf } from '../../graphql/payload';
import type { ClientScope } from '../../shared/viewer';
import { apiClientStatuses, type ApiClient, type ApiClientStatus, type PartnerOrganisation } from './service';
import { RequiredContact, RequiredContactInput } from '../../graphql/contact';

/** GraphQL names cannot hold ':', so the OAuth scope strings are this enum's values behind plain names. */
export const ClientScopeEnum = {
  DATASETS_READ: 'datasets:read',
  ROWS_READ: 'rows:read',
  CONSENT_READ: 'consent:read',
  CONSENT_REQUEST: 'consent:request',
  CATALOGUE_READ: 'catalogue:read',
} as const;
registerEnumType(ClientScopeEnum, {
  name: 'ClientScope',
  description: 'What a partner’s API client may reach; the OAuth2 scope string is given with each',
  valuesConfig: {
    DATASETS_READ: { description: '`datasets:read`: the open data catalogue and its rows (002 §20)' },
    ROWS_READ: { description: '`rows:read`: e-form requests for its organisation and the rows granted to it (002 §27.2)' },
    CONSENT_READ: { description: '`consent:read`: citizen data shared with consent (reserved for the consent module)' },
    CONSENT_REQUEST: {
      description: '`consent:request`: asks a citizen for a consent, which they approve or reject in their app (issue 19)',
    },
    CATALOGUE_READ: {
      description:
        '`catalogue:read`: the catalogue of shared data, metadata of the restricted datasets DIC confirmed for it, never their rows (002 §30, §27.1)',
    },
  },
});

export const ApiClientStatusEnum = enumFrom('ApiClientStatus', apiClientStatuses, {
  ACTIVE: 'Đang hoạt động (active)',
  REVOKED: 'Đã thu hồi; mọi mã truy cập bị từ chối ngay (revoked: every token refused at once)',
});

@ObjectType('PartnerOrganisation', { description: 'A partner organisation using the API service (002 §27.1b), registered by DIC' })
export class PartnerOrganisationType extends RequiredContact {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Mã số thuế, normalised: 10 digits, or 0123456789-001 for a branch' })
  taxCode!: string;

  @Field()
  provinceCode!: string;

  @Field()
  registeredAt!: Date;
}

@ObjectType('ApiClient', { description: 'A partner system’s OAuth2 client credentials; the secret is shown once and never readable' })
export class ApiClientType {
  @Field(() => ID, { description: 'The OAuth2 client_id' })
  id!: string;

  @Field()
  name!: string;

  @Field(() => [ClientScopeEnum])
  scopes!: ClientScope[];

  @Field(() => ApiClientStatusEnum)
  status!: ApiClientStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  secretRotatedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason?: string | null;

  @Field(() => Date, { nullable: true, description: 'Last token issued or request made, to the minute' })
  lastUsedAt?: Date | null;
}

@InputType('RegisterPartnerOrganisationInput', { description: 'In your own province' })
export class RegisterPartnerOrganisationInputType extends RequiredContactInput {
  @Field()
  name!: string;

  @Field({ description: 'Mã số thuế: 10 digits, or 13 for a branch (0123456789-001)' })
  taxCode!: string;
}

@InputType('RegisterApiClientInput')
export class RegisterApiClientInputType {
  @Field(() => ID, { description: 'A partner organisation of your province' })
  organisationId!: string;

  @Field({ description: 'Which system of the organisation, e.g. its booking portal' })
  name!: string;

  @Field(() => [ClientScopeEnum])
  scopes!: ClientScope[];
}

export const PartnerOrganisationPayload = payloadType('PartnerOrganisationPayload', 'organisation', () => PartnerOrganisationType);
export type PartnerOrganisationPayload = PayloadOf<'organisation', PartnerOrganisation>;

@ObjectType()
export class ApiClientSecretPayload {
  @Field(() => ApiClientType, { nullable: true })
  client?: ApiClient;

  @Field(() => String, {
    nullable: true,
    description: 'The client_secret, in this answer only: it is kept nowhere and cannot be read again',
  })
  clientSecret?: string;

  @Field(() => MutationError, { nullable: true })
  error?: MutationError;
}

export const ApiClientPayload = payloadType('ApiClientPayload', 'client', () => ApiClientType);
export type ApiClientPayload = PayloadOf<'client', ApiClient>;
