import type { Consent, ConsentState } from './entities';

const stateLabels: Record<ConsentState, string> = {
  ACTIVE: 'Đang hiệu lực',
  PAUSED: 'Tạm dừng',
  REVOKED: 'Đã rút lại',
  EXPIRED: 'Hết hạn',
};

const periodLabels = { DAY: 'ngày', WEEK: 'tuần', MONTH: 'tháng' } as const;

function vietnameseDate(date: Date): string {
  return date.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** Only the last four digits: the receipt may be shared or printed. */
function maskedCccd(cccd: string): string {
  return `${'*'.repeat(Math.max(0, cccd.length - 4))}${cccd.slice(-4)}`;
}

/** The consent in plain Vietnamese, for the citizen to download and keep. */
export function consentReceipt(consent: Consent, state: ConsentState, datasetTitles: Map<string, string>): string {
  const frequency = consent.mode === 'ONE_TIME' ? 'Một lần' : `Tối đa ${consent.maxReads} lần mỗi ${periodLabels[consent.period ?? 'DAY']}`;
  return [
    'BIÊN NHẬN ĐỒNG Ý CHIA SẺ DỮ LIỆU CÁ NHÂN',
    `Số biên nhận: ${consent.receiptNumber}`,
    `Ngày đồng ý: ${vietnameseDate(consent.createdAt)}`,
    `Người đồng ý: CCCD ${maskedCccd(consent.citizenCccd)}`,
    `Bên được nhận dữ liệu: ${consent.clientName}`,
    `Mục đích: ${consent.purpose}`,
    'Dữ liệu được chia sẻ:',
    ...consent.scope.map((item) => `  - ${datasetTitles.get(item.datasetId) ?? item.datasetSlug}: ${item.fields.join(', ')}`),
    `Thời hạn: từ ${vietnameseDate(consent.validFrom)} đến ${vietnameseDate(consent.validTo)}`,
    `Tần suất đọc: ${frequency}`,
    `Bên nhận được lưu giữ dữ liệu tối đa: ${consent.retentionDays} ngày`,
    `Trạng thái: ${stateLabels[state]}`,
    '',
    'Ông/bà có thể tạm dừng hoặc rút lại sự đồng ý bất cứ lúc nào trên ứng dụng Công dân số;',
    'việc rút lại có hiệu lực ngay với lần đọc tiếp theo. Mọi lần đọc dữ liệu đều được ghi lại',
    'và ông/bà xem được ai đã đọc, khi nào, vì mục đích gì.',
    '',
  ].join('\n');
}
