import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../shared/errors';
import { anonymous, type Viewer } from '../shared/viewer';
import { catalogActions, type CkanAction } from './ckan-actions';
import { datastoreActions } from './ckan-datastore';
import { CkanBadRequest, CkanParams, UnreadableBody, sendError, sendSuccess } from './ckan-envelope';
import type { RouteDependencies } from './routes';
import { bearerToken, viewerOfToken } from './viewer';
import { abandonedSignal } from './abandoned';

const actions: Record<string, CkanAction> = {
  ...catalogActions,
  ...datastoreActions,
  help_show: {
    help: 'What an action does.',
    run: async ({ params }) => {
      return actionNamed(params.required('name')).help;
    },
  },
};

/** Every CKAN answer, refusals included, may be read by a page of any origin (no cookies are read). */
const anyOrigin = { 'Access-Control-Allow-Origin': '*' };

/** CKAN's own CORS answer (ckan.cors.origin_allow_all): any origin, the API key headers, no cookies. */
const corsHeaders = {
  ...anyOrigin,
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'X-CKAN-API-KEY, Authorization, Content-Type',
  'Access-Control-Max-Age': '86400',
};

const bodyLimit = 64 * 1024;

function actionNamed(name: string): CkanAction {
  if (!Object.hasOwn(actions, name)) throw new CkanBadRequest(`Action name not known: ${name}`);
  return actions[name];
}

/**
 * A CKAN 2.10/2.11-compatible Action API (DESIGN data flow 4; issue 17): GET and POST (JSON or
 * form body) on /api/3/action/<name> and /api/action/<name>, OPTIONS answered for browsers,
 * and CKAN's envelope on every answer — an unknown action is CKAN's 400, never Fastify's 404.
 * The API key comes as CKAN clients send it: `Authorization: <token>`, `Authorization:
 * Bearer <token>` or `X-CKAN-API-Key`; a key that does not verify is refused, never anonymous.
 */
export async function ckanRoutes(app: FastifyInstance, deps: RouteDependencies, publicUrl: string): Promise<void> {
  await app.register(async (scope) => {
    scope.removeContentTypeParser(['application/json', 'text/plain']);
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit }, (_request, body, done) =>
      done(null, new URLSearchParams(String(body))),
    );
    scope.addContentTypeParser(['application/json', '*'], { parseAs: 'string', bodyLimit }, (request, body, done) =>
      done(null, bodyOf(String(body), request.headers['content-type'])),
    );

    const helpOf = (request: FastifyRequest) =>
      `${publicUrl}/api/3/action/help_show?name=${encodeURIComponent((request.params as { '*'?: string })['*'] ?? '')}`;
    // Refusals before the handler (input bounds, fair use, body limits) in CKAN's envelope too; server failures go to the hub's handler.
    scope.setErrorHandler((error, request, reply) => sendError(reply.headers(anyOrigin), helpOf(request), error));

    const answer = async (request: FastifyRequest<{ Params: { '*': string } }>, reply: FastifyReply) => {
      const name = request.params['*'];
      const help = helpOf(request);
      void reply.headers(anyOrigin);
      try {
        const action = actionNamed(name);
        const params = CkanParams.of(request);
        const services = deps.services();
        let viewer: Promise<Viewer> | undefined;
        const result = await action.run({
          params,
          services,
          viewer: () => (viewer ??= callerOf(request, deps, services)),
          signal: abandonedSignal(reply),
          publicUrl,
        });
        return sendSuccess(reply, help, result);
      } catch (error) {
        return sendError(reply, help, error);
      }
    };

    for (const prefix of ['/api/3/action', '/api/action']) {
      scope.route({ method: ['GET', 'POST'], url: `${prefix}/*`, handler: answer });
      scope.options(`${prefix}/*`, async (_request, reply) => reply.code(204).headers(corsHeaders).send());
    }
    // CKAN clients probe the API version at /api/3 (and /api).
    for (const url of ['/api/3', '/api']) scope.get(url, async (_request, reply) => reply.headers(anyOrigin).send({ version: 3 }));
  });
}

/** A body as CKAN reads it: JSON, a form, or (any other or no content type) JSON when it parses, else a form. */
function bodyOf(text: string, contentType: string | undefined): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    if (contentType?.startsWith('application/json')) return new UnreadableBody((error as Error).message);
    return new URLSearchParams(text);
  }
}

/** The caller behind the API key as CKAN clients send it; anonymous without one. */
async function callerOf(
  request: FastifyRequest,
  deps: RouteDependencies,
  services: ReturnType<RouteDependencies['services']>,
): Promise<Viewer> {
  const header = request.headers.authorization ?? request.headers['x-ckan-api-key'];
  const given = (Array.isArray(header) ? header[0] : header)?.trim();
  const key = bearerToken(given) ?? given;
  if (!key) return anonymous;
  const viewer = await viewerOfToken(key, deps, services);
  if (!viewer) throw new UnauthenticatedError('Mã đăng nhập không hợp lệ hoặc đã hết hạn (invalid or expired token)');
  return viewer;
}
