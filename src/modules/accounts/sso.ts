import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, NotFoundError } from '../../shared/errors';
import { inTransaction } from '../../shared/transaction';
import { requireOfficial, type Viewer } from '../../shared/viewer';
import { SignInRefusal } from './errors';
import type { OidcClient } from './oidc-client';
import type { AccountService, SignedIn } from './service';

/** How long a browser may take at the provider before the started flow is forgotten. */
const flowLifetimeMs = 10 * 60 * 1000;

interface FlowRow {
  code_verifier: string;
  nonce: string;
  link_official_id: string | null;
}

/**
 * Sign-in through the central OpenID Connect provider (002 §3.2a, §14). An official links
 * the provider's subject to their account once, while signed in; afterwards the provider's
 * word signs them in. Unknown subjects are refused, and so are locked or revoked accounts.
 */
export class SsoService {
  constructor(
    private readonly em: EntityManager,
    private readonly accounts: AccountService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly client: OidcClient | null,
  ) {}

  /** The provider's authorization URL for a sign-in, or to link the signed-in official when `link`. */
  async start(viewer: Viewer, link: boolean): Promise<string> {
    const client = this.enabled();
    const linkOfficialId = link ? requireOfficial(viewer).officialId : null;
    const { request, url } = await client.newRequest();
    const now = this.clock.now();
    await this.em.execute('delete from sso_flow where created_at < ?', [new Date(now.getTime() - flowLifetimeMs)]);
    await this.em.execute('insert into sso_flow (state, code_verifier, nonce, link_official_id, created_at) values (?, ?, ?, ?, ?)', [
      request.state,
      request.codeVerifier,
      request.nonce,
      linkOfficialId,
      now,
    ]);
    return url;
  }

  /** The provider sent the browser back to `requestUrl` (path and query): link and/or sign in. */
  async finish(requestUrl: string): Promise<SignedIn> {
    const client = this.enabled();
    const callbackUrl = client.callbackUrl(requestUrl);
    const state = callbackUrl.searchParams.get('state') ?? '';
    const since = new Date(this.clock.now().getTime() - flowLifetimeMs);
    // Deleted as it is read: a flow finishes once.
    const [flow] = await this.em.execute<FlowRow[]>(
      'delete from sso_flow where state = ? and created_at >= ? returning code_verifier, nonce, link_official_id',
      [state, since],
    );
    if (!flow) throw failed('Phiên đăng nhập không hợp lệ hoặc đã hết hạn; hãy bắt đầu lại (unknown or expired sign-in flow)');
    const providerError = callbackUrl.searchParams.get('error');
    if (providerError) throw failed(`Nhà cung cấp định danh từ chối: ${providerError} (the identity provider refused)`);
    let identity: { issuer: string; subject: string };
    try {
      identity = await client.subjectOf(callbackUrl, { state, nonce: flow.nonce, codeVerifier: flow.code_verifier });
    } catch (error) {
      throw failed(`Không xác minh được kết quả đăng nhập (the provider's answer did not verify: ${(error as Error).message})`);
    }
    if (flow.link_official_id) await this.link(flow.link_official_id, identity);
    const [linked] = await this.em.execute<{ official_id: string }[]>('select official_id from sso_link where issuer = ? and subject = ?', [
      identity.issuer,
      identity.subject,
    ]);
    if (!linked) {
      throw new SignInRefusal(
        'SSO_NOT_LINKED',
        'Tài khoản định danh này chưa được liên kết với tài khoản cán bộ nào; hãy đăng nhập bằng mật khẩu và liên kết một lần (this identity is not linked to an official’s account)',
      );
    }
    return this.accounts.signInVouched(linked.official_id);
  }

  private async link(officialId: string, identity: { issuer: string; subject: string }): Promise<void> {
    const [taken] = await this.em.execute<{ official_id: string }[]>(
      'select official_id from sso_link where issuer = ? and (subject = ? or official_id = ?)',
      [identity.issuer, identity.subject, officialId],
    );
    if (taken) {
      throw new ConflictError(
        taken.official_id === officialId
          ? 'Tài khoản đã được liên kết với một định danh khác (the account is already linked)'
          : 'Định danh này đã liên kết với một tài khoản khác (this identity is linked to another account)',
        'sso',
      );
    }
    await inTransaction(this.em, async () => {
      await this.em.execute('insert into sso_link (issuer, subject, official_id, linked_at) values (?, ?, ?, ?)', [
        identity.issuer,
        identity.subject,
        officialId,
        this.clock.now(),
      ]);
      await this.audit.append({
        actor: officialId,
        action: 'official.sso_linked',
        subjectType: 'official',
        subjectId: officialId,
        details: { issuer: identity.issuer },
      });
    });
  }

  private enabled(): OidcClient {
    if (!this.client) throw new NotFoundError('Đăng nhập một lần (SSO) chưa được cấu hình (SSO is not configured)');
    return this.client;
  }
}

function failed(message: string): SignInRefusal {
  return new SignInRefusal('SSO_FAILED', message);
}
