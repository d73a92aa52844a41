import { InputError, type FieldProblem } from '../../shared/errors';
import { readText } from '../../shared/text-input';

export interface BroadcastRequestInput {
  title: string;
  body: string;
  reason: string;
  link?: string | null;
}

export const broadcastLimits = { title: 150, body: 2000, reason: 1000, link: 500 } as const;

/** A request's fields, each checked and named when wrong; the link must be an http(s) address. */
export function readBroadcastRequest(input: BroadcastRequestInput): Required<BroadcastRequestInput> {
  const problems: FieldProblem[] = [];
  const title = readText(problems, 'title', input.title, broadcastLimits.title);
  const body = readText(problems, 'body', input.body, broadcastLimits.body);
  const reason = readText(problems, 'reason', input.reason, broadcastLimits.reason);
  const link = input.link?.trim() ? readLink(problems, input.link.trim()) : null;
  if (problems.length > 0) throw new InputError(problems);
  return { title, body, reason, link };
}

function readLink(problems: FieldProblem[], text: string): string {
  const bad = () => problems.push({ field: 'link', message: 'Phải là địa chỉ http(s) (must be an http or https address)' });
  if (text.length > broadcastLimits.link) {
    problems.push({ field: 'link', message: `Tối đa ${broadcastLimits.link} ký tự (at most ${broadcastLimits.link} characters)` });
    return text;
  }
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') bad();
  } catch {
    bad();
  }
  return text;
}
