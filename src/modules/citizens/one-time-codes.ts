import { createHmac, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock';
import { VerificationRefusal } from './errors';
import type { SmsGateway } from './sms';

/** 000 §9.1's SMS codes: how long they live, how often they may be guessed and sent. */
export interface OneTimeCodePolicy {
  ttlMs: number;
  maxAttempts: number;
  perPhone: number;
  perPhoneWindowMs: number;
}

export const defaultCodePolicy: OneTimeCodePolicy = {
  ttlMs: 5 * 60 * 1000,
  maxAttempts: 5,
  perPhone: 3,
  perPhoneWindowMs: 15 * 60 * 1000,
};

interface CodeRow {
  id: string;
  code_hash: string;
  expires_at: Date;
  attempts: number;
  used_at: Date | null;
}

/**
 * Six-digit codes sent by SMS. Only an HMAC of the code (keyed by a server secret) is stored;
 * a code is single use, dies after its lifetime or its attempts, and a newer one replaces it.
 */
export class OneTimeCodes {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly sms: SmsGateway,
    private readonly secret: string,
    private readonly policy: OneTimeCodePolicy,
  ) {}

  /** Call inside a transaction: the per-phone count and the new code are serialised by phone. */
  async send(citizenId: string, phone: string): Promise<void> {
    await this.em.execute(`select pg_advisory_xact_lock(hashtextextended('otp:' || ?, 0))`, [phone]);
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.policy.perPhoneWindowMs);
    const [recent] = await this.em.execute<{ sent: number; oldest: Date | null }[]>(
      'select count(*)::int as sent, min(created_at) as oldest from citizen_otp where phone = ? and created_at > ?',
      [phone, windowStart],
    );
    if (Number(recent.sent) >= this.policy.perPhone) {
      const retryAfter = Math.ceil((new Date(recent.oldest!).getTime() + this.policy.perPhoneWindowMs - now.getTime()) / 1000);
      throw new VerificationRefusal(
        'TOO_MANY_CODES',
        `Đã gửi ${this.policy.perPhone} mã tới số này; thử lại sau ${Math.ceil(retryAfter / 60)} phút (too many codes for this phone)`,
        retryAfter,
      );
    }
    await this.em.execute('update citizen_otp set expires_at = ? where citizen_id = ? and used_at is null and expires_at > ?', [
      now,
      citizenId,
      now,
    ]);
    const id = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.em.execute('insert into citizen_otp (id, citizen_id, phone, code_hash, created_at, expires_at) values (?, ?, ?, ?, ?, ?)', [
      id,
      citizenId,
      phone,
      this.hash(id, code),
      now,
      new Date(now.getTime() + this.policy.ttlMs),
    ]);
    const minutes = Math.round(this.policy.ttlMs / 60000);
    // Without diacritics, as Vietnamese carriers' SMS usually are: one 160-character GSM-7 part.
    await this.sms.send(phone, `Ma xac thuc Cong dan so: ${code}. Hieu luc ${minutes} phut. Khong chia se ma nay.`);
  }

  /** Spends the citizen's latest code if `code` matches it; otherwise counts a failed attempt. */
  async confirm(citizenId: string, code: string): Promise<void> {
    const now = this.clock.now();
    const [latest] = await this.em.execute<CodeRow[]>(
      'select id, code_hash, expires_at, attempts, used_at from citizen_otp where citizen_id = ? order by created_at desc limit 1',
      [citizenId],
    );
    if (!latest) throw new VerificationRefusal('CODE_INVALID', 'Chưa có mã xác thực nào được gửi (no code was sent)');
    if (latest.used_at) throw new VerificationRefusal('CODE_USED', 'Mã đã được sử dụng (the code was already used)');
    if (latest.attempts >= this.policy.maxAttempts) throw tooManyAttempts();
    if (new Date(latest.expires_at) <= now) {
      throw new VerificationRefusal('CODE_EXPIRED', 'Mã đã hết hạn; hãy yêu cầu mã mới (the code has expired)');
    }
    if (!this.matches(latest, code.trim())) {
      const [counted] = await this.em.execute<{ attempts: number }[]>(
        'update citizen_otp set attempts = attempts + 1 where id = ? and attempts < ? returning attempts',
        [latest.id, this.policy.maxAttempts],
      );
      const left = this.policy.maxAttempts - Number(counted?.attempts ?? this.policy.maxAttempts);
      if (left <= 0) throw tooManyAttempts();
      throw new VerificationRefusal('CODE_INVALID', `Mã không đúng; còn ${left} lần thử (wrong code; ${left} attempts left)`);
    }
    const spent = await this.em.execute<{ id: string }[]>(
      'update citizen_otp set used_at = ? where id = ? and used_at is null returning id',
      [now, latest.id],
    );
    if (spent.length === 0) throw new VerificationRefusal('CODE_USED', 'Mã đã được sử dụng (the code was already used)');
  }

  private hash(id: string, code: string): string {
    return createHmac('sha256', this.secret).update(`${id}:${code}`).digest('base64');
  }

  private matches(row: CodeRow, code: string): boolean {
    const expected = Buffer.from(row.code_hash, 'base64');
    const actual = Buffer.from(this.hash(row.id, code), 'base64');
    return /^\d{6}$/.test(code) && timingSafeEqual(expected, actual);
  }
}

function tooManyAttempts(): VerificationRefusal {
  return new VerificationRefusal(
    'TOO_MANY_ATTEMPTS',
    'Nhập sai quá nhiều lần; hãy yêu cầu mã mới (too many wrong attempts; ask for a new code)',
  );
}
