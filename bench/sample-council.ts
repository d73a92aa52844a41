import type { Services } from '../src/services';

/**
 * Minutes of a council meeting that never happened, for data no council saw: benchmarks and
 * test fixtures. Their datasets are built by hand (a file without a version, rows written by
 * SQL), so they would not pass the automated checks of a real submission; they go through the
 * same trusted path as the catalogue's council sessions instead, so that nothing is published
 * without a council round on record (002 §5.5, §30.2). The names say they are samples.
 */
const sampleMinutes = {
  reference: 'BB-MẪU-KIỂM-THỬ (biên bản mẫu cho kiểm thử và đo hiệu năng — sample minutes for tests and benchmarks)',
  date: '2024-01-02',
  members: {
    PPC_OFFICE: 'Chánh Văn phòng UBND tỉnh (mẫu — sample)',
    DIC: 'Giám đốc Sở Thông tin và Truyền thông (mẫu — sample)',
    OWNER: 'Thủ trưởng cơ quan chủ quản (mẫu — sample)',
  },
  source: 'sample council for tests and benchmarks',
} as const;

/** The dataset becomes COMPLIANT through the sample council's round and, when asked, published open data. */
export async function approveBySampleCouncil(
  services: Pick<Services, 'trusted'>,
  slug: string,
  options = { publish: true },
): Promise<void> {
  await services.trusted.compliance.recordCouncilApproval(slug, sampleMinutes, options);
}
