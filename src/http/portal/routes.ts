import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../shared/errors';
import type { OfficialViewer } from '../../shared/viewer';
import type { Services } from '../../services';
import type { RouteDependencies } from '../routes';
import { assetRoutes } from './assets';
import { deskPages } from './desk-pages';
import { html, type Html } from './html';
import { page } from './layout';
import { publicPages } from './public-pages';
import { reviewPages } from './review-pages';
import { csrfMatches, portalRequest, type CookieOptions, type PortalRequest } from './session';
import { signInPages } from './sign-in-pages';
import { jobPages, uploadRoute } from './upload-pages';

export interface PortalOptions extends CookieOptions {
  /** Offer the accounts service's development sign-in next to the password form. */
  devSignIn: boolean;
}

/** What a page handler gets: the request as the portal sees it, and services for this request. */
export interface PageContext {
  request: FastifyRequest;
  reply: FastifyReply;
  portal: PortalRequest;
  services: Services;
  /** Fields of a POSTed form (empty for GET). */
  form: URLSearchParams;
}

/** A page answered with a status other than 200 (a form with errors, a refusal). */
export class PageResponse {
  constructor(
    readonly status: number,
    readonly body: Html,
  ) {}
}

export interface PortalRouter {
  options: PortalOptions;
  get(path: string, handler: (context: PageContext) => Promise<Html | PageResponse | void>): void;
  /** A POST form: refused unless it carries the CSRF token. */
  post(path: string, handler: (context: PageContext) => Promise<Html | PageResponse | void>): void;
}

/** Pages that need a signed-in official send anyone else to the sign-in form and back. */
export function requireSignIn(context: PageContext): OfficialViewer | null {
  if (context.portal.viewer.kind === 'official') return context.portal.viewer;
  void context.reply.redirect(`/sign-in?next=${encodeURIComponent(context.portal.path)}`, 303);
  return null;
}

function errorPage(portal: PortalRequest, error: unknown): PageResponse | null {
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
  return null;
}

/**
 * The portal: server-rendered pages over the same services GraphQL uses. Public open-data
 * pages for anyone; the desks of officials behind the session cookie the sign-in form sets.
 */
export async function portalRoutes(app: FastifyInstance, deps: RouteDependencies, options: PortalOptions): Promise<void> {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) =>
    done(null, new URLSearchParams(String(body))),
  );

  const serve =
    (handler: (context: PageContext) => Promise<Html | PageResponse | void>, checkCsrf: boolean) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const portal = await portalRequest(request, reply, deps.tokens, options);
      const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
      let result: Html | PageResponse | void;
      if (checkCsrf && !csrfMatches(portal, form.get('_csrf'))) {
        result = new PageResponse(403, page(portal, portal.messages.text('forbidden'), html`<p>${portal.messages.text('badForm')}</p>`));
      } else {
        try {
          result = await handler({ request, reply, portal, services: deps.services(), form });
        } catch (error) {
          const shown = errorPage(portal, error);
          if (!shown) throw error;
          result = shown;
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
  signInPages(router);
  deskPages(router);
  reviewPages(router);
  jobPages(router);
  await app.register(async (uploads) => uploadRoute(uploads, deps, options));
}
