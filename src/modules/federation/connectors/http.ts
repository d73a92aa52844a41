import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isAllowListed, literalAddressOf, refusalOf, type SourceAddressPolicy } from './address-policy';

export type { SourceAddressPolicy } from './address-policy';

/** A source that cannot be read: the harvest of that source fails with this reason. */
export class SourceError extends Error {}

export interface SourceLimits {
  policy: SourceAddressPolicy;
  /** A page larger than this fails its harvest: a source cannot fill the worker's memory. */
  maxPageBytes: number;
}

export interface SourceRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** One page read from a source, whole and within the limits. */
export interface SourceResponse {
  /** Where the page was finally read from, after redirects. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  text(): string;
}

const maxRedirects = 5;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * The only road from the hub to a source. Every connection's resolved addresses are checked as it
 * is made (so a name that resolves to a public address when registered and to an internal one
 * later is still refused), every redirect is checked like the first URL, and a page is cut off at
 * its size limit or its timeout.
 */
export class SourceFetcher {
  constructor(private readonly limits: SourceLimits) {}

  /** Why DIC may not register this URL (a field-level message), or null. A name that does not resolve is left to the harvest. */
  async refusalOfUrl(text: string): Promise<string | null> {
    const url = parseWebUrl(text);
    if (!url) return 'phải là địa chỉ http(s) (must be an http(s) URL)';
    if (isAllowListed(url, this.limits.policy)) return null;
    const literal = literalAddressOf(url);
    if (literal) return refusalOf(literal, this.limits.policy);
    const addresses = await new Promise<LookupAddress[]>((resolve) =>
      dnsLookup(url.hostname, { all: true }, (error, found) => resolve(error ? [] : found)),
    );
    return addresses.map((address) => refusalOf(address.address, this.limits.policy)).find(Boolean) ?? null;
  }

  /** A page, given up after `timeoutMs` (redirects included), so a slow source fails its own harvest rather than holding the worker. */
  async fetch(text: string, timeoutMs: number, init: SourceRequest = {}): Promise<SourceResponse> {
    const deadline = AbortSignal.timeout(timeoutMs);
    let url = parseWebUrl(text);
    let request = init;
    for (let hop = 0; url; hop++) {
      this.check(url);
      const response = await this.once(url, request, deadline, timeoutMs);
      const location = response.headers.location;
      if (!redirectStatuses.has(response.status) || !location) {
        if (response.status < 200 || response.status >= 300)
          throw new SourceError(`Nguồn trả lỗi HTTP ${response.status} (source answered ${response.status}: ${url})`);
        return response;
      }
      if (hop === maxRedirects) throw new SourceError(`Quá nhiều lần chuyển hướng (too many redirects: ${text})`);
      const next = parseWebUrl(location, url);
      if (!next) throw new SourceError(`Chuyển hướng tới địa chỉ không phải http(s) (redirect to a non-http(s) URL: ${location})`);
      // As browsers do: 303, and 301/302 after a POST, go on as a GET without the body.
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && request.method === 'POST'))
        request = { headers: request.headers, method: 'GET' };
      url = next;
    }
    throw new SourceError(`phải là địa chỉ http(s) (must be an http(s) URL: ${text})`);
  }

  async json<T>(url: string, timeoutMs: number, init: SourceRequest = {}): Promise<T> {
    const response = await this.fetch(url, timeoutMs, init);
    try {
      return JSON.parse(response.text()) as T;
    } catch {
      throw new SourceError(`Nguồn không trả JSON hợp lệ (not JSON: ${url})`);
    }
  }

  /** Literal addresses never reach the lookup below, so they are checked here. */
  private check(url: URL): void {
    if (isAllowListed(url, this.limits.policy)) return;
    const literal = literalAddressOf(url);
    const refusal = literal ? refusalOf(literal, this.limits.policy) : null;
    if (refusal) throw refused(url, refusal);
  }

  private once(url: URL, init: SourceRequest, deadline: AbortSignal, timeoutMs: number): Promise<SourceResponse> {
    const { maxPageBytes, policy } = this.limits;
    let refusal: string | null = null;
    const guardedLookup: LookupFunction = (hostname, options, callback) => {
      dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
        if (error) return callback(error, '', 0);
        refusal = isAllowListed(url, policy)
          ? null
          : (addresses.map((address) => refusalOf(address.address, policy)).find(Boolean) ?? null);
        if (refusal) return callback(Object.assign(new Error(refusal), { code: 'EREFUSED' }), '', 0);
        if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
        callback(null, addresses[0].address, addresses[0].family);
      });
    };
    return new Promise<SourceResponse>((resolve, reject) => {
      const fail = (error: Error) => {
        if (refusal) return reject(refused(url, refusal));
        if (deadline.aborted) return reject(new SourceError(`Nguồn không trả lời trong ${timeoutMs} ms (timed out: ${url})`));
        reject(error instanceof SourceError ? error : new SourceError(`Không kết nối được nguồn (unreachable: ${url}: ${error.message})`));
      };
      const client = url.protocol === 'https:' ? https : http;
      const request = client.request(
        url,
        // No pooled sockets: a kept-alive connection would skip the address check of this request.
        { method: init.method ?? 'GET', headers: init.headers, lookup: guardedLookup, signal: deadline, agent: false },
        (response) => {
          const declared = Number(response.headers['content-length']);
          if (declared > maxPageBytes) return response.destroy(tooLarge(url, maxPageBytes));
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxPageBytes) return response.destroy(tooLarge(url, maxPageBytes));
            chunks.push(chunk);
          });
          response.on('error', fail);
          response.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            resolve({ url: url.toString(), status: response.statusCode ?? 0, headers: response.headers, text: () => body });
          });
        },
      );
      request.on('error', fail);
      request.end(init.body);
    });
  }
}

function parseWebUrl(text: string, base?: URL): URL | null {
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function refused(url: URL, reason: string): SourceError {
  return new SourceError(`Nguồn bị chặn: ${reason} (source refused: ${url})`);
}

function tooLarge(url: URL, maxPageBytes: number): SourceError {
  return new SourceError(`Trang vượt quá ${maxPageBytes} byte (page larger than ${maxPageBytes} bytes: ${url})`);
}
