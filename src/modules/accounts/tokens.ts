import { jwtVerify, SignJWT } from 'jose';
import { officialRoles, type OfficialRole, type OfficialViewer } from '../../shared/viewer';

const issuer = 'provincial-data-hub';
const lifetime = '8h';

/** Session tokens: HS256 JWTs carrying who the official is and what they may do. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(viewer: OfficialViewer): Promise<string> {
    return new SignJWT({
      acc: viewer.accountName,
      agency: viewer.agencyId,
      prov: viewer.provinceCode,
      roles: viewer.roles,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(viewer.officialId)
      .setIssuer(issuer)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(this.key);
  }

  /** The viewer a token stands for, or null for anything forged, expired or malformed. */
  async verify(token: string): Promise<OfficialViewer | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer, algorithms: ['HS256'] });
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
    } catch {
      return null;
    }
  }
}
