import { randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { CredentialThrottle } from '../../shared/credential-throttle';
import { ConflictError, InputError, NotFoundError } from '../../shared/errors';
import { inTransaction } from '../../shared/transaction';
import { requireDic } from '../../shared/policy';
import { type ClientScope, type ClientViewer, type OfficialViewer, type Viewer } from '../../shared/viewer';
import { verifyPassword, type PasswordHasher } from '../accounts/service';
import { ApiClient, PartnerOrganisation } from './entities';
import { OAuthError } from './oauth-errors';
import type { ClientTokenService } from './tokens';
import {
  clientProblems,
  isClientScope,
  organisationProblems,
  type RegisterApiClientInput,
  type RegisterPartnerOrganisationInput,
} from './validation';
import { contactColumns } from '../../shared/contact';

export type { ApiClientStatus } from './entities';
export { ApiClient, apiClientStatuses, PartnerOrganisation } from './entities';
export { OAuthError, type OAuthErrorCode } from './oauth-errors';
export { ClientTokenService } from './tokens';
export type { RegisterApiClientInput, RegisterPartnerOrganisationInput } from './validation';

/** A client with its secret, which exists in clear only in this value: shown once, never stored. */
export interface IssuedSecret {
  client: ApiClient;
  clientSecret: string;
}

/** RFC 6749 §4.4.2: what the token endpoint received, once the HTTP layer has found the credentials. */
export interface TokenRequest {
  grantType?: string;
  clientId?: string;
  clientSecret?: string;
  scope?: string;
  /** The requester's address, which the throttle counts failures by with the client_id. */
  address: string;
}

/** RFC 6749 §5.1. */
export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  scope: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const lastUseResolutionMs = 60_000;
const organisationSubject = 'partner_organisation';
const clientSubject = 'api_client';

/**
 * The API service for partners (002 §27.1b): DIC registers partner organisations and their
 * clients with the scopes it grants, rotates and revokes secrets; clients exchange their
 * credentials for short-lived access tokens (RFC 6749 client credentials), and every request
 * with such a token is checked against the client's current status.
 */
export class ClientService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly tokens: ClientTokenService,
    private readonly clock: Clock,
    private readonly passwords: PasswordHasher,
  ) {}

  async registerPartnerOrganisation(viewer: Viewer, input: RegisterPartnerOrganisationInput): Promise<PartnerOrganisation> {
    const dic = requireDic(viewer, onlyDicManagesClients);
    const { problems, taxCode } = organisationProblems(input);
    if (problems.length > 0 || !taxCode) throw new InputError(problems);
    return inTransaction(this.em, async () => {
      const existing = await this.em.findOne(PartnerOrganisation, { provinceCode: dic.provinceCode, taxCode });
      if (existing) {
        throw new ConflictError(`Mã số thuế ${taxCode} đã đăng ký cho "${existing.name}" (tax code already registered)`, 'taxCode');
      }
      const organisation = this.em.create(PartnerOrganisation, {
        id: randomUUID(),
        provinceCode: dic.provinceCode,
        name: input.name.trim(),
        taxCode,
        ...contactColumns(input),
        registeredBy: dic.officialId,
        registeredAt: this.clock.now(),
      });
      await this.em.flush();
      await this.audit.append({
        actor: dic.officialId,
        action: 'client.organisation_registered',
        subjectType: organisationSubject,
        subjectId: organisation.id,
        details: { province: dic.provinceCode, taxCode, name: organisation.name },
      });
      return organisation;
    });
  }

  /** DIC: the province's partner organisations, by name. */
  partnerOrganisations(viewer: Viewer): Promise<PartnerOrganisation[]> {
    const dic = requireDic(viewer, onlyDicManagesClients);
    return this.em.find(PartnerOrganisation, { provinceCode: dic.provinceCode }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** DIC: the province's clients with their status and last use, newest first; never their secrets. */
  async apiClients(viewer: Viewer): Promise<ApiClient[]> {
    const organisations = await this.partnerOrganisations(viewer);
    if (organisations.length === 0) return [];
    return this.em.find(
      ApiClient,
      { organisationId: { $in: organisations.map((organisation) => organisation.id) } },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
  }

  async registerApiClient(viewer: Viewer, input: RegisterApiClientInput): Promise<IssuedSecret> {
    const dic = requireDic(viewer, onlyDicManagesClients);
    const problems = clientProblems(input);
    if (problems.length > 0) throw new InputError(problems);
    const organisation = await this.organisationOf(dic, input.organisationId);
    const clientSecret = newSecret();
    const secretHash = await this.passwords.hash(clientSecret);
    return inTransaction(this.em, async () => {
      const client = this.em.create(ApiClient, {
        id: randomUUID(),
        organisationId: organisation.id,
        name: input.name.trim(),
        scopes: [...new Set(input.scopes.filter(isClientScope))],
        status: 'ACTIVE',
        secretHash,
        createdBy: dic.officialId,
        createdAt: this.clock.now(),
      });
      await this.em.flush();
      await this.audit.append({
        actor: dic.officialId,
        action: 'client.registered',
        subjectType: clientSubject,
        subjectId: client.id,
        details: { organisation: organisation.id, taxCode: organisation.taxCode, name: client.name, scopes: client.scopes },
      });
      return { client, clientSecret };
    });
  }

  /** A new secret, shown once; the old one and every token issued under it stop working at once. */
  async rotateApiClientSecret(viewer: Viewer, id: string): Promise<IssuedSecret> {
    const dic = requireDic(viewer, onlyDicManagesClients);
    await this.clientOf(dic, id);
    const clientSecret = newSecret();
    const secretHash = await this.passwords.hash(clientSecret);
    return inTransaction(this.em, async () => {
      const client = await this.lockClient(id);
      if (client.status !== 'ACTIVE') throw new ConflictError('Ứng dụng đã bị thu hồi (the client is revoked)', 'id');
      client.secretHash = secretHash;
      client.secretRotatedAt = this.clock.now();
      await this.em.flush();
      await this.audit.append({
        actor: dic.officialId,
        action: 'client.secret_rotated',
        subjectType: clientSubject,
        subjectId: client.id,
        details: { organisation: client.organisationId },
      });
      return { client, clientSecret };
    });
  }

  /** Revocation is final and takes effect on the client's very next request, unexpired tokens included. */
  async revokeApiClient(viewer: Viewer, id: string, reason: string): Promise<ApiClient> {
    const dic = requireDic(viewer, onlyDicManagesClients);
    const why = reason.trim();
    if (!why) throw new InputError([{ field: 'reason', message: 'thu hồi phải nêu lý do (a revocation needs its reason)' }]);
    await this.clientOf(dic, id);
    return inTransaction(this.em, async () => {
      const client = await this.lockClient(id);
      if (client.status === 'REVOKED') throw new ConflictError('Ứng dụng đã bị thu hồi (already revoked)', 'id');
      client.status = 'REVOKED';
      client.revokedAt = this.clock.now();
      client.revokedBy = dic.officialId;
      client.revokeReason = why;
      await this.em.flush();
      await this.audit.append({
        actor: dic.officialId,
        action: 'client.revoked',
        subjectType: clientSubject,
        subjectId: client.id,
        details: { organisation: client.organisationId },
        reason: why,
      });
      return client;
    });
  }

  /** Batch for DataLoaders. */
  /** What a citizen sees of a partner when consenting: "client (organisation)", or null unless the client is active. */
  async activeClientName(clientId: string): Promise<string | null> {
    if (!uuid.test(clientId)) return null;
    const client = await this.em.findOne(ApiClient, { id: clientId, status: 'ACTIVE' });
    if (!client) return null;
    const organisation = await this.em.findOne(PartnerOrganisation, { id: client.organisationId });
    return organisation ? `${client.name} (${organisation.name})` : client.name;
  }

  organisationsByIds(ids: readonly string[]): Promise<PartnerOrganisation[]> {
    return this.em.find(PartnerOrganisation, { id: { $in: [...ids] } });
  }

  /**
   * RFC 6749 §4.4: client credentials for an access token. Unknown ids, wrong secrets and
   * revoked clients get the same answer in about the same time; their failures are throttled.
   */
  async issueToken(request: TokenRequest): Promise<IssuedToken> {
    if (!request.grantType) throw new OAuthError('invalid_request', 'Thiếu grant_type (grant_type is required)');
    if (request.grantType !== 'client_credentials') {
      throw new OAuthError('unsupported_grant_type', 'Chỉ hỗ trợ client_credentials (only client_credentials is supported)');
    }
    const { clientId, clientSecret } = request;
    if (!clientId || !clientSecret) {
      throw new OAuthError('invalid_client', 'Cần xác thực ứng dụng (client authentication is required)');
    }
    // Per presented client_id (known or not, so the throttle tells nobody which ids exist) and address.
    const throttle = new CredentialThrottle(this.em, 'oauth-token');
    const throttleKey = clientId.slice(0, 64);
    const now = this.clock.now();
    const blocked = await throttle.waitSeconds(throttleKey, request.address, now);
    if (blocked > 0) {
      throw new OAuthError(
        'invalid_client',
        `Xác thực sai quá nhiều lần; thử lại sau ${blocked} giây (too many failures; retry later)`,
        blocked,
      );
    }
    const client = uuid.test(clientId) ? await this.em.findOne(ApiClient, { id: clientId }) : null;
    const matches = await verifyPassword(clientSecret, client?.secretHash ?? (await this.passwords.unknownAccountHash()));
    if (!client || !matches || client.status !== 'ACTIVE') {
      await throttle.failed(throttleKey, request.address, now);
      throw new OAuthError('invalid_client', 'Sai mã ứng dụng hoặc khoá bí mật, hoặc ứng dụng đã bị thu hồi (invalid client credentials)');
    }
    const scopes = request.scope?.trim() ? [...new Set(request.scope.trim().split(/ +/))] : client.scopes;
    const beyond = scopes.filter((scope) => !client.scopes.includes(scope as ClientScope));
    if (beyond.length > 0) {
      throw new OAuthError('invalid_scope', `Phạm vi không được cấp cho ứng dụng (scopes not granted to this client): ${beyond.join(' ')}`);
    }
    await throttle.succeeded(throttleKey, request.address);
    client.lastUsedAt = now;
    await this.em.flush();
    const granted = scopes as ClientScope[];
    return {
      accessToken: await this.tokens.sign(client.id, granted),
      tokenType: 'Bearer',
      expiresIn: this.tokens.lifetimeSeconds,
      scope: granted.join(' '),
    };
  }

  /**
   * The viewer behind a client access token, or null: besides the token's own checks, the
   * client must be ACTIVE now and the token issued after the last rotation of its secret.
   */
  async viewerFor(token: string): Promise<ClientViewer | null> {
    const claims = await this.tokens.verify(token);
    if (!claims) return null;
    const client = await this.em.findOne(ApiClient, { id: claims.clientId });
    if (!client || client.status !== 'ACTIVE') return null;
    if (client.secretRotatedAt && claims.issuedAt.getTime() < Math.floor(client.secretRotatedAt.getTime() / 1000) * 1000) return null;
    const organisation = await this.em.findOneOrFail(PartnerOrganisation, { id: client.organisationId });
    const now = this.clock.now();
    // Last use to the minute: one write a minute per client, not one per request.
    if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() >= lastUseResolutionMs) {
      await this.em.nativeUpdate(ApiClient, { id: client.id }, { lastUsedAt: now });
    }
    return {
      kind: 'client',
      clientId: client.id,
      organisationId: organisation.id,
      provinceCode: organisation.provinceCode,
      scopes: claims.scopes.filter((scope) => client.scopes.includes(scope)),
    };
  }

  private async organisationOf(dic: OfficialViewer, id: string): Promise<PartnerOrganisation> {
    const organisation = uuid.test(id) ? await this.em.findOne(PartnerOrganisation, { id }) : null;
    if (!organisation || organisation.provinceCode !== dic.provinceCode) {
      throw new InputError([
        { field: 'organisationId', message: 'không có tổ chức này trong tỉnh (no such organisation in your province)' },
      ]);
    }
    return organisation;
  }

  private async clientOf(dic: OfficialViewer, id: string): Promise<ApiClient> {
    const client = uuid.test(id) ? await this.em.findOne(ApiClient, { id }) : null;
    const organisation = client ? await this.em.findOne(PartnerOrganisation, { id: client.organisationId }) : null;
    if (!client || organisation?.provinceCode !== dic.provinceCode) throw new NotFoundError(`Không có ứng dụng ${id} (no such client)`);
    return client;
  }

  private lockClient(id: string): Promise<ApiClient> {
    return this.em.findOneOrFail(ApiClient, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }
}

/** 256 random bits: guessing is hopeless, so scrypt only guards against a leaked table. */
function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Partners are DIC's to register and manage, in its own province (002 §27.1b: API service confirmed by DIC). */
const onlyDicManagesClients = 'Chỉ Sở TTTT quản lý ứng dụng đối tác (only DIC manages partner clients)';
