import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RouteDependencies } from '../routes';
import { sessionViewer } from '../viewer';
import { anonymous, type Viewer } from '../../shared/viewer';
import { languages, messagesFor, type Language, type Messages } from './messages';

const sessionCookie = 'hub_session';
const csrfCookie = 'hub_csrf';
const languageCookie = 'hub_lang';

export interface CookieOptions {
  /** Production serves over HTTPS: cookies only travel encrypted there. */
  secure: boolean;
}

/** Who asks, in which language, and the token every POST form must carry back. */
export interface PortalRequest {
  viewer: Viewer;
  messages: Messages;
  csrfToken: string;
  /** The path and query of this page, to link the other language and to come back after sign-in. */
  path: string;
}

export function cookiesOf(request: FastifyRequest): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    try {
      cookies.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()));
    } catch {
      // A cookie we did not write and cannot decode is ignored.
    }
  }
  return cookies;
}

function setCookie(reply: FastifyReply, name: string, value: string, options: CookieOptions, maxAgeSeconds?: number): void {
  const attributes = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (options.secure) attributes.push('Secure');
  if (maxAgeSeconds !== undefined) attributes.push(`Max-Age=${maxAgeSeconds}`);
  const previous = reply.getHeader('set-cookie');
  const list = Array.isArray(previous) ? previous : previous ? [String(previous)] : [];
  reply.header('set-cookie', [...list, attributes.join('; ')]);
}

const provinceCookie = 'hub_province';

/** The session, and the province signed in to, which the next sign-in form offers first. */
export function startSession(reply: FastifyReply, token: string, options: CookieOptions, province: string): void {
  setCookie(reply, sessionCookie, token, options);
  setCookie(reply, provinceCookie, province, options, 365 * 24 * 3600);
}

/** The province of this browser's last sign-in, if any. */
export function rememberedProvince(request: FastifyRequest): string | undefined {
  return cookiesOf(request).get(provinceCookie);
}

export function endSession(reply: FastifyReply, options: CookieOptions): void {
  setCookie(reply, sessionCookie, '', options, 0);
}

function languageOf(request: FastifyRequest, cookies: Map<string, string>, reply: FastifyReply, options: CookieOptions): Language {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (typeof asked === 'string' && (languages as readonly string[]).includes(asked)) {
    setCookie(reply, languageCookie, asked, options, 365 * 24 * 3600);
    return asked as Language;
  }
  const remembered = cookies.get(languageCookie);
  return remembered === 'en' ? 'en' : 'vi';
}

/**
 * Reads the session cookie (a bearer token of the accounts service), the language and the
 * CSRF cookie, creating the latter on first visit. A forged or expired session is dropped.
 */
export async function portalRequest(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Pick<RouteDependencies, 'tokens' | 'services'>,
  options: CookieOptions,
): Promise<PortalRequest> {
  const cookies = cookiesOf(request);
  const language = languageOf(request, cookies, reply, options);
  let viewer: Viewer = anonymous;
  const token = cookies.get(sessionCookie);
  if (token) {
    const verified = await sessionViewer(token, deps.tokens, deps.services());
    if (verified) viewer = verified;
    else endSession(reply, options);
  }
  let csrfToken = cookies.get(csrfCookie) ?? '';
  if (!/^[A-Za-z0-9_-]{32,}$/.test(csrfToken)) {
    csrfToken = randomBytes(24).toString('base64url');
    setCookie(reply, csrfCookie, csrfToken, options);
  }
  return { viewer, messages: messagesFor(language), csrfToken, path: request.url };
}

/** Double-submit check: the form's hidden field must equal the cookie only this site can have set. */
export function csrfMatches(portal: PortalRequest, submitted: string | null): boolean {
  if (!submitted) return false;
  const expected = Buffer.from(portal.csrfToken);
  const given = Buffer.from(submitted);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
