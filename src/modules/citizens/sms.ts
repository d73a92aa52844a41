import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock';

/** Sends text messages to phones; a carrier's API in production. */
export interface SmsGateway {
  send(phone: string, body: string): Promise<void>;
}

export interface SentSms {
  phone: string;
  body: string;
  createdAt: Date;
}

/**
 * The development gateway: every message is written to the sms_outbox table instead of a
 * phone, so developers and tests read the codes the hub sent; `announce` (development only)
 * also puts it in the log, where a developer trying the citizen sign-up reads the code.
 */
export class OutboxSmsGateway implements SmsGateway {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly announce?: (phone: string, body: string) => void,
  ) {}

  async send(phone: string, body: string): Promise<void> {
    await this.em.execute('insert into sms_outbox (phone, body, created_at) values (?, ?, ?)', [phone, body, this.clock.now()]);
    this.announce?.(phone, body);
  }

  /** What was sent to a phone, oldest first. */
  async sentTo(phone: string): Promise<SentSms[]> {
    const rows = await this.em.execute<{ phone: string; body: string; created_at: Date }[]>(
      'select phone, body, created_at from sms_outbox where phone = ? order by id',
      [phone],
    );
    return rows.map((row) => ({ phone: row.phone, body: row.body, createdAt: new Date(row.created_at) }));
  }
}
