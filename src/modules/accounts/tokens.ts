import { jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { officialRoles, type CitizenViewer, type OfficialRole, type OfficialViewer } from '../../shared/viewer';

const issuer = 'provincial-data-hub';
const lifetime = '8h';

export type SignedInViewer = OfficialViewer | CitizenViewer;

/** What a valid token claims: who, and which generation of the account's sessions it belongs to. */
export interface Session {
  viewer: SignedInViewer;
  /** A lock moves the account to a new generation, so tokens from before it stay dead after a restore. */
  version: number;
}

/**
 * Session tokens: HS256 JWTs carrying who is signed in (an official and what they may do, or a
 * citizen). A token only says who; whether the account is still active is checked per request.
 */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(viewer: SignedInViewer, version = 0): Promise<string> {
    const claims =
      viewer.kind === 'citizen'
        ? { kind: 'citizen', prov: viewer.provinceCode, ver: version }
        : { acc: viewer.accountName, agency: viewer.agencyId, prov: viewer.provinceCode, roles: viewer.roles, ver: version };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(viewer.kind === 'citizen' ? viewer.citizenId : viewer.officialId)
      .setIssuer(issuer)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(this.key);
  }

  /** The session a token stands for, or null for anything forged, expired or malformed. */
  async verify(token: string): Promise<Session | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer, algorithms: ['HS256'] });
      const viewer = payload.kind === 'citizen' ? citizenOf(payload) : officialOf(payload);
      return viewer && Number.isInteger(payload.ver) ? { viewer, version: payload.ver as number } : null;
    } catch {
      return null;
    }
  }
}

function citizenOf(payload: JWTPayload): CitizenViewer | null {
  if (typeof payload.sub !== 'string' || typeof payload.prov !== 'string') return null;
  return { kind: 'citizen', citizenId: payload.sub, provinceCode: payload.prov };
}

function officialOf(payload: JWTPayload): OfficialViewer | null {
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  if (
    typeof payload.sub !== 'string' ||
    typeof payload.acc !== 'string' ||
    typeof payload.agency !== 'string' ||
    typeof payload.prov !== 'string' ||
    !roles.every((role): role is OfficialRole => officialRoles.includes(role as OfficialRole))
  ) {
    return null;
  }
  return {
    kind: 'official',
    officialId: payload.sub,
    accountName: payload.acc,
    agencyId: payload.agency,
    provinceCode: payload.prov,
    roles,
  };
}
