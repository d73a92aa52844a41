import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../../shared/errors';
import type { RouteDependencies } from '../routes';
import { assetRoutes } from './assets';
import { broadcastPages } from './broadcast-pages';
import { citizenPages } from './citizen-pages';
import { clientPages } from './client-pages';
import { consentRequestPages } from './consent-request-pages';
import { deskPages } from './desk-pages';
import { feedbackPages } from './feedback-pages';
import { harvestPages } from './harvest-pages';
import { schemaPages } from './schema-pages';
import { html, type Html } from './html';
import { page } from './layout';
import { publicPages } from './public-pages';
import { requestAccessPages } from './request-access-pages';
import { reviewPages } from './review-pages';
import { usagePages } from './usage-pages';
import { PageResponse, type PageHandler, type PortalOptions, type PortalRouter } from './page';
import { csrfMatches, portalRequest, type PortalRequest } from './session';
import { signInPages } from './sign-in-pages';
import { jobPages, uploadRoute } from './upload-pages';

/** Refusals a page cannot foresee as pages; anything unexpected is logged and shown without its details. */
function errorPage(request: FastifyRequest, portal: PortalRequest, error: unknown): PageResponse {
  const m = portal.messages;
  if (error instanceof NotFoundError)
    return new PageResponse(404, page(portal, m.text('notFound'), html`<p>${m.text('notFoundText')}</p>`));
  if (error instanceof ForbiddenError || error instanceof UnauthenticatedError) {
    return new PageResponse(
      403,
      page(
        portal,
        m.text('forbidden'),
        html`<p>${m.text('forbiddenText')}</p>
          <p>${error.message}</p>`,
      ),
    );
  }
  if (error instanceof DomainError) {
    return new PageResponse(400, page(portal, m.text('badRequest'), html`<p class="error" role="alert">${error.message}</p>`));
  }
  request.log.error({ err: error }, 'portal page failed');
  return new PageResponse(500, page(portal, m.text('serverError'), html`<p>${m.text('serverErrorText')}</p>`));
}

/**
 * The portal: server-rendered pages over the same services GraphQL uses. Public open-data
 * pages for anyone; the desks of officials and citizens' own data behind the session cookie the
 * sign-in forms set.
 */
export async function portalRoutes(app: FastifyInstance, deps: RouteDependencies, options: PortalOptions): Promise<void> {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) =>
    done(null, new URLSearchParams(String(body))),
  );

  const serve = (handler: PageHandler, checkCsrf: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
    const portal = await portalRequest(request, reply, deps, options);
    const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
    let result: Html | PageResponse | void;
    if (checkCsrf && !csrfMatches(portal, form.get('_csrf'))) {
      result = new PageResponse(403, page(portal, portal.messages.text('forbidden'), html`<p>${portal.messages.text('badForm')}</p>`));
    } else {
      try {
        result = await handler({ request, reply, portal, services: deps.services(), form });
      } catch (error) {
        result = errorPage(request, portal, error);
      }
    }
    if (reply.sent || result === undefined) return reply;
    const response = result instanceof PageResponse ? result : new PageResponse(200, result);
    return reply
      .status(response.status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('x-frame-options', 'DENY')
      .header('content-security-policy', "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")
      .send(response.body.text);
  };

  const router: PortalRouter = {
    options,
    get: (path, handler) => app.get(path, serve(handler, false)),
    post: (path, handler) => app.post(path, serve(handler, true)),
  };
  await assetRoutes(app);
  publicPages(router);
  requestAccessPages(router);
  signInPages(router);
  deskPages(router);
  schemaPages(router);
  reviewPages(router);
  usagePages(router);
  jobPages(router);
  citizenPages(router);
  consentRequestPages(router);
  broadcastPages(router);
  feedbackPages(router);
  clientPages(router);
  harvestPages(router);
  await app.register(async (uploads) => uploadRoute(uploads, deps, options));
}
