import type { Dataset } from '../../src/modules/catalog/service';
import { qualityOf } from '../../src/modules/opendata/quality';

const now = new Date('2026-12-07T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const described = {
  titleEn: 'Online public services',
  descriptionEn: 'By district.',
  keywords: ['dịch vụ công'],
  updateFrequency: 'quarterly',
  temporalFrom: '2024-01-01',
  temporalTo: null,
  spatialCoverage: ['Ninh Thuận'],
  sector: 'thong-tin-truyen-thong',
  contactEmail: 'cntt@ninhthuan.gov.vn',
  contactPhone: null,
  tableSchema: { fields: [] },
} as unknown as Dataset;

describe('issue 21: a dataset’s quality — described, its schema the owner’s, as fresh as promised', () => {
  it('a fully described dataset with a confirmed schema, updated within its quarter, is complete, confirmed and fresh', () => {
    expect(qualityOf(described, { createdAt: daysAgo(80), schemaInferred: false }, now)).toEqual({
      metadataCompleteness: 1,
      missingMetadata: [],
      schemaConfirmed: true,
      fresh: true,
      lastUpdatedAt: daysAgo(80),
    });
  });

  it('names what is missing and counts it against completeness', () => {
    const sparse = { ...described, titleEn: null, keywords: [], contactEmail: null } as unknown as Dataset;
    const quality = qualityOf(sparse, undefined, now);
    expect(quality.missingMetadata).toEqual(['titleEn', 'keywords', 'contactEmail']);
    expect(quality.metadataCompleteness).toBeCloseTo(6 / 9);
    // No version yet: neither the schema nor freshness can be judged.
    expect([quality.schemaConfirmed, quality.fresh, quality.lastUpdatedAt]).toEqual([null, null, null]);
  });

  it('a version older than its promised frequency allows is stale; an inferred schema is not confirmed', () => {
    expect(qualityOf(described, { createdAt: daysAgo(120), schemaInferred: true }, now)).toMatchObject({
      fresh: false,
      schemaConfirmed: false,
    });
    const semiannual = { ...described, updateFrequency: 'semiannual' } as unknown as Dataset;
    expect(qualityOf(semiannual, { createdAt: daysAgo(120), schemaInferred: false }, now).fresh).toBe(true);
  });

  it('an irregular or free-text frequency promises nothing to judge against', () => {
    for (const updateFrequency of ['irregular', 'khi có thay đổi', null]) {
      const dataset = { ...described, updateFrequency } as unknown as Dataset;
      expect(qualityOf(dataset, { createdAt: daysAgo(900), schemaInferred: false }, now).fresh).toBeNull();
    }
  });
});
