import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { importCatalog } from '../../src/catalog-as-code/import';
import { CatalogValidationError, loadCatalog } from '../../src/catalog-as-code/load';
import type { DatasetDocument } from '../../src/catalog-as-code/documents';
import { projectRoot } from '../../src/seed';
import { AgenciesDocument, ReviewOfDocument } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const catalogDir = path.join(projectRoot, 'catalog');

describe('catalogue as code', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
  });

  afterAll(() => t.close());

  it('the seed catalogue is valid against the kinds and Frictionless Table Schema 2.0', async () => {
    const documents = await loadCatalog(catalogDir);
    const kinds = documents.map(({ document }) => document.kind);
    expect(kinds.filter((kind) => kind === 'Province')).toHaveLength(2);
    expect(kinds.filter((kind) => kind === 'Dataset').length).toBeGreaterThanOrEqual(5);
  });

  it('004: every seed figure is traceable to its article (a source column on every row)', async () => {
    const datasets = (await loadCatalog(catalogDir)).map(({ document }) => document).filter((document): document is DatasetDocument => document.kind === 'Dataset');
    for (const { metadata, spec } of datasets) {
      expect(spec.source).toMatch(/004 §/);
      const file = path.join(projectRoot, spec.distribution!.file!);
      const rows = parse(await fs.readFile(file, 'utf8'), { columns: true }) as Record<string, string>[];
      expect(rows.length).toBeGreaterThan(0);
      const header = Object.keys(rows[0]);
      expect(header).toEqual((spec.distribution!.schema.fields as { name: string }[]).map((field) => field.name));
      for (const row of rows) expect({ dataset: metadata.slug, source: row.source }).toEqual({ dataset: metadata.slug, source: expect.stringMatching(/^004 §/) });
    }
  });

  it('the seed has the figures named in REQUIREMENTS §9 (004 §3.3a, §6.3, §6.4)', async () => {
    const all = await Promise.all(
      (await fs.readdir(path.join(projectRoot, 'seeds', 'ninhthuan'))).map((name) => fs.readFile(path.join(projectRoot, 'seeds', 'ninhthuan', name), 'utf8')),
    );
    const text = all.join('\n');
    for (const figure of ['858', '377', '44953', '37083', '569540', '575010', '62549', '277598']) expect(text).toContain(figure);
  });

  it('importing twice changes nothing the second time', async () => {
    const first = await importCatalog(catalogDir, t.hub.services(), { rootDir: projectRoot });
    const second = await importCatalog(catalogDir, t.hub.services(), { rootDir: projectRoot });
    expect(first.distributions).toBe(first.datasets);
    expect(second).toEqual({ ...first, distributions: 0 });
    const [{ datasets, distributions, versions }] = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute(
        'select (select count(*)::int from dataset) as datasets, (select count(*)::int from distribution) as distributions, (select count(*)::int from dataset_version) as versions',
      );
    // 002 §20.1b: each seed file became version 1 of its dataset, once.
    expect({ datasets, distributions, versions }).toEqual({ datasets: first.datasets + first.codeLists, distributions: first.datasets, versions: first.datasets });
  });

  it('002 §5.5, §30.2: a council session is recorded as a round no account submitted, three decisions naming officials and minutes, and their audit entries', async () => {
    await importCatalog(catalogDir, t.hub.services(), { rootDir: projectRoot });
    const dataset = (await t.gql(ReviewOfDocument, { slug: 'nt-dich-vu-cong-truc-tuyen' })).data!.dataset!;
    const reference = 'BB-HĐTĐ-01/2024 (biên bản mẫu của dữ liệu khởi tạo — sample minutes for the seed)';
    const meetingDay = '2024-12-19T17:00:00.000Z'; // 20 December 2024 in Vietnam
    expect(dataset).toMatchObject({ reviewState: 'COMPLIANT', publishedAt: expect.any(String) });
    // Imported more than once (the test before, this one): one round all the same.
    expect(dataset.reviewRounds).toEqual([
      expect.objectContaining({ number: 1, outcome: 'COMPLIANT', submittedBy: null, closedAt: meetingDay, checks: [] }),
    ]);
    expect(dataset.reviewRounds[0].decisions).toEqual([
      { seat: 'PPC_OFFICE', decision: 'APPROVE', reason: null, decidedBy: null, decidedByName: 'Chánh Văn phòng UBND tỉnh Ninh Thuận', reference, decidedAt: meetingDay },
      { seat: 'DIC', decision: 'APPROVE', reason: null, decidedBy: null, decidedByName: 'Giám đốc Sở Thông tin và Truyền thông tỉnh Ninh Thuận', reference, decidedAt: meetingDay },
      { seat: 'OWNER', decision: 'APPROVE', reason: null, decidedBy: null, decidedByName: 'Phó Chánh Văn phòng UBND tỉnh Ninh Thuận', reference, decidedAt: meetingDay },
    ]);
    expect(dataset.reviewHistory.map(({ action, details }) => ({ action, details }))).toEqual([
      { action: 'review.state_changed', details: { from: 'DRAFT', to: 'SUBMITTED', round: 1 } },
      {
        action: 'review.seat_decided',
        details: { round: 1, seat: 'PPC_OFFICE', decision: 'APPROVE', official: 'Chánh Văn phòng UBND tỉnh Ninh Thuận', date: '2024-12-20', reference, source: 'catalogue import' },
      },
      { action: 'review.state_changed', details: { from: 'SUBMITTED', to: 'UNDER_REVIEW', round: 1 } },
      { action: 'review.seat_decided', details: expect.objectContaining({ seat: 'DIC', reference, source: 'catalogue import' }) },
      { action: 'review.seat_decided', details: expect.objectContaining({ seat: 'OWNER', official: 'Phó Chánh Văn phòng UBND tỉnh Ninh Thuận' }) },
      { action: 'review.state_changed', details: { from: 'UNDER_REVIEW', to: 'COMPLIANT', round: 1 } },
      { action: 'dataset.published', details: { reference, source: 'catalogue import' } },
    ]);
    expect(new Set(dataset.reviewHistory.map(({ actor }) => actor))).toEqual(new Set(['system']));
  });

  it('003 §4.1: agencies carry their account names, parents and e-mail on the province domain', async () => {
    const result = await t.gql(AgenciesDocument, { province: 'ninhthuan' });
    const byCode = new Map(result.data!.agencies.map((agency) => [agency.code, agency]));
    for (const code of ['sotttt', 'ubnd_prtc', 'ubnd_phuochai', 'sonv_vp', 'ttcntttt', 'vhtt_ns']) expect(byCode.has(code)).toBe(true);
    expect(byCode.get('sotttt')).toMatchObject({ kind: 'DIC', email: 'sotttt@ninhthuan.gov.vn', province: { name: 'Ninh Thuận' } });
    expect(byCode.get('sonv_vp')?.parent?.code).toBe('sonv');
    expect(byCode.get('ttcntttt')?.parent?.code).toBe('sotttt');
    const binhPhuoc = await t.gql(AgenciesDocument, { province: 'binhphuoc' });
    expect(binhPhuoc.data!.agencies.map((agency) => agency.kind)).toEqual(expect.arrayContaining(['PPC', 'PPC_OFFICE', 'DIC']));
  });

  describe('invalid documents are refused whole, each problem naming file, path and rule', () => {
    let dir: string;

    beforeEach(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-catalog-'));
    });

    afterEach(() => fs.rm(dir, { recursive: true, force: true }));

    it('names the file, the document, the JSON path and the rule', async () => {
      await fs.writeFile(
        path.join(dir, 'bad.yaml'),
        [
          'apiVersion: hub/v1\nkind: Province\nmetadata: { code: ok }\nspec: { name: Tỉnh, emailDomain: ok.gov.vn }',
          'apiVersion: hub/v1\nkind: Agency\nmetadata: { code: Sở TTTT, province: ok }\nspec: { name: Sở, kind: MINISTRY }',
          'apiVersion: hub/v1\nkind: Gadget\nmetadata: {}\nspec: {}',
        ].join('\n---\n'),
      );
      const error = await loadCatalog(dir).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CatalogValidationError);
      const problems = (error as CatalogValidationError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/bad\.yaml \(document 2\): \/metadata\/code must match pattern .*\(rule pattern/),
          expect.stringMatching(/bad\.yaml \(document 2\): \/spec\/kind must be equal to one of the allowed values \(rule enum/),
          expect.stringMatching(/bad\.yaml \(document 3\): \/kind must be one of Province, Agency, Official, Dataset/),
        ]),
      );
    });

    it('checks a Table Schema against Frictionless 2.0', async () => {
      await fs.writeFile(
        path.join(dir, 'dataset.yaml'),
        `apiVersion: hub/v1
kind: Dataset
metadata: { slug: x-y, province: ok }
spec:
  title: Bộ dữ liệu
  description: Mô tả
  owner: sotttt
  category: SECTORAL
  accessLevel: PUBLIC
  licence: CC-BY-4.0
  source: 004 §1
  distribution:
    file: seeds/x.csv
    schema: { fields: [] }
`,
      );
      await expect(loadCatalog(dir)).rejects.toThrow(/dataset\.yaml \(document 1\): \/spec\/distribution\/schema\/fields must NOT have fewer than 1 items/);
    });

    const province = 'apiVersion: hub/v1\nkind: Province\nmetadata: { code: ninhthuan }\nspec: { name: Ninh Thuận, emailDomain: ninhthuan.gov.vn }';
    const published = (slug: string) => `apiVersion: hub/v1
kind: Dataset
metadata: { slug: ${slug}, province: ninhthuan }
spec: { title: Bộ dữ liệu, description: Mô tả, owner: sotttt, category: SECTORAL, accessLevel: PUBLIC, licence: CC-BY-4.0, source: 004 §1, publish: true }`;
    const session = (date: string, slugs: string[]) => `apiVersion: hub/v1
kind: CouncilSession
metadata: { reference: BB-01, province: ninhthuan }
spec:
  date: '${date}'
  members: { PPC_OFFICE: Chánh Văn phòng UBND tỉnh, DIC: Giám đốc Sở TT&TT }
  approved: [${slugs.map((slug) => `{ dataset: ${slug}, owner: Giám đốc Sở TT&TT }`).join(', ')}]`;

    it('002 §5.5, §30.2: hub import refuses a published dataset (or a code list) with no council decisions, before writing anything', async () => {
      await fs.writeFile(path.join(dir, 'catalog.yaml'), [province, published('x-cong-bo')].join('\n---\n'));
      const error = await importCatalog(dir, t.hub.services()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CatalogValidationError);
      expect((error as CatalogValidationError).problems).toEqual([
        expect.stringMatching(/catalog\.yaml: bộ dữ liệu x-cong-bo được công bố mà chưa có quyết định của hội đồng thẩm định.*\(x-cong-bo is published with no council decision: add a CouncilSession of ninhthuan/),
      ]);
      expect(await t.hub.services().trusted.catalog.findForReview('x-cong-bo')).toBeNull();
    });

    it('002 §5.5: a council session naming an unknown dataset, or a day still to come, is refused', async () => {
      await fs.writeFile(path.join(dir, 'catalog.yaml'), [province, published('x-cong-bo'), session('2999-01-01', ['x-cong-bo', 'x-khong-co'])].join('\n---\n'));
      const error = await importCatalog(dir, t.hub.services()).catch((caught: unknown) => caught);
      expect((error as CatalogValidationError).problems).toEqual([
        expect.stringContaining('biên bản BB-01: ngày họp 2999-01-01 chưa đến (the meeting\'s date 2999-01-01 is in the future)'),
        expect.stringContaining('biên bản BB-01 phê duyệt bộ dữ liệu x-khong-co không có trong danh mục (the minutes approve x-khong-co, which is not in the catalogue)'),
      ]);
      expect(await t.hub.services().trusted.catalog.findForReview('x-cong-bo')).toBeNull();
    });

    it('reports YAML syntax errors with the file', async () => {
      await fs.writeFile(path.join(dir, 'broken.yml'), 'kind: [unclosed\n');
      await expect(loadCatalog(dir)).rejects.toThrow(/broken\.yml \(document 1\): YAML/);
    });
  });
});
