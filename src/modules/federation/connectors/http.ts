/** A source that cannot be read: the harvest of that source fails with this reason. */
export class SourceError extends Error {}

/**
 * One request to a remote catalogue, given up after `timeoutMs`, so a slow source fails its
 * own harvest rather than holding the worker.
 */
export async function fetchFromSource(url: string, timeoutMs: number, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new SourceError(`Nguồn không trả lời trong ${timeoutMs} ms (timed out: ${url})`);
    }
    throw new SourceError(`Không kết nối được nguồn (unreachable: ${url}: ${(error as Error).message})`);
  }
  if (!response.ok) throw new SourceError(`Nguồn trả lỗi HTTP ${response.status} (source answered ${response.status}: ${url})`);
  return response;
}

export async function jsonFromSource<T>(url: string, timeoutMs: number, init: RequestInit = {}): Promise<T> {
  const response = await fetchFromSource(url, timeoutMs, init);
  try {
    return (await response.json()) as T;
  } catch {
    throw new SourceError(`Nguồn không trả JSON hợp lệ (not JSON: ${url})`);
  }
}
