import type { FastifyReply } from 'fastify';
import { OAuthError, type TokenRequest } from '../modules/clients/service';
import type { RoutePlugin } from './routes';

const formType = 'application/x-www-form-urlencoded';

/**
 * POST /oauth/token: RFC 6749 §4.4 client credentials for partners' API clients (002 §27.1b).
 * The client authenticates by HTTP Basic or by client_id and client_secret in the form, never both;
 * errors are RFC 6749 §5.2 JSON. Bodies are never logged, so the secret is not either. Failed
 * attempts slow the same client_id from the same address (shared/credential-throttle.ts): 429
 * with Retry-After while a delay runs.
 */
export const oauthRoutes: RoutePlugin = async (app, deps) => {
  app.addContentTypeParser(formType, { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) =>
    done(null, new URLSearchParams(body as string)),
  );

  app.post('/oauth/token', async (request, reply) => {
    void reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
    try {
      const issued = await deps
        .services()
        .clients.issueToken({ ...tokenRequestOf(request.body, request.headers.authorization), address: request.ip });
      return reply.send({
        access_token: issued.accessToken,
        token_type: issued.tokenType,
        expires_in: issued.expiresIn,
        scope: issued.scope,
      });
    } catch (error) {
      if (error instanceof OAuthError) return sendOAuthError(reply, error, request.headers.authorization);
      throw error;
    }
  });
};

function tokenRequestOf(body: unknown, authorization: string | undefined): Omit<TokenRequest, 'address'> {
  if (!(body instanceof URLSearchParams)) {
    throw new OAuthError('invalid_request', `Thân yêu cầu phải là ${formType} (the body must be ${formType})`);
  }
  const repeated = [...new Set(body.keys())].filter((key) => body.getAll(key).length > 1);
  if (repeated.length > 0) throw new OAuthError('invalid_request', `Tham số lặp lại (repeated parameters): ${repeated.join(', ')}`);
  const fromForm = { clientId: body.get('client_id') ?? undefined, clientSecret: body.get('client_secret') ?? undefined };
  const basic = authorization ? basicCredentials(authorization) : null;
  if (authorization && !basic) throw new OAuthError('invalid_client', 'Chỉ nhận xác thực Basic (only HTTP Basic client authentication)');
  if (basic && (fromForm.clientId !== undefined || fromForm.clientSecret !== undefined)) {
    throw new OAuthError('invalid_request', 'Chỉ dùng một cách xác thực ứng dụng (use one client authentication method, RFC 6749 §2.3)');
  }
  return {
    grantType: body.get('grant_type') ?? undefined,
    scope: body.get('scope') ?? undefined,
    ...(basic ?? fromForm),
  };
}

/** RFC 6749 §2.3.1: `client_id:client_secret`, each form-urlencoded, in base64. */
function basicCredentials(header: string): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  try {
    const unescape = (part: string) => decodeURIComponent(part.replace(/\+/g, ' '));
    return { clientId: unescape(decoded.slice(0, colon)), clientSecret: unescape(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

function sendOAuthError(reply: FastifyReply, error: OAuthError, authorization: string | undefined): FastifyReply {
  if (error.retryAfterSeconds) void reply.header('retry-after', String(error.retryAfterSeconds));
  // RFC 6749 §5.2: a client that tried HTTP Basic is told which scheme to use.
  if (error.status === 401 && authorization) void reply.header('www-authenticate', 'Basic realm="oauth"');
  return reply.status(error.status).send({ error: error.code, error_description: error.description });
}
