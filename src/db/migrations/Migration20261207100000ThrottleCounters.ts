import { Migration } from '@mikro-orm/migrations';

/**
 * One table for every counter that slows a client down: sign-in and token failures (per account,
 * per source address, per pair) and request rates (fair use, GraphQL). In the database so that
 * every hub process counts together; a row past `expires_at` means nothing and is deleted.
 * Replaces the per-name lockout tables, whose counts need not survive the change.
 */
export class Migration20261207100000ThrottleCounters extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table throttle_counter (
        key text primary key,
        hits integer not null,
        window_started_at timestamptz not null,
        blocked_until timestamptz,
        expires_at timestamptz not null
      );`);
    this.addSql('create index throttle_counter_expiry_idx on throttle_counter (expires_at);');
    this.addSql('drop table sign_in_throttle;');
    this.addSql('drop table client_auth_throttle;');
  }
}
