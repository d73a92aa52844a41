import type { FieldProblem } from './errors';
import { controlCharacters } from './input-bounds';

/**
 * A free-text field as users type it: trimmed, required, at most `max` characters, no control
 * characters but line breaks and tabs. Kept as plain text: whoever shows it escapes it, so a
 * `<script>` typed here stays those characters and never becomes markup.
 */
export function readText(problems: FieldProblem[], field: string, value: string | null | undefined, max: number): string {
  const text = (value ?? '').trim();
  if (text === '') problems.push({ field, message: 'Không được để trống (required)' });
  else if ([...text].length > max) problems.push({ field, message: `Tối đa ${max} ký tự (at most ${max} characters)` });
  else if (controlCharacters.test(text)) problems.push({ field, message: 'Có ký tự điều khiển (control characters are not allowed)' });
  return text;
}
