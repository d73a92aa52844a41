import { Readable } from 'node:stream';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { cellReaders, type JsonValue } from '../../src/modules/datastore/service';
import type { TableSchema } from '../../src/modules/datastore/table-schema';
import { DatasetRowsDocument } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { datasetWithSchema } from '../datastore/ingestion-fixtures';
import { approveBySampleCouncil } from '../../bench/sample-council';

/** One generated column: its Table Schema field, and each value as the file writes it and as JSON must give it. */
interface Column {
  field: Record<string, unknown>;
  cells: fc.Arbitrary<{ written: string; value: JsonValue }>;
}

const safe = BigInt(Number.MAX_SAFE_INTEGER);
const asJson = (value: bigint): JsonValue => (value >= -safe && value <= safe ? Number(value) : value.toString());

function grouped(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Text as owners write it: Vietnamese letters, leading zeros, quotes, commas and formula starters. */
const text = fc
  .array(fc.constantFrom('a', 'Ă', 'ệ', 'Đ', '0', '7', ' ', ',', '"', "'", '=', '+', '-', '@', '.', '/'), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''));

const integerColumn = fc.constantFrom<[string | null]>([null], ['.'], [',']).map(([group]): Column => ({
  field: { type: 'integer', ...(group ? { groupChar: group } : {}) },
  cells: fc.oneof(fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n }), fc.bigInt({ min: -5000n, max: 5000n })).map((value) => {
    const digits = (value < 0n ? -value : value).toString();
    return { written: `${value < 0n ? '-' : ''}${group ? grouped(digits, group) : digits}`, value: asJson(value) };
  }),
}));

const numberColumn = fc
  .record({ vietnamese: fc.boolean(), grouping: fc.boolean(), bare: fc.boolean() })
  .map(({ vietnamese, grouping, bare }): Column => {
    const decimal = vietnamese ? ',' : '.';
    const group = vietnamese ? '.' : grouping ? ',' : null;
    return {
      field: {
        type: 'number',
        ...(vietnamese ? { decimalChar: ',' } : {}),
        ...(group ? { groupChar: group } : {}),
        ...(bare ? {} : { bareNumber: false }),
      },
      cells: fc
        .record({ negative: fc.boolean(), whole: fc.bigInt({ min: 0n, max: 10n ** 12n }), fraction: fc.stringMatching(/^[0-9]{0,4}$/) })
        .map(({ negative, whole, fraction }) => {
          const sign = negative ? '-' : '';
          const number = `${sign}${grouped(whole.toString(), group ?? '')}${fraction ? `${decimal}${fraction}` : ''}`;
          // "-0" (or "-0,00") is the number zero: PostgreSQL's numeric has no negative zero, so + 0 makes it plain 0.
          return { written: bare ? number : `${number} %`, value: Number(`${sign}${whole}${fraction ? `.${fraction}` : ''}`) + 0 };
        }),
    };
  });

const dateColumn = fc.boolean().map((vietnamese): Column => ({
  field: { type: 'date', ...(vietnamese ? { format: '%d/%m/%Y' } : {}) },
  cells: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => {
    const iso = date.toISOString().slice(0, 10);
    const [year, month, day] = iso.split('-');
    return { written: vietnamese ? `${Number(day)}/${month}/${year}` : iso, value: iso };
  }),
}));

const booleanColumn = fc.boolean().map((vietnamese): Column => ({
  field: { type: 'boolean', ...(vietnamese ? { trueValues: ['có'], falseValues: ['không'] } : {}) },
  cells: fc.boolean().map((value) => ({ written: vietnamese ? (value ? 'có' : 'không') : String(value), value })),
}));

const stringColumn = fc.constant<Column>({ field: { type: 'string' }, cells: text.map((value) => ({ written: value, value })) });

const column = fc.oneof(integerColumn, numberColumn, dateColumn, booleanColumn, stringColumn);

