import type { FastifyInstance } from 'fastify';

/** What a browser app may send: JSON bodies, a Bearer token, and Apollo's CSRF-prevention headers. */
const allowedHeaders = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name';

/**
 * Browser apps on other origins (an agency's own portal, the Digital Citizen webview) call the
 * GraphQL endpoint of this scope. Any origin may, without credentials: the endpoint reads a
 * Bearer token, never a cookie, so a page on another origin cannot act with a visitor's session
 * (a credentialed request fails the preflight, which names no origin). Preflights are answered
 * here; Apollo itself answered them 400.
 */
export function allowCrossOrigin(scope: FastifyInstance, path: string): void {
  scope.addHook('onSend', async (_request, reply) => {
    reply.header('Access-Control-Allow-Origin', '*');
  });
  scope.options(path, async (_request, reply) =>
    reply
      .code(204)
      .header('Access-Control-Allow-Methods', 'GET, POST')
      .header('Access-Control-Allow-Headers', allowedHeaders)
      .header('Access-Control-Max-Age', '86400')
      .send(),
  );
}
