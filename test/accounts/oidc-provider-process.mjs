// A real OpenID Connect provider (oidc-provider, ES module only) in a process of its own, so that
// jest's module loader never handles it: started by oidc-provider.ts, which reads the issuer
// from the first line printed here and stops the process when the tests end.
import http from 'node:http';
import process from 'node:process';
import Provider from 'oidc-provider';

const client = JSON.parse(process.argv[2]);
const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: client.id,
      client_secret: client.secret,
      redirect_uris: [client.redirectUrl],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  // Any login name is an account whose subject is that name.
  findAccount: (_context, accountId) => ({ accountId, claims: () => ({ sub: accountId }) }),
  cookies: { keys: ['test-cookie-key'] },
  ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
});
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
