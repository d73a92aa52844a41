import type { FastifyRequest } from 'fastify';
import type { TokenService } from '../modules/accounts/service';
import { anonymous, type ClientViewer, type Viewer } from '../shared/viewer';

export interface ViewerSources {
  tokens: TokenService;
  /** A partner client's access token checked, with the client's status, now. */
  clientViewer(token: string): Promise<ClientViewer | null>;
}

/**
 * The viewer behind a request's bearer token: an official's session token or a partner
 * client's access token (each verifies only under its own key and audience). A missing token
 * is anonymous; a forged, expired, malformed or revoked one is refused (null), never anonymous.
 */
export async function viewerOf(request: FastifyRequest, sources: ViewerSources): Promise<Viewer | null> {
  const header = request.headers.authorization;
  if (!header) return anonymous;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return null;
  return (await sources.tokens.verify(match[1])) ?? sources.clientViewer(match[1]);
}
