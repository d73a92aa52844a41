/**
 * Why a partner may ask for a consent: a short code list, so the citizen reads a purpose they
 * can recognise rather than the partner's own wording, and purposes can be counted. After the
 * purpose codes of India's Account Aggregator consent requests (ReBIT), in the hub's own words.
 */
export const consentPurposes = [
  { code: 'HEALTH_CARE', label: 'Khám, chữa bệnh và chăm sóc sức khỏe', labelEn: 'Health care' },
  { code: 'INSURANCE', label: 'Bảo hiểm: tham gia, giải quyết quyền lợi', labelEn: 'Insurance enrolment and claims' },
  { code: 'LOAN_ASSESSMENT', label: 'Thẩm định hồ sơ vay vốn', labelEn: 'Loan assessment' },
  { code: 'EMPLOYMENT', label: 'Tuyển dụng và quản lý lao động', labelEn: 'Employment' },
  { code: 'EDUCATION', label: 'Tuyển sinh và học tập', labelEn: 'Education and admissions' },
  { code: 'PUBLIC_SERVICE', label: 'Hỗ trợ thực hiện dịch vụ công', labelEn: 'Help with a public service' },
] as const;

export type ConsentPurposeCode = (typeof consentPurposes)[number]['code'];

export function consentPurpose(code: string): (typeof consentPurposes)[number] | undefined {
  return consentPurposes.find((purpose) => purpose.code === code);
}
