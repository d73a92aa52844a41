import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services';
import type { OfficialViewer } from '../../shared/viewer';
import type { Html } from './html';
import type { CookieOptions, PortalRequest } from './session';

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

/** A page, a page with its status, or nothing when the handler already answered (a redirect). */
export type PageHandler = (context: PageContext) => Promise<Html | PageResponse | void>;

export interface PortalRouter {
  options: PortalOptions;
  get(path: string, handler: PageHandler): void;
  /** A POST form: refused unless it carries the CSRF token. */
  post(path: string, handler: PageHandler): void;
}

/** Pages that need a signed-in official send anyone else to the sign-in form and back (a form's POST back to the desk). */
export function requireSignIn(context: PageContext): OfficialViewer | null {
  if (context.portal.viewer.kind === 'official') return context.portal.viewer;
  const back = context.request.method === 'GET' ? context.portal.path : '/desk';
  void context.reply.redirect(`/sign-in?next=${encodeURIComponent(back)}`, 303);
  return null;
}
