import { AccountService, PasswordHasher, TokenService, type Official } from '../../src/modules/accounts/service';
import { AgencyService } from '../../src/modules/agencies/service';
import type { Clock } from '../../src/shared/clock';
import type { OfficialViewer } from '../../src/shared/viewer';
import type { TestHub } from '../helpers/test-hub';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }
}

/** The account service on its own unit of work, reading time from `clock` (like another replica). */
export function accountsAt(t: TestHub, clock: Clock): AccountService {
  const em = t.hub.database.orm.em.fork();
  return new AccountService(
    em,
    new AgencyService(em),
    t.hub.services().audit.on(em, clock),
    new TokenService(t.config.tokenSecret),
    clock,
    new PasswordHasher(t.config.passwordHashCost),
    false,
  );
}

/** An active official created by `dic` through `accounts`, who has replaced DIC's password with `password`. */
export async function activeOfficial(
  accounts: () => AccountService,
  dic: OfficialViewer,
  fullName: string,
  agencyCode: string,
  password = 'Dung-roi1!',
): Promise<Official> {
  const { official } = await accounts().createOfficial(dic, { fullName, agencyCode, initialPassword: 'Tam-thoi1!', ...request });
  await accounts().changePassword({ kind: 'anonymous' }, official, 'Tam-thoi1!', password, '127.0.0.1');
  return official;
}

export async function viewerOf(t: TestHub, province: string, accountName: string): Promise<OfficialViewer> {
  const rows = await t.hub.database.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string; agency_id: string; roles: string[] }[]>(
      'select id, agency_id, roles from official where province_code = ? and account_name = ?',
      [province, accountName],
    );
  const [row] = rows;
  if (!row) throw new Error(`no official ${accountName}`);
  return {
    kind: 'official',
    officialId: row.id,
    accountName,
    agencyId: row.agency_id,
    provinceCode: province,
    roles: row.roles as OfficialViewer['roles'],
  };
}

export async function statusOf(t: TestHub, official: Pick<Official, 'id'>): Promise<{ status: string; lock_reason: string | null }> {
  const [row] = await t.hub.database.orm.em
    .fork()
    .getConnection()
    .execute<{ status: string; lock_reason: string | null }[]>('select status, lock_reason from official where id = ?', [official.id]);
  return row;
}

export const request = { requestedBy: 'Giám đốc Sở (head of the agency)', requestReference: '123/CV-TEST' };
