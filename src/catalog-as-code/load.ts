import fs from 'node:fs/promises';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parseAllDocuments } from 'yaml';
import tableSchemaSchema from '../standards/frictionless-tableschema-2.0.json';
import agencySchema from './kinds/agency.schema.json';
import codeListSchema from './kinds/codelist.schema.json';
import councilSessionSchema from './kinds/council-session.schema.json';
import datasetSchema from './kinds/dataset.schema.json';
import officialSchema from './kinds/official.schema.json';
import personalRecordsSchema from './kinds/personal-records.schema.json';
import provinceSchema from './kinds/province.schema.json';
import type { CatalogDocument, Kind } from './documents';

export interface LocatedDocument {
  file: string;
  document: CatalogDocument;
}

export class CatalogValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`the catalogue is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogValidationError';
  }
}

interface Validators {
  kinds: Record<Kind, ValidateFunction>;
  tableSchema: ValidateFunction;
}

let compiled: Validators | undefined;

/** Compiled on first load, not at start-up: a hub that finds its database seeded never needs them. */
function validators(): Validators {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  compiled = {
    kinds: {
      Province: ajv.compile(provinceSchema),
      Agency: ajv.compile(agencySchema),
      Official: ajv.compile(officialSchema),
      Dataset: ajv.compile(datasetSchema),
      CodeList: ajv.compile(codeListSchema),
      CouncilSession: ajv.compile(councilSessionSchema),
      PersonalRecords: ajv.compile(personalRecordsSchema),
    },
    tableSchema: ajv.compile(tableSchemaSchema),
  };
  return compiled;
}

/**
 * Reads every YAML file below `dir` and validates each document against its kind's JSON
 * Schema (and each Table Schema against Frictionless 2.0). Every problem names the file,
 * the document, the path inside it and the rule broken; nothing is returned unless all pass.
 */
export async function loadCatalog(dir: string): Promise<LocatedDocument[]> {
  const files = (await yamlFilesBelow(dir)).sort();
  const documents: LocatedDocument[] = [];
  const problems: string[] = [];
  const { kinds, tableSchema } = validators();
  for (const file of files) {
    const relative = path.relative(process.cwd(), file);
    const parsed = parseAllDocuments(await fs.readFile(file, 'utf8'));
    const list = Array.isArray(parsed) ? parsed : [parsed];
    list.forEach((yamlDocument, index) => {
      const where = `${relative} (document ${index + 1})`;
      if (yamlDocument.errors.length > 0) {
        problems.push(...yamlDocument.errors.map((error) => `${where}: YAML ${error.message}`));
        return;
      }
      const value = yamlDocument.toJS() as { kind?: unknown } | null;
      if (value === null) return;
      const kind = value.kind as Kind;
      const validate = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
      if (!validate) {
        problems.push(`${where}: /kind must be one of ${Object.keys(kinds).join(', ')}`);
        return;
      }
      if (!validate(value)) {
        problems.push(...describe(where, validate.errors));
        return;
      }
      const document = value as CatalogDocument;
      if (document.kind === 'Dataset' && document.spec.distribution && !tableSchema(document.spec.distribution.schema)) {
        problems.push(...describe(where, tableSchema.errors, '/spec/distribution/schema'));
        return;
      }
      documents.push({ file, document });
    });
  }
  if (problems.length > 0) throw new CatalogValidationError(problems);
  return documents;
}

function describe(where: string, errors: ErrorObject[] | null | undefined, prefix = ''): string[] {
  return (errors ?? []).map(
    (error) => `${where}: ${prefix}${error.instancePath || '/'} ${error.message} (rule ${error.keyword}${paramsOf(error)})`,
  );
}

function paramsOf(error: ErrorObject): string {
  const params = Object.entries(error.params).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return params.length > 0 ? `: ${params.join(', ')}` : '';
}

async function yamlFilesBelow(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}
