/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccessDecision =
  /** Chấp thuận với thời hạn và phạm vi đã thống nhất (approve with the agreed period and columns) */
  | 'APPROVE'
  /** Từ chối, bắt buộc nêu lý do (refuse, with a mandatory written reason) */
  | 'REJECT';

export type AccessLevel =
  /** Dữ liệu cá nhân: chỉ đọc khi công dân đồng ý (personal: read only under a citizen’s consent) */
  | 'PERSONAL'
  /** Công khai: có thể công bố là dữ liệu mở (public: may be published as open data) */
  | 'PUBLIC'
  /** Hạn chế: khai thác qua phiếu yêu cầu (restricted: obtained through an access request) */
  | 'RESTRICTED';

/** A period of access: from, to (inclusive) */
export type AccessPeriodInput = {
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  validFrom: unknown;
  /**
   * Inclusive, after validFrom
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  validTo: unknown;
};

export type AccessRequestState =
  /** Đã chấp thuận, có quyền truy cập (approved: a grant exists) */
  | 'APPROVED'
  /** Hai bên đã thống nhất; chờ Sở TTTT xác nhận (agreed; awaiting DIC’s confirmation, 002 §27.1d) */
  | 'AWAITING_DIC'
  /** Cơ quan chủ quản đề xuất thời hạn, phạm vi khác; chờ bên đề nghị trả lời (the owner counter-offered; awaiting the requester) */
  | 'COUNTER_OFFERED'
  /** Sở TTTT không xác nhận, có lý do (DIC refused to confirm, with its reason) */
  | 'DIC_REFUSED'
  /** Đề xuất của cơ quan chủ quản hết hạn mà không được trả lời (the counter-offer expired unanswered; no grant) */
  | 'EXPIRED'
  /** Chờ cơ quan chủ quản xem xét (awaiting the owner) */
  | 'PENDING'
  /** Từ chối, có lý do bằng văn bản (refused with written reasons) */
  | 'REJECTED'
  /** Cơ quan đề nghị đã rút (withdrawn by the requester) */
  | 'WITHDRAWN';

export type AccountLockReason =
  /** Bị virus chiếm dụng, lộ lọt mật khẩu, phát tán thư rác (003 §6.2b: compromised) */
  | 'COMPROMISED'
  /** Không phát sinh giao dịch trong 06 tháng (003 §6.2a: no activity for 6 months) */
  | 'INACTIVITY'
  /** Nghỉ hưu, nghỉ việc hoặc chuyển công tác ra ngoài tỉnh (003 §5.2c: left) */
  | 'LEFT'
  /** Tham gia hoạt động bị cấm (003 §6.2c, §3.2: prohibited use) */
  | 'MISUSE';

export type AgencyKind =
  /** UBND cấp xã (commune People’s Committee) */
  | 'COMMUNE_PPC'
  /** Sở, ban, ngành (department) */
  | 'DEPARTMENT'
  /** Phòng thuộc sở (division of a department) */
  | 'DEPARTMENT_DIVISION'
  /** Đơn vị trực thuộc sở (unit under a department) */
  | 'DEPARTMENT_UNIT'
  /** Sở Thông tin và Truyền thông (Department of Information and Communications) */
  | 'DIC'
  /** Phòng thuộc UBND cấp huyện (division of a district) */
  | 'DISTRICT_DIVISION'
  /** UBND cấp huyện (district People’s Committee) */
  | 'DISTRICT_PPC'
  /** Cơ quan khác (other) */
  | 'OTHER'
  /** Công an (police) */
  | 'POLICE'
  /** Ủy ban nhân dân tỉnh (Provincial People’s Committee) */
  | 'PPC'
  /** Văn phòng UBND tỉnh (PPC Office) */
  | 'PPC_OFFICE';

export type ApiClientStatus =
  /** Đang hoạt động (active) */
  | 'ACTIVE'
  /** Đã thu hồi; mọi mã truy cập bị từ chối ngay (revoked: every token refused at once) */
  | 'REVOKED';

export type BroadcastRequestInput = {
  /**
   * At most 2000 characters, plain text
   *
   * Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters)
   */
  body: string;
  /**
   * An http(s) address for more
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  link?: string | null | undefined;
  /**
   * Why every app user must be told (the written request), at most 1000 characters
   *
   * Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters)
   */
  reason: string;
  /**
   * At most 150 characters
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  title: string;
};

export type BroadcastStatus =
  /** Chờ Sở TT&TT duyệt (awaiting DIC) */
  | 'PENDING'
  /** Đã gửi đến người dùng (published to the feed) */
  | 'PUBLISHED'
  /** Bị từ chối, có lý do (rejected with a reason) */
  | 'REJECTED';

export type CitizenAccountType =
  /** Doanh nghiệp (an enterprise) */
  | 'ENTERPRISE'
  /** Cá nhân (a person) */
  | 'INDIVIDUAL'
  /** Tổ chức (an organisation) */
  | 'ORGANISATION';

/** The fields of 000 §8.2 */
export type CitizenRegistrationInput = {
  /** Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters) */
  accountName: string;
  accountType: CitizenAccountType;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  addressCommune?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  addressDistrict?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  addressProvince?: string | null | undefined;
  /**
   * YYYY-MM-DD; required for a person
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  dateOfBirth?: string | null | undefined;
  /**
   * Optional (000 §8.2)
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  email?: string | null | undefined;
  /**
   * The person’s name, or the organisation’s
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  fullName: string;
  /** Required for a person */
  gender?: Gender | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  houseNumber?: string | null | undefined;
  /**
   * YYYY-MM-DD; required for a person
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  idIssuedOn?: string | null | undefined;
  /**
   * Required for a person
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  idIssuedPlace?: string | null | undefined;
  /**
   * A person’s CCCD (12 digits) or CMND (9 digits)
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  idNumber?: string | null | undefined;
  /**
   * At least 8 characters with upper and lower case, a digit and one of ! @ # % $ * &
   *
   * Tối đa 256 ký tự trên một dòng (at most 256 characters on one line, no control characters)
   */
  password: string;
  /**
   * A Vietnamese mobile number; the OTP is sent to it
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  phone: string;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  street?: string | null | undefined;
  /**
   * An organisation’s enterprise or tax code (10 digits, or 10-3)
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  taxCode?: string | null | undefined;
};

export type CitizenStatus =
  /** Đang hoạt động (active) */
  | 'ACTIVE'
  /** Bị khóa (locked) */
  | 'LOCKED'
  /** Chờ xác thực mã OTP (000 §9.1: awaiting the SMS code) */
  | 'PENDING_VERIFICATION';

/** What a partner’s API client may reach; the OAuth2 scope string is given with each */
export type ClientScope =
  /** `catalogue:read`: the catalogue of shared data, metadata of the restricted datasets DIC confirmed for it, never their rows (002 §30, §27.1) */
  | 'CATALOGUE_READ'
  /** `consent:read`: citizen data shared with consent (reserved for the consent module) */
  | 'CONSENT_READ'
  /** `consent:request`: asks a citizen for a consent, which they approve or reject in their app (issue 19) */
  | 'CONSENT_REQUEST'
  /** `datasets:read`: the open data catalogue and its rows (002 §20) */
  | 'DATASETS_READ'
  /** `rows:read`: e-form requests for its organisation and the rows granted to it (002 §27.2) */
  | 'ROWS_READ';

export type CommentAuthorRole =
  /** Sở Thông tin và Truyền thông (DIC, 002 §27.1d) */
  | 'DIC'
  /** Cơ quan chủ quản dữ liệu (the data owner) */
  | 'OWNER'
  /** Bên đề nghị (the requester) */
  | 'REQUESTER';

export type ComplianceCheckName =
  /** Cột danh mục hợp lệ (code-list columns valid), 002 §5.2 */
  | 'CODE_LISTS_VALID'
  /** Phiên bản hiện tại nạp không lỗi (current version ingested without errors), 002 §5.3 */
  | 'CURRENT_VERSION'
  /** Đủ thông tin mô tả (complete metadata) */
  | 'METADATA_COMPLETE'
  /** Không phải bí mật nhà nước (not a state secret), 002 §30.3 */
  | 'NOT_STATE_SECRET'
  /** Không trùng lặp (no duplicate), 002 §4.2b */
  | 'NO_DUPLICATE'
  /** Một cơ quan chủ quản (one owning agency), 002 §5.1 */
  | 'SINGLE_OWNER'
  /** Table Schema hợp lệ (valid Frictionless Table Schema) */
  | 'TABLE_SCHEMA_VALID';

export type ConsentAnswer =
  /** Đồng ý (consent) */
  | 'CONSENT'
  /** Từ chối, bắt buộc nêu lý do (refuse, with a mandatory reason) */
  | 'REFUSE';

export type ConsentMode =
  /** Một lần (one read) */
  | 'ONE_TIME'
  /** Định kỳ, có giới hạn số lần mỗi kỳ (periodic, limited reads per period) */
  | 'PERIODIC';

export type ConsentParty =
  /** Sở Thông tin và Truyền thông của tỉnh (DIC of the province) */
  | 'DIC'
  /** Cơ quan chủ quản dữ liệu (the owning agency) */
  | 'OWNER';

export type ConsentRequestState =
  /** Công dân đã đồng ý: xem consentId (approved: the consent is consentId) */
  | 'APPROVED'
  /** Hết hạn trả lời (unanswered by answerBy) */
  | 'EXPIRED'
  /** Chờ công dân trả lời (awaiting the citizen’s answer) */
  | 'PENDING'
  /** Công dân đã từ chối (rejected) */
  | 'REJECTED';

export type ConsentScopeInput = {
  /** Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters) */
  datasetSlug: string;
  /**
   * Each field chosen by the citizen; none is pre-selected
   *
   * Tối đa 1600 mục (at most 1600 items); Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  fields: Array<string>;
};

export type ConsentState =
  /** Đang hiệu lực (active) */
  | 'ACTIVE'
  /** Hết hạn (expired) */
  | 'EXPIRED'
  /** Tạm dừng (paused) */
  | 'PAUSED'
  /** Đã rút lại (revoked) */
  | 'REVOKED';

export type CouncilSeat =
  /** Sở Thông tin và Truyền thông (DIC), 002 §5.5 */
  | 'DIC'
  /** Cơ quan chủ trì quản lý dữ liệu (the owning agency), 002 §5.5 */
  | 'OWNER'
  /** Văn phòng UBND tỉnh (PPC Office), 002 §5.5 */
  | 'PPC_OFFICE';

export type CounterOfferState =
  /** Bên đề nghị đã chấp nhận: là thời hạn, phạm vi đã thống nhất (accepted: the agreed terms) */
  | 'ACCEPTED'
  /** Bên đề nghị không chấp nhận (declined by the requester) */
  | 'DECLINED'
  /** Hết hạn trả lời (expired unanswered) */
  | 'EXPIRED'
  /** Chờ bên đề nghị trả lời (awaiting the requester’s answer) */
  | 'OPEN'
  /** Đề nghị đã được rút (the request was withdrawn) */
  | 'WITHDRAWN';

export type CreateOfficialInput = {
  /**
   * Absent: the 003 §4.2 proposal
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  accountName?: string | null | undefined;
  /**
   * Account name (003 §4.1) of the official’s agency
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  agencyCode: string;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  fullName: string;
  /**
   * Meets 003 §7; absent: a temporary password is generated and shown once
   *
   * Tối đa 256 ký tự trên một dòng (at most 256 characters on one line, no control characters)
   */
  initialPassword?: string | null | undefined;
  /**
   * Reference of the request letter (003 §5.1)
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  requestReference: string;
  /**
   * The requesting agency head (003 §5.2a)
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  requestedBy: string;
  /** Tối đa 100 mục (at most 100 items) */
  roles?: Array<OfficialRole> | null | undefined;
  /**
   * The surname when it has more than one word (Tôn Nữ): its initials all go in the account name; absent: the first word
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  surname?: string | null | undefined;
};

export type DataCategory =
  /** Dữ liệu do người dân đóng góp (citizen-contributed data) */
  | 'CITIZEN_CONTRIBUTED'
  /** Dữ liệu do doanh nghiệp báo cáo (enterprise-reported data) */
  | 'ENTERPRISE_REPORTED'
  /** Dữ liệu cảm biến IoT (IoT sensor data) */
  | 'IOT_SENSOR'
  /** Dữ liệu phát sinh từ nền tảng (generated by platform processes) */
  | 'PLATFORM_GENERATED'
  /** Dữ liệu chuyên ngành (sectoral data) */
  | 'SECTORAL'
  /** Dữ liệu chuyên ngành dùng chung (sectoral data reused by other sectors) */
  | 'SECTORAL_SHARED'
  /** Dữ liệu dùng chung (shared data) */
  | 'SHARED'
  /** Danh mục dùng chung (shared catalogue / code list) */
  | 'SHARED_CATALOGUE'
  /** Dữ liệu từ chương trình xã hội hóa (state–business cooperation) */
  | 'SOCIALIZATION'
  /** Dữ liệu chuẩn hóa từ nguồn sẵn có: giấy, Word, Excel (standardised from existing sources) */
  | 'STANDARDIZED'
  /** Dữ liệu điều tra, khảo sát (survey data) */
  | 'SURVEY';

export type DatasetFilter = {
  /** Tối đa 100 mục (at most 100 items) */
  accessLevels?: Array<AccessLevel> | null | undefined;
  /** Tối đa 100 mục (at most 100 items) */
  categories?: Array<DataCategory> | null | undefined;
  /**
   * Media types, e.g. text/csv
   *
   * Tối đa 100 mục (at most 100 items); Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  formats?: Array<string> | null | undefined;
  /**
   * Keywords (tags) as written; any of them matches
   *
   * Tối đa 100 mục (at most 100 items); Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  keywords?: Array<string> | null | undefined;
  /**
   * Licence identifiers, e.g. CC-BY-4.0
   *
   * Tối đa 100 mục (at most 100 items); Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  licences?: Array<string> | null | undefined;
  /**
   * Owner agency codes (003 §4.1)
   *
   * Tối đa 100 mục (at most 100 items); Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  ownerCodes?: Array<string> | null | undefined;
  /** Tối đa 100 mục (at most 100 items); Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters) */
  provinceCodes?: Array<string> | null | undefined;
  /** Tối đa 100 mục (at most 100 items); Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters) */
  sectors?: Array<string> | null | undefined;
};

export type DecideAccessRequestInput = {
  /**
   * APPROVE: a non-empty subset of the requested columns (other columns or period: counterOfferAccessRequest)
   *
   * Tối đa 1600 mục (at most 1600 items); Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  allowedColumns?: Array<string> | null | undefined;
  decision: AccessDecision;
  /**
   * REJECT: the mandatory written reason; APPROVE: an optional note
   *
   * Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters)
   */
  reason?: string | null | undefined;
  /**
   * APPROVE: start of the agreed period, within the requested one and not before the day of filing (Vietnam time)
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  validFrom?: unknown;
  /**
   * APPROVE: end of the agreed period (inclusive), after validFrom, within the requested one
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  validTo?: unknown;
};

export type DecideOnwardSharingInput = {
  answer: ConsentAnswer;
  /** Which consent you give: as DIC of the province or as the owner’s steward */
  party: ConsentParty;
  /**
   * REFUSE: the mandatory reason
   *
   * Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters)
   */
  reason?: string | null | undefined;
};

export type DeliveryForm =
  /** Dịch vụ API từ kho dữ liệu (API service), 002 §27.1b */
  | 'API'
  /** Tệp dữ liệu (a file), 002 §27.1d */
  | 'FILE';

export type DicConfirmationInput = {
  decision: DicDecision;
  /**
   * REFUSE: the mandatory written reason; CONFIRM: an optional note
   *
   * Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters)
   */
  reason?: string | null | undefined;
};

export type DicDecision =
  /** Xác nhận: quyền truy cập có hiệu lực (confirm: the grant takes effect) */
  | 'CONFIRM'
  /** Không xác nhận, bắt buộc nêu lý do (refuse, with a mandatory written reason) */
  | 'REFUSE';

export type DuplicateKind =
  /** Cùng nội dung tệp (same file content) */
  | 'CONTENT'
  /** Cùng tên và cùng cơ quan chủ quản (same title and owner) */
  | 'TITLE';

export type ErrorReportStatus =
  /** Cơ quan chủ quản đã trả lời (answered by the owner) */
  | 'ANSWERED'
  /** Đã đóng (closed) */
  | 'CLOSED'
  /** Chờ cơ quan chủ quản trả lời (awaiting the owner) */
  | 'OPEN';

export type Fee =
  /** Có thu phí, 002 §28.3 (charged) */
  | 'CHARGED'
  /** Miễn phí (free of charge) */
  | 'FREE';

export type FeedbackStatus =
  /** Đã đóng (closed) */
  | 'CLOSED'
  /** Đang xử lý (in progress) */
  | 'IN_PROGRESS'
  /** Đã tiếp nhận (received) */
  | 'RECEIVED'
  /** Đã giải quyết (resolved) */
  | 'RESOLVED';

export type FileErrorReportInput = {
  /**
   * Columns you were supplied
   *
   * Tối đa 1600 mục (at most 1600 items); Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  columns?: Array<string> | null | undefined;
  /**
   * A dataset your agency was granted
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  datasetSlug: string;
  /** Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters) */
  description: string;
  /**
   * Line numbers as datasetRows gives them (from 2)
   *
   * Tối đa 100 mục (at most 100 items)
   */
  rowNumbers?: Array<number> | null | undefined;
};

/** A dataset (by slug), or a service by name with the agency that provides it */
export type FileFeedbackInput = {
  /**
   * The agency’s code (account name) for a service, e.g. soyt
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  agencyCode?: string | null | undefined;
  /** Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters) */
  datasetSlug?: string | null | undefined;
  /**
   * At most 200 characters
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  serviceName?: string | null | undefined;
  /**
   * At most 200 characters
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  subject: string;
  /**
   * At most 4000 characters, plain text
   *
   * Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters)
   */
  text: string;
};

export type FrequencyPeriod =
  /** Ngày (day) */
  | 'DAY'
  /** Tháng (30 days) */
  | 'MONTH'
  /** Tuần (week) */
  | 'WEEK';

export type Gender =
  /** Nữ (female) */
  | 'FEMALE'
  /** Nam (male) */
  | 'MALE'
  /** Khác (other) */
  | 'OTHER';

export type GrantConsentInput = {
  /** The citizen ticked “I agree” themselves; false or absent is not consent */
  agreed: boolean;
  /**
   * The partner’s API client
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  clientId: string | number;
  /** PERIODIC: reads allowed per period */
  maxReads?: number | null | undefined;
  mode: ConsentMode;
  period?: FrequencyPeriod | null | undefined;
  /**
   * One purpose
   *
   * Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters)
   */
  purpose: string;
  /** How long the partner may keep what it read */
  retentionDays: number;
  /** Tối đa 100 mục (at most 100 items) */
  scope: Array<ConsentScopeInput>;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  validFrom: unknown;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  validTo: unknown;
};

export type IdentityKind =
  /** Căn cước công dân, 12 chữ số (citizen identity card) */
  | 'CCCD'
  /** Chứng minh nhân dân, 9 chữ số (legacy identity card) */
  | 'CMND'
  /** Mã số doanh nghiệp / mã số thuế (enterprise or tax code) */
  | 'TAX_CODE';

export type IngestionState =
  /** Thất bại: xem danh sách lỗi (failed: see the problems) */
  | 'FAILED'
  /** Đang chờ (queued) */
  | 'QUEUED'
  /** Đang nạp (running) */
  | 'RUNNING'
  /** Thành công: đã có phiên bản mới (succeeded: a new version exists) */
  | 'SUCCEEDED';

export type Language =
  /** English */
  | 'EN'
  /** Tiếng Việt (the default) */
  | 'VI';

/** Một cơ quan mới (a new agency); its account name is derived by 003 §4.1 */
export type NewAgencyInput = {
  /**
   * The abbreviation the agency uses; derived from the name when absent
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  abbreviation?: string | null | undefined;
  kind: AgencyKind;
  /**
   * Full Vietnamese name, e.g. Ủy ban nhân dân xã Phước Hải
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  name: string;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  nameEn?: string | null | undefined;
  /**
   * Parent department or district PPC, by account name (required for divisions)
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  parentCode?: string | null | undefined;
  /**
   * Default: your own province
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  provinceCode?: string | null | undefined;
  /**
   * YYYY-MM-DD
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  validFrom?: string | null | undefined;
};

export type OfficialRole =
  /** Cán bộ xem dữ liệu của cơ quan (agency viewer) */
  | 'AGENCY_VIEWER'
  /** Cán bộ quản lý dữ liệu của cơ quan (data steward) */
  | 'DATA_STEWARD'
  /** Quản trị của Sở Thông tin và Truyền thông (DIC administrator) */
  | 'DIC_ADMIN'
  /** Quản trị nền tảng (platform administrator) */
  | 'PLATFORM_ADMIN'
  /** Thẩm định viên Văn phòng UBND tỉnh (PPC Office reviewer) */
  | 'PPC_OFFICE_REVIEWER';

export type OfficialStatus =
  /** Đang hoạt động (active) */
  | 'ACTIVE'
  /** Bị khóa, vẫn nhận được văn bản và thư (003 §6.1: locked; still receives documents and mail) */
  | 'LOCKED'
  /** Đã thu hồi (003 §5.2c: revoked) */
  | 'REVOKED';

export type OnwardSharingState =
  /** Cả hai đã đồng ý, có hiệu lực (both consented: in effect) */
  | 'APPROVED'
  /** Chờ ý kiến của Sở TTTT và cơ quan chủ quản (awaiting DIC and the owner) */
  | 'PENDING'
  /** Một bên từ chối, có lý do (refused by one party, with its reason) */
  | 'REJECTED';

export type RegisterApiClientInput = {
  /**
   * Which system of the organisation, e.g. its booking portal
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  name: string;
  /**
   * A partner organisation of your province
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  organisationId: string | number;
  /** Tối đa 100 mục (at most 100 items) */
  scopes: Array<ClientScope>;
};

export type RegisterDatasetInput = {
  accessLevel: AccessLevel;
  category: DataCategory;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  contactEmail?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  contactName?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  contactPhone?: string | null | undefined;
  /** Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters) */
  description: string;
  /** Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters) */
  descriptionEn?: string | null | undefined;
  /**
   * DIC only: register despite a duplicate, for this recorded reason (002 §4.2b)
   *
   * Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters)
   */
  duplicateOverrideReason?: string | null | undefined;
  /** FREE unless stated; PUBLIC data cannot be CHARGED (002 §20.1g) */
  fee?: Fee | null | undefined;
  /**
   * Required when CHARGED (002 §28.3)
   *
   * Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters)
   */
  feeNote?: string | null | undefined;
  /** Tối đa 100 mục (at most 100 items); Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  keywords?: Array<string> | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  licence: string;
  /**
   * Account name (003 §4.1) of the one owning agency in your province, e.g. sotttt
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  ownerCode: string;
  /**
   * A code of the province sectors code list
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  sector?: string | null | undefined;
  /**
   * Derived from the title when absent
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  slug?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  source?: string | null | undefined;
  /**
   * Codes of the province administrative-units code list
   *
   * Tối đa 100 mục (at most 100 items); Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  spatialCoverage?: Array<string> | null | undefined;
  /** True refuses the registration: state secrets are never shared (002 §30.3) */
  stateSecret?: boolean | null | undefined;
  /**
   * YYYY-MM-DD
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  temporalFrom?: string | null | undefined;
  /**
   * YYYY-MM-DD
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  temporalTo?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  title: string;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  titleEn?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  updateFrequency?: string | null | undefined;
};

/** In your own province */
export type RegisterPartnerOrganisationInput = {
  /**
   * An email or a phone number is required
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  contactEmail?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  contactName: string;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  contactPhone?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  name: string;
  /**
   * Mã số thuế: 10 digits, or 13 for a branch (0123456789-001)
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  taxCode: string;
};

export type RequestConsentInput = {
  /**
   * Unanswered by then, the request expires: within 30 days; 7 days when absent
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  answerBy?: unknown;
  /**
   * The citizen’s CCCD, 12 digits
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  citizenCccd: string;
  /** PERIODIC: reads allowed per period */
  maxReads?: number | null | undefined;
  mode: ConsentMode;
  period?: FrequencyPeriod | null | undefined;
  /**
   * A code of consentPurposes
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  purposeCode: string;
  /** How long the partner may keep what it read */
  retentionDays: number;
  /** Tối đa 100 mục (at most 100 items) */
  scope: Array<ConsentScopeInput>;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  validFrom: unknown;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  validTo: unknown;
};

export type RequestOnwardSharingInput = {
  /**
   * Among the grant’s allowed columns
   *
   * Tối đa 1600 mục (at most 1600 items); Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  columns: Array<string>;
  /**
   * A grant of your agency, in force
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  grantId: string | number;
  /** Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters) */
  purpose: string;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  thirdPartyName: string;
  /** Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters) */
  thirdPartyTaxCode?: string | null | undefined;
};

export type RequesterKind =
  /** Cơ quan nhà nước trong tỉnh (a state agency) */
  | 'AGENCY'
  /** Tổ chức đối tác, qua ứng dụng API do Sở TTTT đăng ký (a partner organisation through its API client, 002 §27.1b) */
  | 'ORGANISATION';

export type ReviewState =
  /** Đạt chuẩn (compliant, 002 §5) */
  | 'COMPLIANT'
  /** Bản nháp (draft) */
  | 'DRAFT'
  /** Không đạt (rejected) */
  | 'REJECTED'
  /** Đã gửi thẩm định (submitted) */
  | 'SUBMITTED'
  /** Đang thẩm định (under review by the council) */
  | 'UNDER_REVIEW';

export type RoundOutcome =
  /** Dừng ở kiểm tra tự động (stopped at the automated checks) */
  | 'CHECKS_FAILED'
  /** Cả ba ghế thông qua (all three seats approved) */
  | 'COMPLIANT'
  /** Hội đồng đang xét (the council is deciding) */
  | 'OPEN'
  /** Một ghế không thông qua (a seat rejected) */
  | 'REJECTED';

/** Lọc theo một cột (a filter on one schema column); several operators in one filter all apply */
export type RowFilter = {
  /** Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters) */
  column: string;
  /**
   * Text columns: substring, ignoring case and diacritics ("ho tich" finds "Hộ tịch")
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  contains?: string | null | undefined;
  /**
   * Values: JSON numbers/booleans or their text; dates as YYYY-MM-DD
   *
   * Tối đa 10240 byte JSON (at most 10240 bytes of JSON)
   */
  eq?: unknown;
  /** Tối đa 10240 byte JSON (at most 10240 bytes of JSON) */
  gt?: unknown;
  /** Tối đa 10240 byte JSON (at most 10240 bytes of JSON) */
  gte?: unknown;
  /**
   * One of these values (1 to 1000)
   *
   * Tối đa 1000 mục (at most 1000 items); Tối đa 10240 byte JSON (at most 10240 bytes of JSON)
   */
  in?: Array<unknown> | null | undefined;
  /** true: the cell is empty; false: it is not */
  isNull?: boolean | null | undefined;
  /** Tối đa 10240 byte JSON (at most 10240 bytes of JSON) */
  lt?: unknown;
  /** Tối đa 10240 byte JSON (at most 10240 bytes of JSON) */
  lte?: unknown;
  /** Tối đa 10240 byte JSON (at most 10240 bytes of JSON) */
  ne?: unknown;
};

/** Sắp xếp theo một cột (sort by a schema column), at most 3; ties keep source order */
export type RowSort = {
  /** Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters) */
  column: string;
  descending?: boolean;
};

export type SeatVerdict =
  /** Thông qua (approve) */
  | 'APPROVE'
  /** Không thông qua, kèm lý do (reject, with its reason) */
  | 'REJECT';

/** The e-form (002 §27.2); requester = your agency, or your client’s organisation */
export type SubmitAccessRequestInput = {
  /**
   * e.g. daily, monthly, once
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  accessFrequency: string;
  /**
   * An email or a phone number is required
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  contactEmail?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  contactName: string;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  contactPhone?: string | null | undefined;
  /**
   * A RESTRICTED dataset of another agency
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  datasetSlug: string;
  deliveryForm: DeliveryForm;
  /** Must be true when the dataset is CHARGED (002 §28.3) */
  feesAcknowledged?: boolean | null | undefined;
  /**
   * Căn cứ pháp lý (the legal basis)
   *
   * Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters)
   */
  legalBasis: string;
  /** Must be true (002 §28.1) */
  noOnwardSharing: boolean;
  /**
   * YYYY-MM-DD
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  periodFrom: string;
  /**
   * YYYY-MM-DD, after periodFrom
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  periodTo: string;
  /** Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters) */
  purpose: string;
  /**
   * Fields of the latest version’s Table Schema
   *
   * Tối đa 1600 mục (at most 1600 items); Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  requestedColumns: Array<string>;
};

export type SucceedAgencyInput = {
  /**
   * The agency being succeeded, by account name
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  agencyCode: string;
  /**
   * YYYY-MM-DD, on or before today
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  effectiveOn: string;
  /**
   * Default: your own province
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  provinceCode?: string | null | undefined;
  /** Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters) */
  reason: string;
  /** Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters) */
  successorCode: string;
  /**
   * Default: the same province
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  successorProvinceCode?: string | null | undefined;
};

export type TemporaryLockReason =
  /** Bị chiếm dụng hoặc lộ lọt mật khẩu (003 §6.2b: compromised) */
  | 'COMPROMISED'
  /** Sử dụng vào hoạt động bị cấm (003 §6.2c: prohibited use) */
  | 'MISUSE';

/** Sửa thông tin mô tả (a change of metadata): absent fields stay; null clears an optional field; the rules of registration apply */
export type UpdateDatasetInput = {
  accessLevel?: AccessLevel | null | undefined;
  category?: DataCategory | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  contactEmail?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  contactName?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  contactPhone?: string | null | undefined;
  /** Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters) */
  description?: string | null | undefined;
  /** Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters) */
  descriptionEn?: string | null | undefined;
  /** PUBLIC data cannot be CHARGED (002 §20.1g) */
  fee?: Fee | null | undefined;
  /**
   * Required when CHARGED (002 §28.3)
   *
   * Tối đa 10000 ký tự (at most 10000 characters; line breaks and tabs allowed, no other control characters)
   */
  feeNote?: string | null | undefined;
  /** Tối đa 100 mục (at most 100 items); Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  keywords?: Array<string> | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  licence?: string | null | undefined;
  /**
   * A code of the province sectors code list
   *
   * Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  sector?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  source?: string | null | undefined;
  /**
   * Codes of the province administrative-units code list
   *
   * Tối đa 100 mục (at most 100 items); Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters)
   */
  spatialCoverage?: Array<string> | null | undefined;
  /**
   * YYYY-MM-DD
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  temporalFrom?: string | null | undefined;
  /**
   * YYYY-MM-DD
   *
   * Tối đa 100 ký tự trên một dòng (at most 100 characters on one line, no control characters)
   */
  temporalTo?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  title?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  titleEn?: string | null | undefined;
  /** Tối đa 1000 ký tự trên một dòng (at most 1000 characters on one line, no control characters) */
  updateFrequency?: string | null | undefined;
};

export type OnwardSharingFieldsFragment = { id: string, grantId: string, datasetSlug: string, thirdPartyName: string, thirdPartyTaxCode: string | null, purpose: string, columns: Array<string>, state: OnwardSharingState, dicConsent: ConsentAnswer | null, dicReason: string | null, ownerConsent: ConsentAnswer | null, ownerReason: string | null, effectiveAt: unknown, requesterAgency: { code: string } | null };

export type ErrorReportFieldsFragment = { id: string, description: string, rowNumbers: Array<number>, columns: Array<string>, status: ErrorReportStatus, answer: string | null, answeredAt: unknown, closedAt: unknown, reporterAgency: { code: string } | null };

export type RequestOnwardSharingMutationVariables = Exact<{
  input: RequestOnwardSharingInput;
}>;


export type RequestOnwardSharingMutation = { requestOnwardSharing: { request: { id: string, grantId: string, datasetSlug: string, thirdPartyName: string, thirdPartyTaxCode: string | null, purpose: string, columns: Array<string>, state: OnwardSharingState, dicConsent: ConsentAnswer | null, dicReason: string | null, ownerConsent: ConsentAnswer | null, ownerReason: string | null, effectiveAt: unknown, requesterAgency: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type DecideOnwardSharingMutationVariables = Exact<{
  id: string | number;
  input: DecideOnwardSharingInput;
}>;


export type DecideOnwardSharingMutation = { decideOnwardSharing: { request: { id: string, grantId: string, datasetSlug: string, thirdPartyName: string, thirdPartyTaxCode: string | null, purpose: string, columns: Array<string>, state: OnwardSharingState, dicConsent: ConsentAnswer | null, dicReason: string | null, ownerConsent: ConsentAnswer | null, ownerReason: string | null, effectiveAt: unknown, requesterAgency: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type MyOnwardSharingRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOnwardSharingRequestsQuery = { myOnwardSharingRequests: Array<{ id: string, grantId: string, datasetSlug: string, thirdPartyName: string, thirdPartyTaxCode: string | null, purpose: string, columns: Array<string>, state: OnwardSharingState, dicConsent: ConsentAnswer | null, dicReason: string | null, ownerConsent: ConsentAnswer | null, ownerReason: string | null, effectiveAt: unknown, requesterAgency: { code: string } | null }> };

export type OnwardSharingInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type OnwardSharingInboxQuery = { onwardSharingInbox: Array<{ id: string, state: OnwardSharingState }> };

export type FileErrorReportMutationVariables = Exact<{
  input: FileErrorReportInput;
}>;


export type FileErrorReportMutation = { fileErrorReport: { report: { id: string, description: string, rowNumbers: Array<number>, columns: Array<string>, status: ErrorReportStatus, answer: string | null, answeredAt: unknown, closedAt: unknown, reporterAgency: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type AnswerErrorReportMutationVariables = Exact<{
  id: string | number;
  answer: string;
}>;


export type AnswerErrorReportMutation = { answerErrorReport: { report: { id: string, description: string, rowNumbers: Array<number>, columns: Array<string>, status: ErrorReportStatus, answer: string | null, answeredAt: unknown, closedAt: unknown, reporterAgency: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type CloseErrorReportMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseErrorReportMutation = { closeErrorReport: { report: { id: string, description: string, rowNumbers: Array<number>, columns: Array<string>, status: ErrorReportStatus, answer: string | null, answeredAt: unknown, closedAt: unknown, reporterAgency: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type DatasetErrorReportsQueryVariables = Exact<{
  slug: string;
}>;


export type DatasetErrorReportsQuery = { datasetErrorReports: Array<{ id: string, description: string, rowNumbers: Array<number>, columns: Array<string>, status: ErrorReportStatus, answer: string | null, answeredAt: unknown, closedAt: unknown, reporterAgency: { code: string } | null }> };

export type GrantUsageReportQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantUsageReportQuery = { grantUsageReport: Array<{ datasetSlug: string, granteeKind: RequesterKind, clientIds: Array<string>, reads: number, rowsReturned: number, lastAccessAt: unknown, deniedAttempts: number, lastDeniedAt: unknown, granteeAgency: { code: string } | null, granteeOrganisation: { name: string, taxCode: string } | null }> };

export type AccessRequestFieldsFragment = { id: string, datasetSlug: string, datasetTitle: string, requesterKind: RequesterKind, purpose: string, legalBasis: string, requestedColumns: Array<string>, deliveryForm: DeliveryForm, periodFrom: string, periodTo: string, accessFrequency: string, contactName: string, contactEmail: string | null, contactPhone: string | null, noOnwardSharing: boolean, feesAcknowledged: boolean, state: AccessRequestState, submittedAt: unknown, decidedAt: unknown, decisionReason: string | null, requesterAgency: { code: string } | null, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null };

export type AccessGrantFieldsFragment = { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null };

export type AccessErrorFieldsFragment = { code: string, message: string, inputErrors: Array<{ field: string, message: string }> };

export type SubmitAccessRequestMutationVariables = Exact<{
  input: SubmitAccessRequestInput;
}>;


export type SubmitAccessRequestMutation = { submitAccessRequest: { request: { id: string, datasetSlug: string, datasetTitle: string, requesterKind: RequesterKind, purpose: string, legalBasis: string, requestedColumns: Array<string>, deliveryForm: DeliveryForm, periodFrom: string, periodTo: string, accessFrequency: string, contactName: string, contactEmail: string | null, contactPhone: string | null, noOnwardSharing: boolean, feesAcknowledged: boolean, state: AccessRequestState, submittedAt: unknown, decidedAt: unknown, decisionReason: string | null, requesterAgency: { code: string } | null, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type WithdrawAccessRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawAccessRequestMutation = { withdrawAccessRequest: { request: { id: string, state: AccessRequestState } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type DecideAccessRequestMutationVariables = Exact<{
  id: string | number;
  input: DecideAccessRequestInput;
}>;


export type DecideAccessRequestMutation = { decideAccessRequest: { request: { id: string, state: AccessRequestState, decisionReason: string | null } | null, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type RevokeGrantMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeGrantMutation = { revokeGrant: { grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type AccessRequestInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessRequestInboxQuery = { accessRequestInbox: Array<{ id: string, datasetSlug: string, datasetTitle: string, requesterKind: RequesterKind, purpose: string, legalBasis: string, requestedColumns: Array<string>, deliveryForm: DeliveryForm, periodFrom: string, periodTo: string, accessFrequency: string, contactName: string, contactEmail: string | null, contactPhone: string | null, noOnwardSharing: boolean, feesAcknowledged: boolean, state: AccessRequestState, submittedAt: unknown, decidedAt: unknown, decisionReason: string | null, requesterAgency: { code: string } | null, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null }> };

export type MyAccessRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccessRequestsQuery = { myAccessRequests: Array<{ id: string, datasetSlug: string, datasetTitle: string, requesterKind: RequesterKind, purpose: string, legalBasis: string, requestedColumns: Array<string>, deliveryForm: DeliveryForm, periodFrom: string, periodTo: string, accessFrequency: string, contactName: string, contactEmail: string | null, contactPhone: string | null, noOnwardSharing: boolean, feesAcknowledged: boolean, state: AccessRequestState, submittedAt: unknown, decidedAt: unknown, decisionReason: string | null, requesterAgency: { code: string } | null, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null }> };

export type OverdueAccessRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueAccessRequestsQuery = { overdueAccessRequests: Array<{ id: string, datasetSlug: string, submittedAt: unknown, requesterAgency: { code: string } | null }> };

export type OfficialAccountFragment = { id: string, accountName: string, fullName: string, email: string, status: OfficialStatus, lockReason: AccountLockReason | null, mustChangePassword: boolean, lastActiveAt: unknown, leftAt: unknown, lockDueAt: unknown, revokeDueAt: unknown, agency: { code: string } };

export type ProposeAccountNameQueryVariables = Exact<{
  fullName: string;
  agencyCode: string;
  province?: string | null | undefined;
  surname?: string | null | undefined;
}>;


export type ProposeAccountNameQuery = { proposeAccountName: { accountName: string, email: string } };

export type CreateOfficialMutationVariables = Exact<{
  input: CreateOfficialInput;
}>;


export type CreateOfficialMutation = { createOfficial: { temporaryPassword: string | null, official: { id: string, accountName: string, fullName: string, email: string, status: OfficialStatus, lockReason: AccountLockReason | null, mustChangePassword: boolean, lastActiveAt: unknown, leftAt: unknown, lockDueAt: unknown, revokeDueAt: unknown, agency: { code: string } } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type SignInMutationVariables = Exact<{
  province: string;
  accountName: string;
  password: string;
}>;


export type SignInMutation = { signIn: { token: string | null, retryAfterSeconds: number | null, official: { id: string, accountName: string, fullName: string, email: string, status: OfficialStatus, lockReason: AccountLockReason | null, mustChangePassword: boolean, lastActiveAt: unknown, leftAt: unknown, lockDueAt: unknown, revokeDueAt: unknown, agency: { code: string } } | null, error: { code: string, message: string } | null } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
  province?: string | null | undefined;
  accountName?: string | null | undefined;
}>;


export type ChangePasswordMutation = { changePassword: { token: string | null, official: { id: string, accountName: string, fullName: string, email: string, status: OfficialStatus, lockReason: AccountLockReason | null, mustChangePassword: boolean, lastActiveAt: unknown, leftAt: unknown, lockDueAt: unknown, revokeDueAt: unknown, agency: { code: string } } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type TransferOfficialMutationVariables = Exact<{
  official: string | number;
  toAgencyCode: string;
  requestReference: string;
}>;


export type TransferOfficialMutation = { transferOfficial: { official: { id: string, accountName: string, fullName: string, email: string, status: OfficialStatus, lockReason: AccountLockReason | null, mustChangePassword: boolean, lastActiveAt: unknown, leftAt: unknown, lockDueAt: unknown, revokeDueAt: unknown, agency: { code: string } } | null, error: { code: string, message: string } | null } };

export type RecordLeavingMutationVariables = Exact<{
  official: string | number;
  leftAt: unknown;
  isLeader: boolean;
  requestReference: string;
}>;


export type RecordLeavingMutation = { recordLeaving: { official: { id: string, accountName: string, fullName: string, email: string, status: OfficialStatus, lockReason: AccountLockReason | null, mustChangePassword: boolean, lastActiveAt: unknown, leftAt: unknown, lockDueAt: unknown, revokeDueAt: unknown, agency: { code: string } } | null, error: { code: string, message: string } | null } };

export type LockOfficialMutationVariables = Exact<{
  official: string | number;
  reason: TemporaryLockReason;
  note: string;
}>;


export type LockOfficialMutation = { lockOfficial: { official: { id: string, accountName: string, fullName: string, email: string, status: OfficialStatus, lockReason: AccountLockReason | null, mustChangePassword: boolean, lastActiveAt: unknown, leftAt: unknown, lockDueAt: unknown, revokeDueAt: unknown, agency: { code: string } } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type RestoreOfficialMutationVariables = Exact<{
  official: string | number;
  requestReference: string;
}>;


export type RestoreOfficialMutation = { restoreOfficial: { temporaryPassword: string | null, official: { id: string, accountName: string, fullName: string, email: string, status: OfficialStatus, lockReason: AccountLockReason | null, mustChangePassword: boolean, lastActiveAt: unknown, leftAt: unknown, lockDueAt: unknown, revokeDueAt: unknown, agency: { code: string } } | null, error: { code: string, message: string } | null } };

export type RecordAbsenceMutationVariables = Exact<{
  official: string | number;
  reason: string;
  from: unknown;
  until: unknown;
  requestReference: string;
}>;


export type RecordAbsenceMutation = { recordAbsence: { official: { absenceReason: string | null, absentFrom: unknown, absentUntil: unknown } | null, error: { code: string, message: string } | null } };

export type DevSignInMutationVariables = Exact<{
  province: string;
  accountName: string;
}>;


export type DevSignInMutation = { devSignIn: { token: string | null, official: { accountName: string, roles: Array<OfficialRole>, agency: { code: string } } | null, error: { code: string, message: string } | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { accountName: string, fullName: string, roles: Array<OfficialRole>, agency: { code: string, name: string } } | null };

export type AgenciesQueryVariables = Exact<{
  province?: string | null | undefined;
}>;


export type AgenciesQuery = { agencies: Array<{ code: string, name: string, kind: AgencyKind, email: string, parent: { code: string } | null, province: { code: string, name: string } }> };

export type ProposeAgencyAccountNameQueryVariables = Exact<{
  input: NewAgencyInput;
}>;


export type ProposeAgencyAccountNameQuery = { proposeAgencyAccountName: { accountName: string, email: string, takenBy: { code: string, name: string } | null } };

export type RegisterAgencyMutationVariables = Exact<{
  input: NewAgencyInput;
}>;


export type RegisterAgencyMutation = { registerAgency: { agency: { id: string, code: string, name: string, kind: AgencyKind, email: string, parent: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type SucceedAgencyMutationVariables = Exact<{
  input: SucceedAgencyInput;
}>;


export type SucceedAgencyMutation = { succeedAgency: { succession: { effectiveOn: string, reason: string, datasetsMoved: number, requestsMoved: number, grantsMoved: number, officialsMoved: number, predecessor: { code: string, validTo: string | null, successor: { code: string } | null } | null, successor: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type DatasetOwnershipQueryVariables = Exact<{
  slug: string;
}>;


export type DatasetOwnershipQuery = { dataset: { owner: { code: string }, ownershipHistory: Array<{ effectiveOn: string, reason: string, from: { code: string } | null, to: { code: string } | null }> } | null };

export type AgencySuccessionsQueryVariables = Exact<{
  province?: string | null | undefined;
}>;


export type AgencySuccessionsQuery = { agencies: Array<{ code: string, validTo: string | null, successor: { code: string } | null, successions: Array<{ effectiveOn: string, predecessor: { code: string } | null, successor: { code: string } | null }> }> };

export type NegotiatedRequestFieldsFragment = { id: string, state: AccessRequestState, periodFrom: string, periodTo: string, decisionReason: string | null, agreedFrom: unknown, agreedTo: unknown, agreedColumns: Array<string> | null, dicDecidedAt: unknown, dicReason: string | null, counterOffer: { id: string, validFrom: unknown, validTo: unknown, columns: Array<string>, note: string | null, offeredAt: unknown, expiresAt: unknown, state: CounterOfferState, answeredAt: unknown, answerNote: string | null } | null, counterOffers: Array<{ id: string, state: CounterOfferState }>, comments: Array<{ authorRole: CommentAuthorRole, body: string, createdAt: unknown }>, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null };

export type CounterOfferFieldsFragment = { id: string, validFrom: unknown, validTo: unknown, columns: Array<string>, note: string | null, offeredAt: unknown, expiresAt: unknown, state: CounterOfferState, answeredAt: unknown, answerNote: string | null };

export type CounterOfferAccessRequestMutationVariables = Exact<{
  id: string | number;
  period: AccessPeriodInput;
  columns: Array<string> | string;
  note?: string | null | undefined;
}>;


export type CounterOfferAccessRequestMutation = { counterOfferAccessRequest: { request: { id: string, state: AccessRequestState, periodFrom: string, periodTo: string, decisionReason: string | null, agreedFrom: unknown, agreedTo: unknown, agreedColumns: Array<string> | null, dicDecidedAt: unknown, dicReason: string | null, counterOffer: { id: string, validFrom: unknown, validTo: unknown, columns: Array<string>, note: string | null, offeredAt: unknown, expiresAt: unknown, state: CounterOfferState, answeredAt: unknown, answerNote: string | null } | null, counterOffers: Array<{ id: string, state: CounterOfferState }>, comments: Array<{ authorRole: CommentAuthorRole, body: string, createdAt: unknown }>, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type AgreementStepFieldsFragment = { request: { id: string, state: AccessRequestState, periodFrom: string, periodTo: string, decisionReason: string | null, agreedFrom: unknown, agreedTo: unknown, agreedColumns: Array<string> | null, dicDecidedAt: unknown, dicReason: string | null, counterOffer: { id: string, validFrom: unknown, validTo: unknown, columns: Array<string>, note: string | null, offeredAt: unknown, expiresAt: unknown, state: CounterOfferState, answeredAt: unknown, answerNote: string | null } | null, counterOffers: Array<{ id: string, state: CounterOfferState }>, comments: Array<{ authorRole: CommentAuthorRole, body: string, createdAt: unknown }>, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null } | null, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null };

export type AcceptCounterOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptCounterOfferMutation = { acceptCounterOffer: { request: { id: string, state: AccessRequestState, periodFrom: string, periodTo: string, decisionReason: string | null, agreedFrom: unknown, agreedTo: unknown, agreedColumns: Array<string> | null, dicDecidedAt: unknown, dicReason: string | null, counterOffer: { id: string, validFrom: unknown, validTo: unknown, columns: Array<string>, note: string | null, offeredAt: unknown, expiresAt: unknown, state: CounterOfferState, answeredAt: unknown, answerNote: string | null } | null, counterOffers: Array<{ id: string, state: CounterOfferState }>, comments: Array<{ authorRole: CommentAuthorRole, body: string, createdAt: unknown }>, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null } | null, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type DeclineCounterOfferMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type DeclineCounterOfferMutation = { declineCounterOffer: { request: { id: string, state: AccessRequestState, periodFrom: string, periodTo: string, decisionReason: string | null, agreedFrom: unknown, agreedTo: unknown, agreedColumns: Array<string> | null, dicDecidedAt: unknown, dicReason: string | null, counterOffer: { id: string, validFrom: unknown, validTo: unknown, columns: Array<string>, note: string | null, offeredAt: unknown, expiresAt: unknown, state: CounterOfferState, answeredAt: unknown, answerNote: string | null } | null, counterOffers: Array<{ id: string, state: CounterOfferState }>, comments: Array<{ authorRole: CommentAuthorRole, body: string, createdAt: unknown }>, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type ConfirmAccessRequestMutationVariables = Exact<{
  id: string | number;
  input: DicConfirmationInput;
}>;


export type ConfirmAccessRequestMutation = { confirmAccessRequest: { request: { id: string, state: AccessRequestState, periodFrom: string, periodTo: string, decisionReason: string | null, agreedFrom: unknown, agreedTo: unknown, agreedColumns: Array<string> | null, dicDecidedAt: unknown, dicReason: string | null, counterOffer: { id: string, validFrom: unknown, validTo: unknown, columns: Array<string>, note: string | null, offeredAt: unknown, expiresAt: unknown, state: CounterOfferState, answeredAt: unknown, answerNote: string | null } | null, counterOffers: Array<{ id: string, state: CounterOfferState }>, comments: Array<{ authorRole: CommentAuthorRole, body: string, createdAt: unknown }>, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null } | null, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type CommentOnAccessRequestMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type CommentOnAccessRequestMutation = { commentOnAccessRequest: { comment: { id: string, authorRole: CommentAuthorRole, body: string } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type ProvinceAccessRequestsQueryVariables = Exact<{
  states?: Array<AccessRequestState> | AccessRequestState | null | undefined;
}>;


export type ProvinceAccessRequestsQuery = { provinceAccessRequests: Array<{ submittedAt: unknown, id: string, state: AccessRequestState, periodFrom: string, periodTo: string, decisionReason: string | null, agreedFrom: unknown, agreedTo: unknown, agreedColumns: Array<string> | null, dicDecidedAt: unknown, dicReason: string | null, counterOffer: { id: string, validFrom: unknown, validTo: unknown, columns: Array<string>, note: string | null, offeredAt: unknown, expiresAt: unknown, state: CounterOfferState, answeredAt: unknown, answerNote: string | null } | null, counterOffers: Array<{ id: string, state: CounterOfferState }>, comments: Array<{ authorRole: CommentAuthorRole, body: string, createdAt: unknown }>, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null }> };

export type MyNegotiatedRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNegotiatedRequestsQuery = { myAccessRequests: Array<{ id: string, state: AccessRequestState, periodFrom: string, periodTo: string, decisionReason: string | null, agreedFrom: unknown, agreedTo: unknown, agreedColumns: Array<string> | null, dicDecidedAt: unknown, dicReason: string | null, counterOffer: { id: string, validFrom: unknown, validTo: unknown, columns: Array<string>, note: string | null, offeredAt: unknown, expiresAt: unknown, state: CounterOfferState, answeredAt: unknown, answerNote: string | null } | null, counterOffers: Array<{ id: string, state: CounterOfferState }>, comments: Array<{ authorRole: CommentAuthorRole, body: string, createdAt: unknown }>, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null }> };

export type NegotiatedInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type NegotiatedInboxQuery = { accessRequestInbox: Array<{ id: string, state: AccessRequestState, periodFrom: string, periodTo: string, decisionReason: string | null, agreedFrom: unknown, agreedTo: unknown, agreedColumns: Array<string> | null, dicDecidedAt: unknown, dicReason: string | null, counterOffer: { id: string, validFrom: unknown, validTo: unknown, columns: Array<string>, note: string | null, offeredAt: unknown, expiresAt: unknown, state: CounterOfferState, answeredAt: unknown, answerNote: string | null } | null, counterOffers: Array<{ id: string, state: CounterOfferState }>, comments: Array<{ authorRole: CommentAuthorRole, body: string, createdAt: unknown }>, grant: { id: string, allowedColumns: Array<string>, validFrom: unknown, validTo: unknown, revokedAt: unknown, revokeReason: string | null } | null }> };

export type DatasetsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type DatasetsPageQuery = { datasets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { slug: string, title: string, accessLevel: AccessLevel, reviewState: ReviewState, publishedAt: unknown, downloadPath: string | null, owner: { code: string, name: string, email: string }, distributions: Array<{ sha256: string, byteSize: number, mediaType: string, originalName: string }> } }> } };

export type DatasetBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type DatasetBySlugQuery = { dataset: { slug: string, title: string, category: DataCategory, accessLevel: AccessLevel, licence: string, source: string | null, reviewState: ReviewState, publishedAt: unknown, downloadPath: string | null, owner: { code: string, kind: AgencyKind, provinceCode: string }, distributions: Array<{ sha256: string, byteSize: number, mediaType: string, originalName: string }> } | null };

export type RegisterDatasetMutationVariables = Exact<{
  input: RegisterDatasetInput;
}>;


export type RegisterDatasetMutation = { registerDataset: { dataset: { id: string, slug: string, title: string, reviewState: ReviewState, publishedAt: unknown, owner: { code: string } } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type PublishDatasetMutationVariables = Exact<{
  slug: string;
}>;


export type PublishDatasetMutation = { publishDataset: { dataset: { slug: string, publishedAt: unknown, downloadPath: string | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type UpdateDatasetMutationVariables = Exact<{
  slug: string;
  input: UpdateDatasetInput;
}>;


export type UpdateDatasetMutation = { updateDataset: { dataset: { slug: string, title: string, description: string, accessLevel: AccessLevel, fee: Fee, reviewState: ReviewState } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type WithdrawDraftMutationVariables = Exact<{
  slug: string;
}>;


export type WithdrawDraftMutation = { withdrawDraft: { dataset: { id: string, slug: string } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type CitizenAccountFragment = { id: string, accountType: CitizenAccountType, accountName: string, fullName: string, dateOfBirth: string | null, gender: Gender | null, phone: string, email: string | null, identityKind: IdentityKind, identityNumber: string, status: CitizenStatus };

export type RegisterCitizenMutationVariables = Exact<{
  province: string;
  input: CitizenRegistrationInput;
}>;


export type RegisterCitizenMutation = { registerCitizen: { retryAfterSeconds: number | null, citizen: { id: string, accountType: CitizenAccountType, accountName: string, fullName: string, dateOfBirth: string | null, gender: Gender | null, phone: string, email: string | null, identityKind: IdentityKind, identityNumber: string, status: CitizenStatus } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type ResendCitizenCodeMutationVariables = Exact<{
  province: string;
  login: string;
}>;


export type ResendCitizenCodeMutation = { resendCitizenCode: { retryAfterSeconds: number | null, error: { code: string, message: string } | null } };

export type VerifyCitizenMutationVariables = Exact<{
  province: string;
  login: string;
  code: string;
}>;


export type VerifyCitizenMutation = { verifyCitizen: { token: string | null, citizen: { id: string, accountType: CitizenAccountType, accountName: string, fullName: string, dateOfBirth: string | null, gender: Gender | null, phone: string, email: string | null, identityKind: IdentityKind, identityNumber: string, status: CitizenStatus } | null, error: { code: string, message: string } | null } };

export type CitizenSignInMutationVariables = Exact<{
  province: string;
  login: string;
  password: string;
}>;


export type CitizenSignInMutation = { citizenSignIn: { token: string | null, retryAfterSeconds: number | null, citizen: { id: string, accountType: CitizenAccountType, accountName: string, fullName: string, dateOfBirth: string | null, gender: Gender | null, phone: string, email: string | null, identityKind: IdentityKind, identityNumber: string, status: CitizenStatus } | null, error: { code: string, message: string } | null } };

export type MyCitizenAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCitizenAccountQuery = { myCitizenAccount: { id: string, accountType: CitizenAccountType, accountName: string, fullName: string, dateOfBirth: string | null, gender: Gender | null, phone: string, email: string | null, identityKind: IdentityKind, identityNumber: string, status: CitizenStatus } | null };

export type ApiClientFieldsFragment = { id: string, name: string, scopes: Array<ClientScope>, status: ApiClientStatus, createdAt: unknown, secretRotatedAt: unknown, revokedAt: unknown, revokeReason: string | null, lastUsedAt: unknown, organisation: { id: string, name: string, taxCode: string } | null };

export type ClientErrorFieldsFragment = { code: string, message: string, inputErrors: Array<{ field: string, message: string }> };

export type RegisterPartnerOrganisationMutationVariables = Exact<{
  input: RegisterPartnerOrganisationInput;
}>;


export type RegisterPartnerOrganisationMutation = { registerPartnerOrganisation: { organisation: { id: string, name: string, taxCode: string, provinceCode: string, contactName: string, contactEmail: string | null, contactPhone: string | null, registeredAt: unknown } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type RegisterApiClientMutationVariables = Exact<{
  input: RegisterApiClientInput;
}>;


export type RegisterApiClientMutation = { registerApiClient: { clientSecret: string | null, client: { id: string, name: string, scopes: Array<ClientScope>, status: ApiClientStatus, createdAt: unknown, secretRotatedAt: unknown, revokedAt: unknown, revokeReason: string | null, lastUsedAt: unknown, organisation: { id: string, name: string, taxCode: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type RotateApiClientSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateApiClientSecretMutation = { rotateApiClientSecret: { clientSecret: string | null, client: { id: string, name: string, scopes: Array<ClientScope>, status: ApiClientStatus, createdAt: unknown, secretRotatedAt: unknown, revokedAt: unknown, revokeReason: string | null, lastUsedAt: unknown, organisation: { id: string, name: string, taxCode: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type RevokeApiClientMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeApiClientMutation = { revokeApiClient: { client: { id: string, name: string, scopes: Array<ClientScope>, status: ApiClientStatus, createdAt: unknown, secretRotatedAt: unknown, revokedAt: unknown, revokeReason: string | null, lastUsedAt: unknown, organisation: { id: string, name: string, taxCode: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type ApiClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiClientsQuery = { apiClients: Array<{ id: string, name: string, scopes: Array<ClientScope>, status: ApiClientStatus, createdAt: unknown, secretRotatedAt: unknown, revokedAt: unknown, revokeReason: string | null, lastUsedAt: unknown, organisation: { id: string, name: string, taxCode: string } | null }> };

export type PartnerOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerOrganisationsQuery = { partnerOrganisations: Array<{ id: string, name: string, taxCode: string }> };

export type InboxWithOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxWithOrganisationsQuery = { accessRequestInbox: Array<{ id: string, requesterKind: RequesterKind, requesterAgency: { code: string } | null, requesterOrganisation: { name: string, taxCode: string } | null }> };

export type ReviewedDatasetFragment = { slug: string, reviewState: ReviewState, publishedAt: unknown, downloadPath: string | null, needsReconfirmation: boolean };

export type PayloadErrorFragment = { code: string, message: string, inputErrors: Array<{ field: string, message: string }> };

export type SubmitForReviewMutationVariables = Exact<{
  slug: string;
}>;


export type SubmitForReviewMutation = { submitForReview: { dataset: { slug: string, reviewState: ReviewState, publishedAt: unknown, downloadPath: string | null, needsReconfirmation: boolean } | null, checks: Array<{ name: ComplianceCheckName, passed: boolean, detail: string }> | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type DecideSeatMutationVariables = Exact<{
  slug: string;
  seat: CouncilSeat;
  decision: SeatVerdict;
  reason?: string | null | undefined;
}>;


export type DecideSeatMutation = { decideSeat: { dataset: { slug: string, reviewState: ReviewState, publishedAt: unknown, downloadPath: string | null, needsReconfirmation: boolean } | null, round: { number: number, outcome: RoundOutcome } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type ReopenDatasetMutationVariables = Exact<{
  slug: string;
}>;


export type ReopenDatasetMutation = { reopenDataset: { dataset: { slug: string, reviewState: ReviewState, publishedAt: unknown, downloadPath: string | null, needsReconfirmation: boolean } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type UnpublishDatasetMutationVariables = Exact<{
  slug: string;
  reason: string;
}>;


export type UnpublishDatasetMutation = { unpublishDataset: { dataset: { slug: string, reviewState: ReviewState, publishedAt: unknown, downloadPath: string | null, needsReconfirmation: boolean } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { reviewQueue: Array<{ slug: string, reviewState: ReviewState }> };

export type ReviewOfQueryVariables = Exact<{
  slug: string;
}>;


export type ReviewOfQuery = { dataset: { slug: string, reviewState: ReviewState, publishedAt: unknown, downloadPath: string | null, needsReconfirmation: boolean, reviewRounds: Array<{ number: number, outcome: RoundOutcome, versionNumber: number | null, submittedBy: string | null, closedAt: unknown, checks: Array<{ name: ComplianceCheckName, passed: boolean, detail: string }>, decisions: Array<{ seat: CouncilSeat, decision: SeatVerdict, reason: string | null, decidedBy: string | null, decidedByName: string | null, reference: string | null, decidedAt: unknown }> }>, reviewHistory: Array<{ seq: number, at: unknown, actor: string, action: string, details: unknown, reason: string | null, hash: string }> } | null };

export type ConsentRequestPartsFragment = { id: string, state: ConsentRequestState, clientName: string, purposeCode: string, purpose: string, validFrom: unknown, validTo: unknown, mode: ConsentMode, maxReads: number, period: FrequencyPeriod | null, retentionDays: number, answerBy: unknown, decidedAt: unknown, rejectionReason: string | null, consentId: string | null, deeplink: string, scope: Array<{ datasetSlug: string, fields: Array<string> }> };

export type ConsentPurposesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsentPurposesQuery = { consentPurposes: Array<{ code: string, label: string }> };

export type RequestConsentMutationVariables = Exact<{
  input: RequestConsentInput;
}>;


export type RequestConsentMutation = { requestConsent: { consentRequest: { id: string, state: ConsentRequestState, clientName: string, purposeCode: string, purpose: string, validFrom: unknown, validTo: unknown, mode: ConsentMode, maxReads: number, period: FrequencyPeriod | null, retentionDays: number, answerBy: unknown, decidedAt: unknown, rejectionReason: string | null, consentId: string | null, deeplink: string, scope: Array<{ datasetSlug: string, fields: Array<string> }> } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type PartnerConsentRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerConsentRequestQuery = { consentRequest: { id: string, state: ConsentRequestState, clientName: string, purposeCode: string, purpose: string, validFrom: unknown, validTo: unknown, mode: ConsentMode, maxReads: number, period: FrequencyPeriod | null, retentionDays: number, answerBy: unknown, decidedAt: unknown, rejectionReason: string | null, consentId: string | null, deeplink: string, scope: Array<{ datasetSlug: string, fields: Array<string> }> } };

export type SetConsentWebhookMutationVariables = Exact<{
  url: string;
}>;


export type SetConsentWebhookMutation = { setConsentWebhook: { webhook: { url: string, secret: string } | null, error: { code: string, inputErrors: Array<{ field: string }> } | null } };

export type MyConsentRequestsQueryVariables = Exact<{
  state?: ConsentRequestState | null | undefined;
}>;


export type MyConsentRequestsQuery = { myConsentRequests: Array<{ id: string, state: ConsentRequestState, clientName: string, purposeCode: string, purpose: string, validFrom: unknown, validTo: unknown, mode: ConsentMode, maxReads: number, period: FrequencyPeriod | null, retentionDays: number, answerBy: unknown, decidedAt: unknown, rejectionReason: string | null, consentId: string | null, deeplink: string, scope: Array<{ datasetSlug: string, fields: Array<string> }> }> };

export type MyConsentRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type MyConsentRequestQuery = { myConsentRequest: { id: string, state: ConsentRequestState, clientName: string, purposeCode: string, purpose: string, validFrom: unknown, validTo: unknown, mode: ConsentMode, maxReads: number, period: FrequencyPeriod | null, retentionDays: number, answerBy: unknown, decidedAt: unknown, rejectionReason: string | null, consentId: string | null, deeplink: string, scope: Array<{ datasetSlug: string, fields: Array<string> }> } };

export type SendConsentRequestCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type SendConsentRequestCodeMutation = { sendConsentRequestCode: { consentRequest: { id: string } | null, error: { code: string, message: string } | null } };

export type ApproveConsentRequestMutationVariables = Exact<{
  id: string | number;
  code: string;
}>;


export type ApproveConsentRequestMutation = { approveConsentRequest: { consentRequest: { id: string, state: ConsentRequestState, clientName: string, purposeCode: string, purpose: string, validFrom: unknown, validTo: unknown, mode: ConsentMode, maxReads: number, period: FrequencyPeriod | null, retentionDays: number, answerBy: unknown, decidedAt: unknown, rejectionReason: string | null, consentId: string | null, deeplink: string, scope: Array<{ datasetSlug: string, fields: Array<string> }> } | null, error: { code: string, message: string } | null } };

export type RejectConsentRequestMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type RejectConsentRequestMutation = { rejectConsentRequest: { consentRequest: { id: string, state: ConsentRequestState, clientName: string, purposeCode: string, purpose: string, validFrom: unknown, validTo: unknown, mode: ConsentMode, maxReads: number, period: FrequencyPeriod | null, retentionDays: number, answerBy: unknown, decidedAt: unknown, rejectionReason: string | null, consentId: string | null, deeplink: string, scope: Array<{ datasetSlug: string, fields: Array<string> }> } | null, error: { code: string, message: string } | null } };

export type ConsentFieldsFragment = { id: string, receiptNumber: string, clientName: string, purpose: string, validFrom: unknown, validTo: unknown, mode: ConsentMode, maxReads: number, period: FrequencyPeriod | null, retentionDays: number, state: ConsentState, scope: Array<{ datasetSlug: string, fields: Array<string> }> };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { consent: { id: string, receiptNumber: string, clientName: string, purpose: string, validFrom: unknown, validTo: unknown, mode: ConsentMode, maxReads: number, period: FrequencyPeriod | null, retentionDays: number, state: ConsentState, scope: Array<{ datasetSlug: string, fields: Array<string> }> } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type PauseConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseConsentMutation = { pauseConsent: { consent: { state: ConsentState } | null, error: { code: string, message: string } | null } };

export type ResumeConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeConsentMutation = { resumeConsent: { consent: { state: ConsentState } | null, error: { code: string, message: string } | null } };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeConsentMutation = { revokeConsent: { consent: { state: ConsentState } | null, error: { code: string, message: string } | null } };

export type MyConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConsentsQuery = { myConsents: Array<{ id: string, receiptNumber: string, clientName: string, purpose: string, validFrom: unknown, validTo: unknown, mode: ConsentMode, maxReads: number, period: FrequencyPeriod | null, retentionDays: number, state: ConsentState, scope: Array<{ datasetSlug: string, fields: Array<string> }> }> };

export type MyDataAccessesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataAccessesQuery = { myDataAccesses: Array<{ at: unknown, consentId: string, partnerName: string, purpose: string, fields: Array<string>, records: number, outcome: string }> };

export type CitizenRecordsQueryVariables = Exact<{
  consentId: string | number;
  datasetSlug?: string | null | undefined;
  fields?: Array<string> | string | null | undefined;
}>;


export type CitizenRecordsQuery = { citizenRecords: { consentId: string, purpose: string, retainUntil: unknown, records: Array<{ datasetSlug: string, updatedAt: unknown, data: unknown, sourceAgency: { code: string } | null }> } };

export type IngestionJobQueryVariables = Exact<{
  id: string | number;
}>;


export type IngestionJobQuery = { ingestionJob: { id: string, state: IngestionState, bytesRead: number, totalBytes: number, rowsProcessed: number, problemCount: number, encoding: string | null, inferredSchema: unknown, attempts: number, problems: Array<{ row: number | null, column: string | null, message: string }>, schemaInference: Array<{ column: string, type: string, reason: string, ownerMustDecide: boolean }> | null } | null };

export type DatasetVersionsQueryVariables = Exact<{
  slug: string;
}>;


export type DatasetVersionsQuery = { dataset: { latestVersion: { number: number, rowCount: number, createdAt: unknown } | null, versions: Array<{ number: number, rowCount: number, schemaInferred: boolean, createdAt: unknown }>, ingestionJobs: Array<{ id: string, state: IngestionState, rowsProcessed: number, problemCount: number }> } | null };

export type ConfirmTableSchemaMutationVariables = Exact<{
  slug: string;
  tableSchema: unknown;
}>;


export type ConfirmTableSchemaMutation = { confirmTableSchema: { dataset: { slug: string, ingestionJobs: Array<{ id: string, state: IngestionState }> } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type FeedbackFieldsFragment = { id: string, datasetSlug: string | null, serviceName: string | null, subject: string, text: string, status: FeedbackStatus, response: string | null, createdAt: unknown, resolvedAt: unknown, rating: number | null, agency: { code: string } | null };

export type FileFeedbackMutationVariables = Exact<{
  input: FileFeedbackInput;
}>;


export type FileFeedbackMutation = { fileFeedback: { feedback: { id: string, datasetSlug: string | null, serviceName: string | null, subject: string, text: string, status: FeedbackStatus, response: string | null, createdAt: unknown, resolvedAt: unknown, rating: number | null, agency: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type UpdateFeedbackStatusMutationVariables = Exact<{
  id: string | number;
  status: FeedbackStatus;
  response?: string | null | undefined;
}>;


export type UpdateFeedbackStatusMutation = { updateFeedbackStatus: { feedback: { id: string, datasetSlug: string | null, serviceName: string | null, subject: string, text: string, status: FeedbackStatus, response: string | null, createdAt: unknown, resolvedAt: unknown, rating: number | null, agency: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type RateFeedbackMutationVariables = Exact<{
  id: string | number;
  rating: number;
}>;


export type RateFeedbackMutation = { rateFeedback: { feedback: { id: string, datasetSlug: string | null, serviceName: string | null, subject: string, text: string, status: FeedbackStatus, response: string | null, createdAt: unknown, resolvedAt: unknown, rating: number | null, agency: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type PublicFeedbackQueryVariables = Exact<{
  province: string;
  agencyCode?: string | null | undefined;
  datasetSlug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicFeedbackQuery = { feedback: { endCursor: string | null, hasNextPage: boolean, items: Array<{ id: string, datasetSlug: string | null, serviceName: string | null, subject: string, text: string, status: FeedbackStatus, response: string | null, createdAt: unknown, resolvedAt: unknown, rating: number | null, agency: { code: string } | null }> } };

export type MyFeedbackQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFeedbackQuery = { myFeedback: Array<{ id: string, datasetSlug: string | null, serviceName: string | null, subject: string, text: string, status: FeedbackStatus, response: string | null, createdAt: unknown, resolvedAt: unknown, rating: number | null, agency: { code: string } | null }> };

export type FeedbackSatisfactionQueryVariables = Exact<{
  province: string;
  agencyCode?: string | null | undefined;
}>;


export type FeedbackSatisfactionQuery = { feedbackSatisfaction: Array<{ feedbackCount: number, ratingCount: number, averageRating: number | null, satisfiedShare: number | null, agency: { code: string } | null }> };

export type BroadcastFieldsFragment = { id: string, title: string, body: string, reason: string, link: string | null, status: BroadcastStatus, requestedAt: unknown, decidedAt: unknown, rejectionReason: string | null, publishedAt: unknown, agency: { code: string } | null };

export type RequestBroadcastMutationVariables = Exact<{
  input: BroadcastRequestInput;
}>;


export type RequestBroadcastMutation = { requestBroadcast: { broadcast: { id: string, title: string, body: string, reason: string, link: string | null, status: BroadcastStatus, requestedAt: unknown, decidedAt: unknown, rejectionReason: string | null, publishedAt: unknown, agency: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type ApproveBroadcastMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveBroadcastMutation = { approveBroadcast: { broadcast: { id: string, title: string, body: string, reason: string, link: string | null, status: BroadcastStatus, requestedAt: unknown, decidedAt: unknown, rejectionReason: string | null, publishedAt: unknown, agency: { code: string } | null } | null, error: { code: string, message: string } | null } };

export type RejectBroadcastMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectBroadcastMutation = { rejectBroadcast: { broadcast: { id: string, title: string, body: string, reason: string, link: string | null, status: BroadcastStatus, requestedAt: unknown, decidedAt: unknown, rejectionReason: string | null, publishedAt: unknown, agency: { code: string } | null } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type BroadcastRequestsQueryVariables = Exact<{
  status?: BroadcastStatus | null | undefined;
}>;


export type BroadcastRequestsQuery = { broadcastRequests: Array<{ id: string, title: string, body: string, reason: string, link: string | null, status: BroadcastStatus, requestedAt: unknown, decidedAt: unknown, rejectionReason: string | null, publishedAt: unknown, agency: { code: string } | null }> };

export type NotificationFeedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationFeedQuery = { notificationFeed: { endCursor: string | null, hasNextPage: boolean, items: Array<{ id: string, title: string, body: string, link: string | null, publishedAt: unknown, agency: { code: string } | null }> } };

export type OpenDataFactsQueryVariables = Exact<{
  slug: string;
  language?: Language | null | undefined;
}>;


export type OpenDataFactsQuery = { dataset: { slug: string, termsOfUse: string, citation: string, usageTotal: number, usage: Array<{ day: string, downloads: number, apiReads: number }> } | null };

export type MostUsedQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MostUsedQuery = { datasets: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, usageTotal: number } }> } };

export type SearchDatasetsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  filter?: DatasetFilter | null | undefined;
}>;


export type SearchDatasetsQuery = { datasets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { slug: string, title: string, category: DataCategory, sector: string | null, owner: { code: string } } }>, facets: { owners: Array<{ value: string, count: number }>, categories: Array<{ value: string, count: number }>, sectors: Array<{ value: string, count: number }>, formats: Array<{ value: string, count: number }>, accessLevels: Array<{ value: string, count: number }>, provinces: Array<{ value: string, count: number }>, licences: Array<{ value: string, count: number }>, keywords: Array<{ value: string, count: number }> } } };

export type CodeListsQueryVariables = Exact<{
  province?: string | null | undefined;
  validOn?: string | null | undefined;
}>;


export type CodeListsQuery = { codeLists: Array<{ slug: string, title: string, owner: { code: string }, entries: Array<{ code: string, label: string, parentCode: string | null, validTo: string | null }> }> };

export type DatasetRegistryFieldsQueryVariables = Exact<{
  slug: string;
}>;


export type DatasetRegistryFieldsQuery = { dataset: { slug: string, sector: string | null, spatialCoverage: Array<string>, contactName: string | null, contactEmail: string | null, fee: Fee, feeNote: string | null, temporalFrom: string | null, temporalTo: string | null, duplicateOverrides: Array<{ kind: DuplicateKind, reason: string }> } | null };

export type DuplicateFlagsQueryVariables = Exact<{ [key: string]: never; }>;


export type DuplicateFlagsQuery = { duplicateFlags: Array<{ id: string, similarity: number, state: string, dataset: { slug: string } | null, similarTo: { slug: string } | null }> };

export type ClearDuplicateFlagMutationVariables = Exact<{
  id: string | number;
}>;


export type ClearDuplicateFlagMutation = { clearDuplicateFlag: { flag: { id: string, state: string } | null, error: { code: string, message: string } | null } };

export type DatasetRowsQueryVariables = Exact<{
  slug: string;
  version?: number | null | undefined;
  filter?: Array<RowFilter> | RowFilter | null | undefined;
  sort?: Array<RowSort> | RowSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DatasetRowsQuery = { datasetRows: { rows: Array<Array<unknown> | null>, rowNumbers: Array<number>, columns: Array<{ name: string, title: string | null, type: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, version: { number: number, rowCount: number, createdAt: unknown } } };

export type DatasetRowsTotalQueryVariables = Exact<{
  slug: string;
  version?: number | null | undefined;
  filter?: Array<RowFilter> | RowFilter | null | undefined;
  sort?: Array<RowSort> | RowSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DatasetRowsTotalQuery = { datasetRows: { rowNumbers: Array<number>, totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SharedCatalogueSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: DatasetFilter | null | undefined;
}>;


export type SharedCatalogueSearchQuery = { datasets: { totalCount: number, edges: Array<{ node: { slug: string, title: string, accessLevel: AccessLevel, sharedListedAt: unknown, metadataPublic: boolean, downloadPath: string | null, owner: { code: string, name: string } } }> } };

export type SharedCatalogueDatasetQueryVariables = Exact<{
  slug: string;
}>;


export type SharedCatalogueDatasetQuery = { dataset: { slug: string, title: string, description: string, accessLevel: AccessLevel, sharedListedAt: unknown, metadataPublic: boolean, howToRequestAccess: string | null, downloadPath: string | null, owner: { code: string, name: string }, columns: Array<{ name: string, type: string, title: string | null, description: string | null }>, myAccessRequests: Array<{ id: string, state: AccessRequestState, requestedColumns: Array<string> }>, myGrants: Array<{ id: string, allowedColumns: Array<string> }> } | null };

export type ConfirmSharedListingMutationVariables = Exact<{
  slug: string;
  metadataPublic?: boolean | null | undefined;
}>;


export type ConfirmSharedListingMutation = { confirmSharedListing: { dataset: { slug: string, sharedListedAt: unknown, metadataPublic: boolean } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export type WithdrawSharedListingMutationVariables = Exact<{
  slug: string;
  reason: string;
}>;


export type WithdrawSharedListingMutation = { withdrawSharedListing: { dataset: { slug: string, sharedListedAt: unknown, metadataPublic: boolean } | null, error: { code: string, message: string, inputErrors: Array<{ field: string, message: string }> } | null } };

export const OnwardSharingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnwardSharingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnwardSharingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dicConsent"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConsent"}},{"kind":"Field","name":{"kind":"Name","value":"ownerReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}}]}}]} as unknown as DocumentNode<OnwardSharingFieldsFragment, unknown>;
export const ErrorReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataErrorReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<ErrorReportFieldsFragment, unknown>;
export const AccessGrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]} as unknown as DocumentNode<AccessGrantFieldsFragment, unknown>;
export const AccessRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"datasetTitle"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"requestedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryForm"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"accessFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"noOnwardSharing"}},{"kind":"Field","name":{"kind":"Name","value":"feesAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]} as unknown as DocumentNode<AccessRequestFieldsFragment, unknown>;
export const OfficialAccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<OfficialAccountFragment, unknown>;
export const CounterOfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}}]}}]} as unknown as DocumentNode<CounterOfferFieldsFragment, unknown>;
export const NegotiatedRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NegotiatedRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"agreedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTo"}},{"kind":"Field","name":{"kind":"Name","value":"agreedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"dicDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]} as unknown as DocumentNode<NegotiatedRequestFieldsFragment, unknown>;
export const AccessErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AccessErrorFieldsFragment, unknown>;
export const AgreementStepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NegotiatedRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NegotiatedRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"agreedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTo"}},{"kind":"Field","name":{"kind":"Name","value":"agreedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"dicDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AgreementStepFieldsFragment, unknown>;
export const CitizenAccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citizen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityKind"}},{"kind":"Field","name":{"kind":"Name","value":"identityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CitizenAccountFragment, unknown>;
export const ApiClientFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}}]}}]} as unknown as DocumentNode<ApiClientFieldsFragment, unknown>;
export const ClientErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ClientErrorFieldsFragment, unknown>;
export const ReviewedDatasetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewedDataset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"needsReconfirmation"}}]}}]} as unknown as DocumentNode<ReviewedDatasetFragment, unknown>;
export const PayloadErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PayloadErrorFragment, unknown>;
export const ConsentRequestPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxReads"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"answerBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"deeplink"}}]}}]} as unknown as DocumentNode<ConsentRequestPartsFragment, unknown>;
export const ConsentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxReads"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ConsentFieldsFragment, unknown>;
export const FeedbackFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FeedbackFieldsFragment, unknown>;
export const BroadcastFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<BroadcastFieldsFragment, unknown>;
export const RequestOnwardSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestOnwardSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestOnwardSharingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestOnwardSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnwardSharingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnwardSharingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnwardSharingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dicConsent"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConsent"}},{"kind":"Field","name":{"kind":"Name","value":"ownerReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RequestOnwardSharingMutation, RequestOnwardSharingMutationVariables>;
export const DecideOnwardSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideOnwardSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideOnwardSharingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideOnwardSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnwardSharingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnwardSharingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnwardSharingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dicConsent"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConsent"}},{"kind":"Field","name":{"kind":"Name","value":"ownerReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DecideOnwardSharingMutation, DecideOnwardSharingMutationVariables>;
export const MyOnwardSharingRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOnwardSharingRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOnwardSharingRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnwardSharingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnwardSharingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnwardSharingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyTaxCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dicConsent"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConsent"}},{"kind":"Field","name":{"kind":"Name","value":"ownerReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}}]}}]} as unknown as DocumentNode<MyOnwardSharingRequestsQuery, MyOnwardSharingRequestsQueryVariables>;
export const OnwardSharingInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnwardSharingInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onwardSharingInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<OnwardSharingInboxQuery, OnwardSharingInboxQueryVariables>;
export const FileErrorReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileErrorReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileErrorReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileErrorReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataErrorReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<FileErrorReportMutation, FileErrorReportMutationVariables>;
export const AnswerErrorReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerErrorReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerErrorReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataErrorReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AnswerErrorReportMutation, AnswerErrorReportMutationVariables>;
export const CloseErrorReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseErrorReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeErrorReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataErrorReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CloseErrorReportMutation, CloseErrorReportMutationVariables>;
export const DatasetErrorReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetErrorReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetErrorReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataErrorReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<DatasetErrorReportsQuery, DatasetErrorReportsQueryVariables>;
export const GrantUsageReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantUsageReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantUsageReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"granteeKind"}},{"kind":"Field","name":{"kind":"Name","value":"granteeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"granteeOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientIds"}},{"kind":"Field","name":{"kind":"Name","value":"reads"}},{"kind":"Field","name":{"kind":"Name","value":"rowsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"lastAccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"deniedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeniedAt"}}]}}]}}]} as unknown as DocumentNode<GrantUsageReportQuery, GrantUsageReportQueryVariables>;
export const SubmitAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"datasetTitle"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"requestedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryForm"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"accessFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"noOnwardSharing"}},{"kind":"Field","name":{"kind":"Name","value":"feesAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitAccessRequestMutation, SubmitAccessRequestMutationVariables>;
export const WithdrawAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WithdrawAccessRequestMutation, WithdrawAccessRequestMutationVariables>;
export const DecideAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DecideAccessRequestMutation, DecideAccessRequestMutationVariables>;
export const RevokeGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RevokeGrantMutation, RevokeGrantMutationVariables>;
export const AccessRequestInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequestInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequestInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"datasetTitle"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"requestedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryForm"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"accessFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"noOnwardSharing"}},{"kind":"Field","name":{"kind":"Name","value":"feesAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}}]} as unknown as DocumentNode<AccessRequestInboxQuery, AccessRequestInboxQueryVariables>;
export const MyAccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccessRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccessRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"datasetTitle"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"requestedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryForm"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"accessFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"noOnwardSharing"}},{"kind":"Field","name":{"kind":"Name","value":"feesAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}}]} as unknown as DocumentNode<MyAccessRequestsQuery, MyAccessRequestsQueryVariables>;
export const OverdueAccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueAccessRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueAccessRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OverdueAccessRequestsQuery, OverdueAccessRequestsQueryVariables>;
export const ProposeAccountNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposeAccountName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surname"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAccountName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fullName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"surname"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surname"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ProposeAccountNameQuery, ProposeAccountNameQueryVariables>;
export const CreateOfficialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfficialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateOfficialMutation, CreateOfficialMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const TransferOfficialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"official"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toAgencyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"official"},"value":{"kind":"Variable","name":{"kind":"Name","value":"official"}}},{"kind":"Argument","name":{"kind":"Name","value":"toAgencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toAgencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TransferOfficialMutation, TransferOfficialMutationVariables>;
export const RecordLeavingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLeaving"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"official"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leftAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isLeader"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeaving"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"official"},"value":{"kind":"Variable","name":{"kind":"Name","value":"official"}}},{"kind":"Argument","name":{"kind":"Name","value":"leftAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leftAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"isLeader"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isLeader"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RecordLeavingMutation, RecordLeavingMutationVariables>;
export const LockOfficialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"official"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TemporaryLockReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"official"},"value":{"kind":"Variable","name":{"kind":"Name","value":"official"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<LockOfficialMutation, LockOfficialMutationVariables>;
export const RestoreOfficialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"official"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"official"},"value":{"kind":"Variable","name":{"kind":"Name","value":"official"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficialAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficialAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Official"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockReason"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RestoreOfficialMutation, RestoreOfficialMutationVariables>;
export const RecordAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"official"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"official"},"value":{"kind":"Variable","name":{"kind":"Name","value":"official"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absenceReason"}},{"kind":"Field","name":{"kind":"Name","value":"absentFrom"}},{"kind":"Field","name":{"kind":"Name","value":"absentUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAbsenceMutation, RecordAbsenceMutationVariables>;
export const DevSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DevSignInMutation, DevSignInMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const ProposeAgencyAccountNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposeAgencyAccountName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAgencyAccountName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeAgencyAccountNameQuery, ProposeAgencyAccountNameQueryVariables>;
export const RegisterAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterAgencyMutation, RegisterAgencyMutationVariables>;
export const SucceedAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SucceedAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SucceedAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeedAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"datasetsMoved"}},{"kind":"Field","name":{"kind":"Name","value":"requestsMoved"}},{"kind":"Field","name":{"kind":"Name","value":"grantsMoved"}},{"kind":"Field","name":{"kind":"Name","value":"officialsMoved"}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SucceedAgencyMutation, SucceedAgencyMutationVariables>;
export const DatasetOwnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetOwnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownershipHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DatasetOwnershipQuery, DatasetOwnershipQueryVariables>;
export const AgencySuccessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencySuccessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencySuccessionsQuery, AgencySuccessionsQueryVariables>;
export const CounterOfferAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CounterOfferAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"columns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterOfferAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"columns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"columns"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NegotiatedRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NegotiatedRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"agreedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTo"}},{"kind":"Field","name":{"kind":"Name","value":"agreedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"dicDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CounterOfferAccessRequestMutation, CounterOfferAccessRequestMutationVariables>;
export const AcceptCounterOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCounterOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCounterOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NegotiatedRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"agreedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTo"}},{"kind":"Field","name":{"kind":"Name","value":"agreedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"dicDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NegotiatedRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]} as unknown as DocumentNode<AcceptCounterOfferMutation, AcceptCounterOfferMutationVariables>;
export const DeclineCounterOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineCounterOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineCounterOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NegotiatedRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NegotiatedRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"agreedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTo"}},{"kind":"Field","name":{"kind":"Name","value":"agreedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"dicDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DeclineCounterOfferMutation, DeclineCounterOfferMutationVariables>;
export const ConfirmAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DicConfirmationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NegotiatedRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"agreedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTo"}},{"kind":"Field","name":{"kind":"Name","value":"agreedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"dicDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessDecisionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NegotiatedRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]} as unknown as DocumentNode<ConfirmAccessRequestMutation, ConfirmAccessRequestMutationVariables>;
export const CommentOnAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CommentOnAccessRequestMutation, CommentOnAccessRequestMutationVariables>;
export const ProvinceAccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceAccessRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequestState"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceAccessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NegotiatedRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NegotiatedRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"agreedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTo"}},{"kind":"Field","name":{"kind":"Name","value":"agreedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"dicDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}}]} as unknown as DocumentNode<ProvinceAccessRequestsQuery, ProvinceAccessRequestsQueryVariables>;
export const MyNegotiatedRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNegotiatedRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccessRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NegotiatedRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NegotiatedRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"agreedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTo"}},{"kind":"Field","name":{"kind":"Name","value":"agreedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"dicDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}}]} as unknown as DocumentNode<MyNegotiatedRequestsQuery, MyNegotiatedRequestsQueryVariables>;
export const NegotiatedInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NegotiatedInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequestInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NegotiatedRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CounterOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NegotiatedRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"agreedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"agreedTo"}},{"kind":"Field","name":{"kind":"Name","value":"agreedColumns"}},{"kind":"Field","name":{"kind":"Name","value":"dicDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dicReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CounterOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessGrantFields"}}]}}]}}]} as unknown as DocumentNode<NegotiatedInboxQuery, NegotiatedInboxQueryVariables>;
export const DatasetsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"accessLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DatasetsPageQuery, DatasetsPageQueryVariables>;
export const DatasetBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"accessLevel"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetBySlugQuery, DatasetBySlugQueryVariables>;
export const RegisterDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterDatasetMutation, RegisterDatasetMutationVariables>;
export const PublishDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishDatasetMutation, PublishDatasetMutationVariables>;
export const UpdateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accessLevel"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDatasetMutation, UpdateDatasetMutationVariables>;
export const WithdrawDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawDraftMutation, WithdrawDraftMutationVariables>;
export const RegisterCitizenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCitizen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CitizenRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCitizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citizen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityKind"}},{"kind":"Field","name":{"kind":"Name","value":"identityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RegisterCitizenMutation, RegisterCitizenMutationVariables>;
export const ResendCitizenCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendCitizenCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendCitizenCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResendCitizenCodeMutation, ResendCitizenCodeMutationVariables>;
export const VerifyCitizenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyCitizen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCitizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citizen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityKind"}},{"kind":"Field","name":{"kind":"Name","value":"identityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<VerifyCitizenMutation, VerifyCitizenMutationVariables>;
export const CitizenSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizenSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citizen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityKind"}},{"kind":"Field","name":{"kind":"Name","value":"identityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CitizenSignInMutation, CitizenSignInMutationVariables>;
export const MyCitizenAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCitizenAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCitizenAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenAccount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenAccount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citizen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identityKind"}},{"kind":"Field","name":{"kind":"Name","value":"identityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<MyCitizenAccountQuery, MyCitizenAccountQueryVariables>;
export const RegisterPartnerOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPartnerOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPartnerOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPartnerOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RegisterPartnerOrganisationMutation, RegisterPartnerOrganisationMutationVariables>;
export const RegisterApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RegisterApiClientMutation, RegisterApiClientMutationVariables>;
export const RotateApiClientSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateApiClientSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateApiClientSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RotateApiClientSecretMutation, RotateApiClientSecretMutationVariables>;
export const RevokeApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const ApiClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}}]}}]} as unknown as DocumentNode<ApiClientsQuery, ApiClientsQueryVariables>;
export const PartnerOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}}]}}]} as unknown as DocumentNode<PartnerOrganisationsQuery, PartnerOrganisationsQueryVariables>;
export const InboxWithOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxWithOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequestInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}}]}}]}}]}}]} as unknown as DocumentNode<InboxWithOrganisationsQuery, InboxWithOrganisationsQueryVariables>;
export const SubmitForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewedDataset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewedDataset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"needsReconfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitForReviewMutation, SubmitForReviewMutationVariables>;
export const DecideSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilSeat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeatVerdict"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"seat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seat"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewedDataset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewedDataset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"needsReconfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DecideSeatMutation, DecideSeatMutationVariables>;
export const ReopenDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewedDataset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewedDataset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"needsReconfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ReopenDatasetMutation, ReopenDatasetMutationVariables>;
export const UnpublishDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpublishDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewedDataset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayloadError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewedDataset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"needsReconfirmation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayloadError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UnpublishDatasetMutation, UnpublishDatasetMutationVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewedDataset"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewedDataset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"reviewState"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"needsReconfirmation"}}]}}]} as unknown as DocumentNode<ReviewOfQuery, ReviewOfQueryVariables>;
export const ConsentPurposesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentPurposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ConsentPurposesQuery, ConsentPurposesQueryVariables>;
export const RequestConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentRequestParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxReads"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"answerBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"deeplink"}}]}}]} as unknown as DocumentNode<RequestConsentMutation, RequestConsentMutationVariables>;
export const PartnerConsentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerConsentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentRequestParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxReads"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"answerBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"deeplink"}}]}}]} as unknown as DocumentNode<PartnerConsentRequestQuery, PartnerConsentRequestQueryVariables>;
export const SetConsentWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConsentWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConsentWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetConsentWebhookMutation, SetConsentWebhookMutationVariables>;
export const MyConsentRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsentRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequestState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConsentRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentRequestParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxReads"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"answerBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"deeplink"}}]}}]} as unknown as DocumentNode<MyConsentRequestsQuery, MyConsentRequestsQueryVariables>;
export const MyConsentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConsentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentRequestParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxReads"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"answerBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"deeplink"}}]}}]} as unknown as DocumentNode<MyConsentRequestQuery, MyConsentRequestQueryVariables>;
export const SendConsentRequestCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendConsentRequestCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendConsentRequestCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SendConsentRequestCodeMutation, SendConsentRequestCodeMutationVariables>;
export const ApproveConsentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveConsentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveConsentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentRequestParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxReads"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"answerBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"deeplink"}}]}}]} as unknown as DocumentNode<ApproveConsentRequestMutation, ApproveConsentRequestMutationVariables>;
export const RejectConsentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectConsentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectConsentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentRequestParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxReads"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"answerBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"deeplink"}}]}}]} as unknown as DocumentNode<RejectConsentRequestMutation, RejectConsentRequestMutationVariables>;
export const GrantConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxReads"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const PauseConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PauseConsentMutation, PauseConsentMutationVariables>;
export const ResumeConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeConsentMutation, ResumeConsentMutationVariables>;
export const RevokeConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const MyConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxReads"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<MyConsentsQuery, MyConsentsQueryVariables>;
export const MyDataAccessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDataAccesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDataAccesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<MyDataAccessesQuery, MyDataAccessesQueryVariables>;
export const CitizenRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetSlug"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fields"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizenRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"datasetSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetSlug"}}},{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fields"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenRecordsQuery, CitizenRecordsQueryVariables>;
export const IngestionJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IngestionJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestionJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"bytesRead"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"rowsProcessed"}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"inferredSchema"}},{"kind":"Field","name":{"kind":"Name","value":"schemaInference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"ownerMustDecide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<IngestionJobQuery, IngestionJobQueryVariables>;
export const DatasetVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"schemaInferred"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ingestionJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rowsProcessed"}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetVersionsQuery, DatasetVersionsQueryVariables>;
export const ConfirmTableSchemaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTableSchema"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tableSchema"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTableSchema"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"tableSchema"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tableSchema"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"ingestionJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmTableSchemaMutation, ConfirmTableSchemaMutationVariables>;
export const FileFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FileFeedbackMutation, FileFeedbackMutationVariables>;
export const UpdateFeedbackStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFeedbackStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFeedbackStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateFeedbackStatusMutation, UpdateFeedbackStatusMutationVariables>;
export const RateFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rating"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"rating"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rating"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RateFeedbackMutation, RateFeedbackMutationVariables>;
export const PublicFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetSlug"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"datasetSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetSlug"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PublicFeedbackQuery, PublicFeedbackQueryVariables>;
export const MyFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSlug"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MyFeedbackQuery, MyFeedbackQueryVariables>;
export const FeedbackSatisfactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackSatisfaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackSatisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedShare"}}]}}]}}]} as unknown as DocumentNode<FeedbackSatisfactionQuery, FeedbackSatisfactionQueryVariables>;
export const RequestBroadcastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestBroadcast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BroadcastRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestBroadcast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadcast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RequestBroadcastMutation, RequestBroadcastMutationVariables>;
export const ApproveBroadcastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveBroadcast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveBroadcast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadcast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ApproveBroadcastMutation, ApproveBroadcastMutationVariables>;
export const RejectBroadcastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectBroadcast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectBroadcast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadcast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RejectBroadcastMutation, RejectBroadcastMutationVariables>;
export const BroadcastRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BroadcastRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BroadcastStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broadcastRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BroadcastFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BroadcastFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Broadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<BroadcastRequestsQuery, BroadcastRequestsQueryVariables>;
export const NotificationFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<NotificationFeedQuery, NotificationFeedQueryVariables>;
export const OpenDataFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenDataFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"usageTotal"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"}},{"kind":"Field","name":{"kind":"Name","value":"apiReads"}}]}}]}}]}}]} as unknown as DocumentNode<OpenDataFactsQuery, OpenDataFactsQueryVariables>;
export const MostUsedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MostUsed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"MOST_USED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"usageTotal"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MostUsedQuery, MostUsedQueryVariables>;
export const SearchDatasetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchDatasets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchDatasetsQuery, SearchDatasetsQueryVariables>;
export const CodeListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodeLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"validOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<CodeListsQuery, CodeListsQueryVariables>;
export const DatasetRegistryFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetRegistryFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"spatialCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"feeNote"}},{"kind":"Field","name":{"kind":"Name","value":"temporalFrom"}},{"kind":"Field","name":{"kind":"Name","value":"temporalTo"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetRegistryFieldsQuery, DatasetRegistryFieldsQueryVariables>;
export const DuplicateFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicateFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"similarTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<DuplicateFlagsQuery, DuplicateFlagsQueryVariables>;
export const ClearDuplicateFlagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearDuplicateFlag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearDuplicateFlag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ClearDuplicateFlagMutation, ClearDuplicateFlagMutationVariables>;
export const DatasetRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RowFilter"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RowSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetRowsQuery, DatasetRowsQueryVariables>;
export const DatasetRowsTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetRowsTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RowFilter"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RowSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetRowsTotalQuery, DatasetRowsTotalQueryVariables>;
export const SharedCatalogueSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedCatalogueSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"accessLevel"}},{"kind":"Field","name":{"kind":"Name","value":"sharedListedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metadataPublic"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedCatalogueSearchQuery, SharedCatalogueSearchQueryVariables>;
export const SharedCatalogueDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedCatalogueDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"accessLevel"}},{"kind":"Field","name":{"kind":"Name","value":"sharedListedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metadataPublic"}},{"kind":"Field","name":{"kind":"Name","value":"howToRequestAccess"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAccessRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedColumns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedColumns"}}]}}]}}]}}]} as unknown as DocumentNode<SharedCatalogueDatasetQuery, SharedCatalogueDatasetQueryVariables>;
export const ConfirmSharedListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSharedListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metadataPublic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSharedListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"metadataPublic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metadataPublic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"sharedListedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metadataPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmSharedListingMutation, ConfirmSharedListingMutationVariables>;
export const WithdrawSharedListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawSharedListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSharedListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"sharedListedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metadataPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"inputErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawSharedListingMutation, WithdrawSharedListingMutationVariables>;