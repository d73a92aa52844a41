import type { FieldProblem } from './errors';

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phone = /^\+?[0-9 .-]{8,15}$/;

/** A contact point on a form: an e-mail or a phone number, each well-formed when given. */
export function contactProblems(input: { contactEmail?: string | null; contactPhone?: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const contactEmail = input.contactEmail?.trim();
  const contactPhone = input.contactPhone?.trim();
  if (!contactEmail && !contactPhone) {
    problems.push({ field: 'contactEmail', message: 'cần thư điện tử hoặc số điện thoại (an email or a phone number is required)' });
  }
  if (contactEmail && !email.test(contactEmail))
    problems.push({ field: 'contactEmail', message: 'không phải địa chỉ thư (not an email address)' });
  if (contactPhone && !phone.test(contactPhone))
    problems.push({ field: 'contactPhone', message: 'không phải số điện thoại (not a phone number)' });
  return problems;
}
