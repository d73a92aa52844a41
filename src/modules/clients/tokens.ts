import { createHmac, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Clock } from '../../shared/clock';
import { clientScopes, type ClientScope } from '../../shared/viewer';

const issuer = 'provincial-data-hub';
const audience = 'provincial-data-hub/partner-api';
/** RFC 9068's type for access tokens: an official's session token (plain JWT) is never taken for one. */
const tokenType = 'at+jwt';

export interface ClientTokenClaims {
  clientId: string;
  scopes: ClientScope[];
  issuedAt: Date;
}

/**
 * Partner access tokens: HS256 JWTs with their own audience, type and key. The key is derived
 * from the hub's token secret under a label of its own, so a session token cannot even verify
 * as a client token, nor the other way round, whatever their claims say.
 */
export class ClientTokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly clock: Clock,
    readonly lifetimeSeconds: number,
  ) {
    this.key = createHmac('sha256', secret).update('partner-api client access token').digest();
  }

  sign(clientId: string, scopes: readonly ClientScope[]): Promise<string> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    return new SignJWT({ scope: scopes.join(' ') })
      .setProtectedHeader({ alg: 'HS256', typ: tokenType })
      .setSubject(clientId)
      .setIssuer(issuer)
      .setAudience(audience)
      .setJti(randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(now + this.lifetimeSeconds)
      .sign(this.key);
  }

  /** The client a token stands for, or null for anything forged, expired, of another kind or malformed. */
  async verify(token: string): Promise<ClientTokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer,
        audience,
        typ: tokenType,
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
        requiredClaims: ['sub', 'iat', 'exp', 'scope'],
      });
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
      if (typeof payload.sub !== 'string' || !scopes.every((scope): scope is ClientScope => clientScopes.includes(scope as ClientScope))) {
        return null;
      }
      return { clientId: payload.sub, scopes, issuedAt: new Date(payload.iat! * 1000) };
    } catch {
      return null;
    }
  }
}
