import type { FastifyInstance, FastifyReply } from 'fastify';

/** What a browser app may send: JSON bodies, a Bearer token, and Apollo's CSRF-prevention headers. */
const allowedHeaders = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name';

/**
 * Browser apps on the origins operators allow (HUB_CORS_ORIGINS: an agency's own portal, the
 * Digital Citizen webview) call the GraphQL endpoint of this scope (issue 17 item 3). An allowed
 * origin gets the preflight and `Access-Control-Allow-Origin` naming it; any other origin gets no
 * CORS header at all, so the browser refuses to let its page send a JSON request or read an
 * answer, and Apollo's CSRF prevention still refuses the simple requests a page can send without
 * asking. Never with credentials: the endpoint reads a Bearer token, never the portal's cookie.
 * Every answer varies by Origin, so a cache never hands one origin's answer to another.
 */
export function allowCrossOrigin(scope: FastifyInstance, path: string, origins: readonly string[]): void {
  const allowed = new Set(origins);
  const allowedOrigin = (origin: string | undefined) => (origin !== undefined && allowed.has(origin) ? origin : null);
  scope.addHook('onSend', async (request, reply) => {
    varyByOrigin(reply);
    const origin = allowedOrigin(request.headers.origin);
    if (origin) reply.header('Access-Control-Allow-Origin', origin);
  });
  scope.options(path, async (request, reply) => {
    if (!allowedOrigin(request.headers.origin)) return reply.code(204).header('Allow', 'GET, POST, OPTIONS').send();
    return reply
      .code(204)
      .header('Access-Control-Allow-Methods', 'GET, POST')
      .header('Access-Control-Allow-Headers', allowedHeaders)
      .header('Access-Control-Max-Age', '86400')
      .send();
  });
}

function varyByOrigin(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  const names = String(vary ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names.some((name) => name === '*' || name.toLowerCase() === 'origin')) reply.header('Vary', [...names, 'Origin'].join(', '));
}
