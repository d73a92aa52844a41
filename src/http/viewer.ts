import type { FastifyRequest } from 'fastify';
import type { TokenService } from '../modules/accounts/service';
import type { Services } from '../services';
import { anonymous, type Viewer } from '../shared/viewer';

/**
 * The viewer behind a request's bearer token. A missing token is anonymous; a forged,
 * expired or malformed one is refused (null) rather than silently treated as anonymous. So is
 * the token of an account locked or revoked since it was issued: the account is read on every
 * request, so a lock takes effect at once.
 */
export async function viewerOf(request: FastifyRequest, tokens: TokenService, services: Services): Promise<Viewer | null> {
  const header = request.headers.authorization;
  if (!header) return anonymous;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return null;
  const session = await tokens.verify(match[1]);
  if (!session) return null;
  return session.viewer.kind === 'citizen'
    ? services.citizens.sessionViewer(session.viewer.citizenId)
    : services.accounts.sessionViewer(session.viewer.officialId, session.version);
}
