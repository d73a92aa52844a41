import type { FieldProblem } from './errors';

/** Well-formed enough to be written to: one @ and a dot in the domain. */
export const emailAddress = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phone = /^\+?[0-9 .-]{8,15}$/;

/** A contact point on a form: an e-mail or a phone number, each well-formed when given. */
export function contactProblems(input: { contactEmail?: string | null; contactPhone?: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const contactEmail = input.contactEmail?.trim();
  const contactPhone = input.contactPhone?.trim();
  if (!contactEmail && !contactPhone) {
    problems.push({ field: 'contactEmail', message: 'cần thư điện tử hoặc số điện thoại (an email or a phone number is required)' });
  }
  if (contactEmail && !emailAddress.test(contactEmail))
    problems.push({ field: 'contactEmail', message: 'không phải địa chỉ thư (not an email address)' });
  if (contactPhone && !phone.test(contactPhone))
    problems.push({ field: 'contactPhone', message: 'không phải số điện thoại (not a phone number)' });
  return problems;
}

/** The contact a form must be given: a name, and an e-mail or a phone (contactProblems). */
export interface FormContact {
  contactName: string;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

/** A form's required contact as stored: the name and the given e-mail and phone trimmed, absent ones null. */
export function contactColumns(input: FormContact): {
  contactName: string;
  contactEmail: string | null;
  contactPhone: string | null;
} {
  return {
    contactName: input.contactName.trim(),
    contactEmail: input.contactEmail?.trim() || null,
    contactPhone: input.contactPhone?.trim() || null,
  };
}
