import type { FieldProblem } from '../../shared/errors';
import { normaliseTaxCode, taxCodeProblem } from '../../shared/identifiers';
import { clientScopes, type ClientScope } from '../../shared/viewer';
import { contactProblems, type FormContact } from '../../shared/contact';

export interface RegisterPartnerOrganisationInput extends FormContact {
  name: string;
  taxCode: string;
}

export interface RegisterApiClientInput {
  organisationId: string;
  name: string;
  scopes: readonly string[];
}

const required = 'bắt buộc (required)';

/** The organisation's fields, with its tax code normalised when it is valid. */
export function organisationProblems(input: RegisterPartnerOrganisationInput): { problems: FieldProblem[]; taxCode: string | null } {
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push({ field: 'name', message: required });
  const taxProblem = taxCodeProblem(input.taxCode);
  if (taxProblem) problems.push({ field: 'taxCode', message: taxProblem });
  if (!input.contactName.trim()) problems.push({ field: 'contactName', message: required });
  problems.push(...contactProblems(input));
  return { problems, taxCode: normaliseTaxCode(input.taxCode) };
}

export function isClientScope(scope: string): scope is ClientScope {
  return clientScopes.includes(scope as ClientScope);
}

export function clientProblems(input: RegisterApiClientInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push({ field: 'name', message: required });
  if (input.scopes.length === 0) problems.push({ field: 'scopes', message: 'chọn ít nhất một phạm vi (choose at least one scope)' });
  const unknown = input.scopes.filter((scope) => !isClientScope(scope));
  if (unknown.length > 0) {
    problems.push({
      field: 'scopes',
      message: `phạm vi không có (unknown scopes): ${unknown.join(', ')}; có (known): ${clientScopes.join(', ')}`,
    });
  }
  return problems;
}
