import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { InputError } from '../../shared/errors';
import type { PartnerRef } from './parties';
import { ConsentWebhook, type ConsentRequest } from './request-entities';
import { newWebhookSecret, signatureHeader, signBody } from './webhook-signature';

/** One notification to send: the body is fixed when the event happens, signed when it is sent. */
export interface WebhookDelivery {
  clientId: string;
  body: string;
}

/** The job queue that sends deliveries, retrying them (jobs/consent-webhooks.ts). */
export interface WebhookQueue {
  enqueue(delivery: WebhookDelivery): Promise<void>;
}

export interface WebhookOptions {
  /** Plain http:// URLs, for development and tests only: production sends to https:// only. */
  allowHttp: boolean;
  timeoutMs: number;
}

/** What the partner receives: which request, what became of it and, once approved, the consent to read under. */
export function consentRequestEvent(request: ConsentRequest, now: Date) {
  return {
    id: randomUUID(),
    type: `consent_request.${request.state.toLowerCase()}`,
    occurredAt: now.toISOString(),
    consentRequest: {
      id: request.id,
      state: request.state,
      consentId: request.consentId ?? null,
      decidedAt: request.decidedAt?.toISOString() ?? null,
      rejectionReason: request.rejectionReason ?? null,
    },
  };
}

/** What ConsentWebhooks answers to resolvers: a client's own webhook; delivery is the worker's, behind `services.trusted`. */
export type ConsentWebhooksApi = Omit<ConsentWebhooks, 'deliver'>;

/**
 * A partner client's webhook for its consent requests: one URL per client and a secret the hub
 * signs each body with (`X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>`).
 */
export class ConsentWebhooks {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly options: WebhookOptions,
  ) {}

  /** Sets (or moves) the client's webhook with a new secret, shown in this answer only. */
  async setWebhook(partner: PartnerRef, url: string): Promise<{ url: string; secret: string }> {
    const target = this.readUrl(url);
    const secret = newWebhookSecret();
    await this.em.upsert(ConsentWebhook, { clientId: partner.clientId, url: target, secret, updatedAt: this.clock.now() });
    await this.audit.append({
      actor: partner.clientId,
      action: 'consent_webhook.set',
      subjectType: 'api_client',
      subjectId: partner.clientId,
      details: { url: target },
    });
    return { url: target, secret };
  }

  /**
   * Sends one delivery; a throw fails the job, which the queue retries. A client without a
   * webhook has nothing to be sent. Redirects are not followed: the URL is the one set.
   */
  async deliver(delivery: WebhookDelivery): Promise<void> {
    const webhook = await this.em.findOne(ConsentWebhook, { clientId: delivery.clientId });
    if (!webhook) return;
    const response = await fetch(webhook.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(this.options.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'data-hub-webhooks',
        [signatureHeader]: signBody(webhook.secret, delivery.body),
      },
      body: delivery.body,
    });
    await response.body?.cancel();
    if (response.status < 200 || response.status > 299) throw new Error(`webhook ${webhook.url} answered ${response.status}`);
  }

  private readUrl(url: string): string {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url.trim());
    } catch {
      parsed = null;
    }
    const schemes = this.options.allowHttp ? ['https:', 'http:'] : ['https:'];
    if (!parsed || !schemes.includes(parsed.protocol) || parsed.username || parsed.password || url.length > 2000) {
      throw new InputError([
        { field: 'url', message: 'Cần một địa chỉ https:// không kèm tên đăng nhập (an https:// URL without credentials)' },
      ]);
    }
    return parsed.toString();
  }
}
