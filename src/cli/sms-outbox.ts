import type { HubConfig } from '../config';
import { openDatabase } from '../db/database';
import type { CommandOutcome } from './audit-verify';
import { namedArguments } from './arguments';

/**
 * `hub sms-outbox`: the text messages the development SMS gateway kept instead of sending, newest
 * last, so a developer can read a citizen's one-time code. Development only. Needs the database
 * server (DATABASE_URL): the embedded database belongs to the running hub, whose log shows each
 * message as it is sent.
 */
export async function smsOutbox(config: HubConfig, args: string[]): Promise<CommandOutcome> {
  const { phone, last } = namedArguments(args, ['phone', 'last']);
  if (config.mode === 'production') return { exitCode: 1, message: 'sms-outbox: development only (NODE_ENV=production sends real SMS)' };
  if (!config.databaseUrl) {
    return {
      exitCode: 1,
      message: 'sms-outbox: needs DATABASE_URL; on the embedded database, the hub logs each message ("development SMS")',
    };
  }
  const database = await openDatabase({ url: config.databaseUrl });
  try {
    const rows = await database.orm.em
      .fork()
      .execute<{ phone: string; body: string; created_at: Date }[]>(
        `select phone, body, created_at from (select * from sms_outbox ${phone ? 'where phone = ?' : ''} order by id desc limit ?) recent order by created_at`,
        [...(phone ? [phone] : []), Number(last ?? 20)],
      );
    const lines = rows.map((row) => `${new Date(row.created_at).toISOString()}  ${row.phone}  ${row.body}`);
    return { exitCode: 0, message: lines.length > 0 ? lines.join('\n') : 'sms-outbox: no messages' };
  } finally {
    await database.close();
  }
}
