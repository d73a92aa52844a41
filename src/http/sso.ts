import type { FastifyInstance } from 'fastify';
import { SignInRefusal } from '../modules/accounts/service';
import { UnauthenticatedError } from '../shared/errors';
import { anonymous } from '../shared/viewer';
import type { RouteDependencies } from './routes';
import { viewerOf } from './viewer';

/**
 * Sign-in through the central OpenID Connect provider (002 §14). GET /auth/sso/start sends the
 * browser to the provider; POST /auth/sso/link (signed in) returns the URL that links the
 * official's account to their provider identity; the provider returns to /auth/sso/callback,
 * which answers with a session token.
 */
export async function ssoRoutes(app: FastifyInstance, deps: RouteDependencies): Promise<void> {
  app.get('/auth/sso/start', async (_request, reply) => {
    const url = await deps.services().sso.start(anonymous, false);
    return reply.header('cache-control', 'no-store').redirect(url, 302);
  });

  app.post('/auth/sso/link', async (request, reply) => {
    const services = deps.services();
    const viewer = await viewerOf(request, deps, services);
    if (!viewer || viewer.kind !== 'official') throw new UnauthenticatedError();
    return reply.header('cache-control', 'no-store').send({ authorizationUrl: await services.sso.start(viewer, true) });
  });

  app.get('/auth/sso/callback', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      const { token, official } = await deps.services().sso.finish(request.url);
      return reply.send({ token, accountName: official.accountName, provinceCode: official.provinceCode });
    } catch (error) {
      if (!(error instanceof SignInRefusal)) throw error;
      const status = error.code === 'ACCOUNT_LOCKED' || error.code === 'ACCOUNT_REVOKED' ? 403 : 401;
      return reply.status(status).send({ error: error.code, message: error.message });
    }
  });
}
