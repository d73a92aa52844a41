import { DomainError, type ConsentRefusalCode } from '../../shared/errors';

export type { ConsentRefusalCode };

/** Why a partner's read under a consent was refused: each its own code, for the partner to act on. */
export const consentRefusals: Record<ConsentRefusalCode, string> = {
  CONSENT_PAUSED: 'Công dân đã tạm dừng sự đồng ý (the citizen paused this consent)',
  CONSENT_REVOKED: 'Công dân đã rút lại sự đồng ý (the citizen revoked this consent)',
  CONSENT_EXPIRED: 'Sự đồng ý đã hết hạn (the consent has expired)',
  CONSENT_NOT_STARTED: 'Sự đồng ý chưa đến ngày hiệu lực (the consent has not started yet)',
  CONSENT_OUT_OF_SCOPE: 'Yêu cầu vượt phạm vi đã được đồng ý (outside the datasets or fields consented to)',
  CONSENT_FREQUENCY_EXCEEDED: 'Đã dùng hết số lần đọc được đồng ý trong kỳ (the consented number of reads is used up)',
};

export class ConsentRefused extends DomainError {
  constructor(
    readonly refusal: ConsentRefusalCode,
    detail?: string,
  ) {
    super(refusal, detail ? `${consentRefusals[refusal]}: ${detail}` : consentRefusals[refusal]);
  }
}