/** A table: its columns and rows of cells, some missing. */
const table = fc
  .array(column, { minLength: 1, maxLength: 4 })
  .chain((columns) =>
    fc
      .array(fc.tuple(...columns.map((each) => fc.option(each.cells, { freq: 6 }))), { minLength: 1, maxLength: 6 })
      .map((rows) => ({ columns, rows })),
  );

function csvCell(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

describe('one typed truth, every format (issue 15: CSV, JSON, Data Package, CKAN and datasetRows agree)', () => {
  let t: TestHub;
  let run = 0;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
  }, 180_000);

  afterAll(() => t.close());

  async function get(url: string): Promise<{ status: number; body: string }> {
    const response = await t.hub.http.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.body };
  }

  it('for generated schemas and values, every download format round-trips to the values datasetRows gives for the same version', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ columns, rows }) => {
        run += 1;
        const slug = `dinh-dang-${run}`;
        // The first column numbers the rows and its name the run: no two runs upload the same file (002 §4.2b).
        const names = [`dong_${run}`, ...columns.map((_, index) => `cot_${index + 1}`)];
        const schema = {
          fields: [{ name: names[0], type: 'integer' }, ...columns.map((each, index) => ({ ...each.field, name: names[index + 1] }))],
        };
        const expected = rows.map((row, index) =>
          Object.fromEntries([[names[0], index + 1], ...row.map((cell, at) => [names[at + 1], cell?.value ?? null])]),
        );
        const csv = [
          names.map(csvCell),
          ...rows.map((row, index) => [String(index + 1), ...row.map((cell) => csvCell(cell?.written ?? ''))]),
        ]
          .map((line) => line.join(','))
          .join('\n');

        // Ingested inline as the catalogue import does: the formats, not the queue, are under test.
        await datasetWithSchema(t, slug, `Định dạng ${run}`, schema);
        const services = t.hub.services();
        const dataset = (await services.trusted.catalog.findForReview(slug))!;
        const file = { content: Readable.from([Buffer.from(`${csv}\n`)]), originalName: `${slug}.csv`, mediaType: 'text/csv' };
        const { distribution } = await services.trusted.catalog.importDistribution(dataset.id, file);
        const job = await services.datastore.waitForJob(
          (await services.trusted.datastore.ingestUploaded(distribution, { inline: true }))!.id,
        );
        expect(job.problems).toEqual([]);
        await approveBySampleCouncil(services, slug);

        const { data } = await t.gql(DatasetRowsDocument, { slug, first: 100 });
        const rowsRead = data!.datasetRows.rows.map((row) => Object.fromEntries(names.map((name, at) => [name, row?.[at]])));
        expect(rowsRead).toEqual(expected);

        const json = await get(`/datasets/${slug}/download.json`);
        expect(JSON.parse(json.body)).toEqual(expected);

        const ckan = JSON.parse((await get(`/api/3/action/datastore_search?resource_id=${slug}&limit=100`)).body);
        const records = ckan.result.records as Record<string, JsonValue>[];
        expect(records.map((record) => Object.fromEntries(Object.entries(record).filter(([name]) => name !== '_id')))).toEqual(expected);

        // The CSV as a Data Package consumer reads it, by the schema the descriptor gives.
        const descriptor = JSON.parse((await get(`/datasets/${slug}/datapackage.json`)).body);
        const served = (await get(`/datasets/${slug}/download`)).body;
        const [header, ...lines] = parse(served, { bom: true }) as string[][];
        expect(header).toEqual(names);
        const written = served !== `${csv}\n`;
        const readers = cellReaders(descriptor.resources[0].schema as TableSchema, header, written);
        expect(lines.map((line) => Object.fromEntries(header.map((name, at) => [name, readers[at](line[at])])))).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  }, 600_000);

  test('"-0" in a number column is zero in download.json, as datasetRows gives it (PostgreSQL\'s numeric has no negative zero)', () => {
    const [read] = cellReaders({ fields: [{ name: 'cot', type: 'number', decimalChar: ',' }] } as TableSchema, ['cot'], false);
    for (const written of ['-0', '-0,00', '0']) expect(Object.is(read(written), 0)).toBe(true);
    expect(read('-0,5')).toBe(-0.5);
  });
});
