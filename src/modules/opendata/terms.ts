/**
 * The terms of use of open data, 002 §20.2, shown with every dataset: free to copy, share,
 * combine and use commercially; cite the source; data as published; no resale of raw data;
 * the state is not liable for losses from its use.
 */
export const termsOfUse = {
  vi: [
    'Được tự do sao chép, chia sẻ, kết hợp với dữ liệu khác và sử dụng cho mục đích thương mại hoặc phi thương mại.',
    'Phải trích dẫn nguồn dữ liệu khi sử dụng.',
    'Dữ liệu được cung cấp đúng như đã công bố.',
    'Không được bán lại dữ liệu mở ở dạng thô.',
    'Cơ quan nhà nước không chịu trách nhiệm về thiệt hại phát sinh từ việc sử dụng dữ liệu.',
  ].join(' '),
  en: [
    'Free to copy, share, combine with other data and use for commercial or non-commercial purposes.',
    'The source must be cited.',
    'The data is provided as published.',
    'Raw open data may not be resold.',
    'The state is not liable for any loss arising from its use.',
  ].join(' '),
} as const;

export interface CitationParts {
  agencyName: string;
  datasetTitle: string;
  datasetUrl: string;
  accessedOn: Date;
}

/** A ready citation, as 002 §20.2 asks users to cite: "Nguồn: <agency>, <dataset>, <URL>, truy cập <date>". */
export function citationOf(parts: CitationParts): string {
  const date = parts.accessedOn.toLocaleDateString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  return `Nguồn: ${parts.agencyName}, ${parts.datasetTitle}, ${parts.datasetUrl}, truy cập ${date}`;
}
