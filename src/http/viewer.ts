import type { FastifyRequest } from 'fastify';
import type { TokenService } from '../modules/accounts/service';
import type { Services } from '../services';
import { anonymous, type ClientViewer, type Viewer } from '../shared/viewer';

export interface ViewerSources {
  tokens: TokenService;
  /** A partner client's access token checked, with the client's status, now. */
  clientViewer(token: string): Promise<ClientViewer | null>;
}

/**
 * The viewer behind a request's bearer token: an official's or citizen's session token, or a
 * partner client's access token (each verifies only under its own key and audience). A missing
 * token is anonymous; a forged, expired or malformed one is refused (null), never anonymous. So
 * is the token of an account or client locked or revoked since it was issued: the account is
 * read on every request, so a lock takes effect at once.
 */
export async function viewerOf(request: FastifyRequest, sources: ViewerSources, services: Services): Promise<Viewer | null> {
  const header = request.headers.authorization;
  if (!header) return anonymous;
  const token = bearerToken(header);
  return token ? viewerOfToken(token, sources, services) : null;
}

/** The token of an `Authorization: Bearer <token>` header; undefined for any other form. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
}

/** The viewer behind a token however it came (a CKAN client sends it bare): a session's, else a partner client's, else null. */
export async function viewerOfToken(token: string, sources: ViewerSources, services: Services): Promise<Viewer | null> {
  return (await sessionViewer(token, sources.tokens, services)) ?? sources.clientViewer(token);
}

/** An official's or citizen's session token (bearer or the portal's cookie), checked against the account now. */
export async function sessionViewer(token: string, tokens: TokenService, services: Services): Promise<Viewer | null> {
  const session = await tokens.verify(token);
  if (!session) return null;
  return session.viewer.kind === 'citizen'
    ? services.citizens.sessionViewer(session.viewer.citizenId)
    : services.accounts.sessionViewer(session.viewer.officialId, session.version);
}

/**
 * Who a request's rate limit counts: the account or partner client its bearer token names,
 * checked by signature alone (no database read before the limit), or null without a token
 * that verifies.
 */
export async function requesterOf(
  request: FastifyRequest,
  tokens: TokenService,
  clientTokens: { verify(token: string): Promise<{ clientId: string } | null> },
): Promise<string | null> {
  const token = bearerToken(request.headers.authorization);
  if (!token) return null;
  const session = await tokens.verify(token);
  if (session) return session.viewer.kind === 'citizen' ? `citizen:${session.viewer.citizenId}` : `official:${session.viewer.officialId}`;
  const client = await clientTokens.verify(token);
  return client ? `client:${client.clientId}` : null;
}
