import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../shared/errors';
import { normaliseMobile } from '../../shared/identifiers';
import { inTransaction } from '../../shared/transaction';
import type { CitizenViewer, Viewer } from '../../shared/viewer';
import { passwordProblems, SignInGuard, SignInRefusal, verifyPassword, type PasswordHasher, type TokenService } from '../accounts/service';
import type { AgencyService } from '../agencies/service';
import { Citizen } from './entities';
import type { OneTimeCodes } from './one-time-codes';
import { readRegistration, type Registration, type RegistrationInput } from './registration';

export type { Citizen, CitizenAccountType, CitizenStatus, Gender, IdentityKind } from './entities';
export { citizenAccountTypes, citizenStatuses, genders, identityKinds } from './entities';
export { VerificationRefusal } from './errors';
export { defaultCodePolicy, OneTimeCodes, type OneTimeCodePolicy } from './one-time-codes';
export type { RegistrationInput } from './registration';
export { OutboxSmsGateway, type SentSms, type SmsGateway } from './sms';

export interface CitizenSignedIn {
  token: string;
  citizen: Citizen;
}

const subjectType = 'citizen';

/** How long an unverified registration holds its identity, name and phone. */
const pendingLifetimeMs = 24 * 60 * 60 * 1000;

/** The unique columns, and what to tell the person when one is taken (000 §8.4: one identity, one account). */
const clashes = [
  {
    column: 'identityNumber',
    constraint: 'identity_number',
    message: 'Số giấy tờ này đã được dùng để đăng ký một tài khoản (000 §8.4: one person, one account)',
  },
  { column: 'accountName', constraint: 'account_name', message: 'Tên tài khoản đã được dùng (account name taken)' },
  { column: 'phone', constraint: 'phone', message: 'Số điện thoại đã được dùng cho một tài khoản khác (phone number already registered)' },
] as const;

/**
 * Digital Citizen accounts (000 §8–§9): registration, SMS verification, sign-in. An account
 * is identified by its CCCD/CMND or tax code plus its name, and is usable once verified.
 */
export class CitizenService {
  constructor(
    private readonly em: EntityManager,
    private readonly agencies: AgencyService,
    private readonly audit: AuditLog,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly passwords: PasswordHasher,
    private readonly codes: OneTimeCodes,
  ) {}

  /** The citizen a session token names, or null once the account is no longer active. */
  async sessionViewer(citizenId: string): Promise<CitizenViewer | null> {
    const citizen = await this.em.findOne(Citizen, { id: citizenId, status: 'ACTIVE' });
    return citizen ? { kind: 'citizen', citizenId: citizen.id, provinceCode: citizen.provinceCode } : null;
  }

  /**
   * The CCCD a signed-in person's consents and records are keyed by (004 §2.5a). Organisations
   * and holders of a legacy CMND have no records in the personal data store.
   */
  async consentSubjectOf(viewer: Viewer): Promise<{ cccd: string }> {
    if (viewer.kind !== 'citizen') throw new ForbiddenError();
    const citizen = await this.em.findOne(Citizen, { id: viewer.citizenId, status: 'ACTIVE' });
    if (!citizen) throw new ForbiddenError();
    if (citizen.identityKind !== 'CCCD') {
      throw new ForbiddenError('Kho dữ liệu cá nhân theo số CCCD: cần tài khoản cá nhân có CCCD (personal records are keyed by CCCD)');
    }
    return { cccd: citizen.identityNumber };
  }

  /**
   * An SMS code to the signed-in citizen's own phone, for an action that needs more than a
   * session (approving a partner's consent request): proof that the phone is in their hands.
   */
  async sendOwnCode(viewer: Viewer): Promise<void> {
    const citizen = await this.activeCitizen(viewer);
    await inTransaction(this.em, () => this.codes.send(citizen.id, citizen.phone));
  }

  /** Spends the signed-in citizen's latest code, or refuses it (VerificationRefusal). */
  async confirmOwnCode(viewer: Viewer, code: string): Promise<void> {
    const citizen = await this.activeCitizen(viewer);
    await this.codes.confirm(citizen.id, code);
  }

  async me(viewer: Viewer): Promise<Citizen | null> {
    if (viewer.kind !== 'citizen') return null;
    return this.em.findOne(Citizen, { id: viewer.citizenId });
  }

