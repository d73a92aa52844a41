import { performance } from 'node:perf_hooks';

export interface Answer {
  status: number;
  ms: number;
  body: string;
  retryAfter?: string;
}

/** One HTTP request, timed; a network failure or no answer within `timeoutMs` is status 0. */
export async function timedRequest(url: string, init: RequestInit = {}, timeoutMs = 30_000): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    return { status: response.status, ms: performance.now() - started, body, retryAfter: response.headers.get('retry-after') ?? undefined };
  } catch {
    return { status: 0, ms: performance.now() - started, body: '' };
  }
}

export function graphqlRequest(query: string, variables: Record<string, unknown> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) };
}

export function percentile(values: readonly number[], quantile: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))];
}

/** "503 ×12, 200 ×3" */
export function statusCounts(answers: readonly { status: number }[]): string {
  const counts = new Map<number, number>();
  for (const { status } of answers) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status === 0 ? 'no answer' : status} ×${count}`)
    .join(', ');
}

export const ms = (value: number) => `${Math.round(value)} ms`;

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
