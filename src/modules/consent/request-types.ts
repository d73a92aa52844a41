import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { payloadType, type PayloadOf } from '../../graphql/payload';
import { consentRequestStates, type ConsentRequest, type ConsentRequestState, type RequestConsentInput } from './service';
import { enumFrom } from '../../graphql/enum';
import { ConsentTermsInputType, ConsentTermsType } from './types';

export const ConsentRequestStateEnum = enumFrom('ConsentRequestState', consentRequestStates, {
  PENDING: 'Chờ công dân trả lời (awaiting the citizen’s answer)',
  APPROVED: 'Công dân đã đồng ý: xem consentId (approved: the consent is consentId)',
  REJECTED: 'Công dân đã từ chối (rejected)',
  EXPIRED: 'Hết hạn trả lời (unanswered by answerBy)',
});

@ObjectType('ConsentPurpose', { description: 'Một mục đích trong danh mục (a purpose a partner may ask a consent for)' })
export class ConsentPurposeType {
  @Field()
  code!: string;

  @Field()
  label!: string;

  @Field()
  labelEn!: string;
}

@ObjectType('ConsentRequest', {
  description: 'Yêu cầu đồng ý của đối tác (a partner’s request for a citizen’s consent), approved or rejected in the app',
})
export class ConsentRequestType extends ConsentTermsType {
  @Field()
  purposeCode!: string;

  @Field({ description: 'Unanswered by then, the request expires' })
  answerBy!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The citizen’s reason for rejecting, if they gave one' })
  rejectionReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'Once APPROVED: the consent to read under (citizenRecords)' })
  consentId?: string | null;
}

@InputType('RequestConsentInput')
export class RequestConsentInputType extends ConsentTermsInputType implements RequestConsentInput {
  @Field({ description: 'The citizen’s CCCD, 12 digits' })
  citizenCccd!: string;

  @Field({ description: 'A code of consentPurposes' })
  purposeCode!: string;

  @Field(() => Date, { nullable: true, description: 'Unanswered by then, the request expires: within 30 days; 7 days when absent' })
  answerBy?: Date | null;
}

@ObjectType('ConsentWebhook', { description: 'Where the hub tells a partner client of its consent requests’ outcomes' })
export class ConsentWebhookType {
  @Field()
  url!: string;

  @Field({
    description:
      'Shown once: the key of X-Hub-Signature-256 (sha256= and the hex HMAC-SHA256 of the raw body); setting the webhook again makes a new one',
  })
  secret!: string;
}

export const ConsentRequestPayload = payloadType('ConsentRequestPayload', 'consentRequest', () => ConsentRequestType);
export type ConsentRequestPayload = PayloadOf<'consentRequest', ConsentRequest>;

export const ConsentWebhookPayload = payloadType('ConsentWebhookPayload', 'webhook', () => ConsentWebhookType);
export type ConsentWebhookPayload = PayloadOf<'webhook', { url: string; secret: string }>;

export type { ConsentRequestState };
