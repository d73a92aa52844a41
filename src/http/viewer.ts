import type { FastifyRequest } from 'fastify';
import type { TokenService } from '../modules/accounts/service';
import { anonymous, type Viewer } from '../shared/viewer';

/**
 * The viewer behind a request's bearer token. A missing token is anonymous; a forged,
 * expired or malformed one is refused (null) rather than silently treated as anonymous.
 */
export async function viewerOf(request: FastifyRequest, tokens: TokenService): Promise<Viewer | null> {
  const header = request.headers.authorization;
  if (!header) return anonymous;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return null;
  return tokens.verify(match[1]);
}