  /**
   * 000 §8.1–§8.2: registers an account awaiting its SMS code (000 §9.1). A CCCD/CMND, tax
   * code, name or phone already registered in the province is refused, naming which.
   */
  async register(provinceCode: string, input: RegistrationInput): Promise<Citizen> {
    const [province] = await this.agencies.findProvincesByCodes([provinceCode]);
    if (!province) throw new NotFoundError(`Không có tỉnh ${provinceCode} (no such province)`);
    const { problems, registration } = readRegistration(input, this.clock.now());
    problems.push(...passwordProblems(input.password).map((p) => ({ field: 'password', message: p.message })));
    if (!registration || problems.length > 0) throw new InputError(problems);
    const fieldOf = (column: (typeof clashes)[number]['column']) =>
      column !== 'identityNumber' ? column : registration.identityKind === 'TAX_CODE' ? 'taxCode' : 'idNumber';
    await this.forgetAbandoned(provinceCode, registration);
    for (const clash of clashes) {
      if ((await this.em.count(Citizen, { provinceCode, [clash.column]: registration[clash.column] })) > 0) {
        throw new ConflictError(clash.message, fieldOf(clash.column));
      }
    }
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await inTransaction(this.em, async () => {
        const citizen = this.em.create(Citizen, {
          ...registration,
          id: randomUUID(),
          provinceCode,
          passwordHash,
          status: 'PENDING_VERIFICATION',
          createdAt: this.clock.now(),
        });
        await this.em.flush();
        await this.codes.send(citizen.id, citizen.phone);
        await this.audit.append({
          actor: citizen.id,
          action: 'citizen.registered',
          subjectType,
          subjectId: citizen.id,
          details: { accountType: citizen.accountType, accountName: citizen.accountName, identityKind: citizen.identityKind },
        });
        return citizen;
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      this.em.clear();
      const clash = clashes.find((c) => error.message.includes(c.constraint)) ?? clashes[0];
      throw new ConflictError(clash.message, fieldOf(clash.column));
    }
  }

  /** Sends a fresh code to an account still awaiting verification (rate-limited per phone). */
  async resendCode(provinceCode: string, login: string): Promise<void> {
    const citizen = await this.pendingByLogin(provinceCode, login);
    await inTransaction(this.em, () => this.codes.send(citizen.id, citizen.phone));
  }

  /** 000 §9.1: the SMS code activates the account and signs it in. */
  async verify(provinceCode: string, login: string, code: string): Promise<CitizenSignedIn> {
    const citizen = await this.pendingByLogin(provinceCode, login);
    // Outside the transaction: a wrong guess must stay counted when the refusal is thrown.
    await this.codes.confirm(citizen.id, code);
    return inTransaction(this.em, async () => {
      const now = this.clock.now();
      Object.assign(citizen, { status: 'ACTIVE', verifiedAt: now, lastActiveAt: now });
      await this.em.flush();
      await this.audit.append({ actor: citizen.id, action: 'citizen.verified', subjectType, subjectId: citizen.id });
      return { token: await this.tokens.sign(viewerOf(citizen)), citizen };
    });
  }

  /**
   * Sign-in by account name or phone number and password from `address`, throttled like
   * officials' (growing delays per account and address) and telling strangers nothing.
   */
  async signIn(provinceCode: string, login: string, password: string, address: string): Promise<CitizenSignedIn> {
    const found = await this.byLogin(provinceCode, login);
    // One count per account, whether it is named by its account name or its phone.
    const key = found?.accountName ?? normaliseMobile(login) ?? login.trim().toLowerCase();
    const now = this.clock.now();
    const citizen = await new SignInGuard(this.em, `citizen:${provinceCode}`).attempt(key, address, now, async () =>
      (await verifyPassword(password, found?.passwordHash ?? (await this.passwords.unknownAccountHash()))) ? found : null,
    );
    if (citizen.status === 'PENDING_VERIFICATION') {
      throw new SignInRefusal('ACCOUNT_NOT_VERIFIED', 'Tài khoản chưa được xác thực bằng mã OTP (000 §9.1: verify the SMS code first)');
    }
    if (citizen.status === 'LOCKED') throw new SignInRefusal('ACCOUNT_LOCKED', 'Tài khoản đang bị khóa (account locked)');
    citizen.lastActiveAt = now;
    await this.em.flush();
    return { token: await this.tokens.sign(viewerOf(citizen)), citizen };
  }

  /**
   * A registration never verified within a day is dropped when someone registers the same
   * identity, name or phone: otherwise anyone could hold a person's CCCD with an unverified account.
   */
  private async forgetAbandoned(provinceCode: string, registration: Registration): Promise<void> {
    const abandonedBefore = new Date(this.clock.now().getTime() - pendingLifetimeMs);
    await this.em.execute(
      `delete from citizen where province_code = ? and status = 'PENDING_VERIFICATION' and created_at < ?
         and (identity_number = ? or account_name = ? or phone = ?)`,
      [provinceCode, abandonedBefore, registration.identityNumber, registration.accountName, registration.phone],
    );
  }

  private async activeCitizen(viewer: Viewer): Promise<Citizen> {
    const citizen = viewer.kind === 'citizen' ? await this.em.findOne(Citizen, { id: viewer.citizenId, status: 'ACTIVE' }) : null;
    if (!citizen) throw new ForbiddenError();
    return citizen;
  }

  private byLogin(provinceCode: string, login: string): Promise<Citizen | null> {
    const phone = normaliseMobile(login);
    return this.em.findOne(Citizen, phone ? { provinceCode, phone } : { provinceCode, accountName: login.trim().toLowerCase() });
  }

  private async pendingByLogin(provinceCode: string, login: string): Promise<Citizen> {
    const citizen = await this.byLogin(provinceCode, login);
    if (!citizen) throw new NotFoundError('Không có tài khoản này (no such account)');
    if (citizen.status !== 'PENDING_VERIFICATION')
      throw new ConflictError('Tài khoản đã được xác thực (account already verified)', 'login');
    return citizen;
  }
}

function viewerOf(citizen: Citizen): CitizenViewer {
  return { kind: 'citizen', citizenId: citizen.id, provinceCode: citizen.provinceCode };
}
