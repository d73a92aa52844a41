import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, ForbiddenError, InputError, NotFoundError, UnauthenticatedError } from '../../shared/errors';
import { isPlatformAdmin, requireDic, requireProvinceDic } from '../../shared/policy';
import { type OfficialRole, type OfficialViewer, type Viewer } from '../../shared/viewer';
import type { Agency, AgencyService } from '../agencies/service';
import { accountNameCandidates, accountNamePattern, nameParts, unitSuffix } from './account-names';
import { Official, type LockReason } from './entities';
import { SignInRefusal } from './errors';
import { inactiveFrom, leavingSchedule } from './lifecycle';
import { passwordProblems, temporaryPassword, verifyPassword, type PasswordHasher } from './passwords';
import { SignInGuard } from './throttle';
import type { TokenService } from './tokens';
import { inTransaction } from '../../shared/transaction';

export type { Official, LockReason, OfficialStatus } from './entities';
export { lockReasons, officialStatuses } from './entities';
export { SignInRefusal } from './errors';
export { PasswordHasher, passwordProblems, verifyPassword, type PasswordProblem } from './passwords';
export { SignInGuard } from './throttle';
export { TokenService, type Session, type SignedInViewer } from './tokens';

export interface OfficialSpec {
  provinceCode: string;
  accountName: string;
  fullName: string;
  agencyCode: string;
  roles: OfficialRole[];
}

export interface SignedIn {
  token: string;
  official: Official;
}

export interface AccountNameProposal {
  accountName: string;
  email: string;
}

export interface CreateOfficialInput {
  fullName: string;
  /** The surname's words when more than the first (Tôn Nữ): 003 §4.2 abbreviates them all. */
  surname?: string | null;
  agencyCode: string;
  /** A name DIC chose; the 003 §4.2 proposal is used when absent. */
  accountName?: string | null;
  /** Set by DIC and changed at first sign-in; a temporary one is generated when absent. */
  initialPassword?: string | null;
  roles?: OfficialRole[] | null;
  /** The agency's request (003 §5.2a): who asked and the reference of their letter. */
  requestedBy: string;
  requestReference: string;
}

export interface OfficialChange {
  official: Official;
  /** Shown once, when the hub generated the password. */
  temporaryPassword?: string;
}

export interface SweepResult {
  locked: string[];
  revoked: string[];
}

const subjectType = 'official';

/**
 * What AccountService answers to resolvers, routes, pages and jobs: all but the methods that change state
 * without a viewer (officials created or changed by the operator, the catalogue import or the lifecycle sweep), which are behind `services.trusted`.
 */
export type AccountApi = Omit<AccountService, 'createFirstDicAdmin' | 'upsertOfficial' | 'sweepAccountLifecycle'>;

/**
 * Officials' accounts by 003 (Decision 831/QĐ-UBND): names, passwords, sign-in and the
 * lifecycle. Account administration is DIC's (003 §5.1): a DIC_ADMIN of the same province.
 */
export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly agencies: AgencyService,
    private readonly audit: AuditLog,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly passwords: PasswordHasher,
    private readonly devSignInEnabled: boolean,
  ) {}

  findByIds(ids: readonly string[]): Promise<Official[]> {
    return this.em.find(Official, { id: { $in: [...ids] } });
  }

  /**
   * The official a session token names, as the account stands now: null once it is locked or
   * revoked, so a lock takes effect on the very next request, and for tokens issued before a
   * lock even after a restore (003 §6.2b: a compromised session must not come back). Roles and
   * agency are current too.
   */
  async sessionViewer(officialId: string, version: number): Promise<OfficialViewer | null> {
    const official = await this.em.findOne(Official, { id: officialId, status: 'ACTIVE', sessionVersion: version });
    return official ? viewerOf(official) : null;
  }

  /**
   * Sign-in vouched for by the central provider (002 §14) for an official linked to it: no
   * password, but the account's status decides as for a password sign-in.
   */
  async signInVouched(officialId: string): Promise<SignedIn> {
    const official = await this.em.findOne(Official, { id: officialId });
    if (!official) throw new SignInRefusal('SSO_NOT_LINKED', 'Tài khoản liên kết không còn tồn tại (the linked account no longer exists)');
    refuseInactive(official);
    return this.startSession(official);
  }

  /** E-mail = account name @ the province's domain (003 §4). */
  async emailOf(official: Pick<Official, 'accountName' | 'provinceCode'>): Promise<string> {
    const [province] = await this.agencies.findProvincesByCodes([official.provinceCode]);
    return `${official.accountName}@${province?.emailDomain ?? ''}`;
  }

  /**
   * Signs in a seeded official by account name alone. A stand-in for real sign-in that the
   * configuration refuses to enable in production.
   */
  async devSignIn(provinceCode: string, accountName: string): Promise<SignedIn> {
    if (!this.devSignInEnabled) throw new ForbiddenError('Đăng nhập phát triển đã tắt (development sign-in is disabled)');
    const official = await this.em.findOne(Official, { provinceCode, accountName });
    if (!official) throw new NotFoundError(`Không có tài khoản ${accountName} tại ${provinceCode} (no such official)`);
    return { token: await this.tokens.sign(viewerOf(official), official.sessionVersion), official };
  }

  /** 003 §4.2: the first free name in the order of priority, within the whole province. */
  async proposeAccountName(
    viewer: Viewer,
    provinceCode: string | null | undefined,
    fullName: string,
    agencyCode: string,
    surname?: string | null,
  ) {
    const admin = requireAccountAdmin(viewer, provinceCode ?? undefined, true);
    const province = provinceCode ?? admin.provinceCode;
    const agency = await this.agencyOf(province, agencyCode);
    const accountName = await this.freeAccountName(province, { fullName, surname }, agency);
    return { accountName, email: await this.emailOf({ accountName, provinceCode: province }) };
  }

  /** 003 §5.2a: DIC creates the account on the agency's written request. */
  async createOfficial(viewer: Viewer, input: CreateOfficialInput): Promise<OfficialChange> {
    const admin = requireAccountAdmin(viewer);
    const province = admin.provinceCode;
    const problems = [
      ...(input.fullName.trim() ? [] : [{ field: 'fullName', message: 'Cần họ và tên (full name required)' }]),
      ...(input.requestedBy.trim() ? [] : [{ field: 'requestedBy', message: 'Cần cơ quan/người đề nghị (requester required)' }]),
      ...(input.requestReference.trim()
        ? []
        : [{ field: 'requestReference', message: 'Cần số văn bản đề nghị (request reference required)' }]),
      ...(input.initialPassword
        ? passwordProblems(input.initialPassword).map((p) => ({ field: 'initialPassword', message: p.message }))
        : []),
      ...(input.roles?.includes('PLATFORM_ADMIN') ? [{ field: 'roles', message: 'Không thể cấp PLATFORM_ADMIN (cannot grant)' }] : []),
    ];
    const chosen = input.accountName?.trim().toLowerCase();
    if (chosen && !accountNamePattern.test(chosen)) {
      problems.push({ field: 'accountName', message: 'Chữ thường không dấu, viết liền (lower case, no diacritics, no spaces)' });
    }
    if (problems.length > 0) throw new InputError(problems);
    const agency = await this.agencyOf(province, input.agencyCode);
    if (chosen && !(await this.isFree(province, chosen))) {
      throw new ConflictError(`Tên tài khoản ${chosen} đã được dùng (account name taken)`, 'accountName');
    }
    const generated = input.initialPassword ? undefined : temporaryPassword();
    const passwordHash = await this.passwords.hash(input.initialPassword ?? generated!);
    for (let attempt = 0; ; attempt += 1) {
      const accountName = chosen ?? (await this.freeAccountName(province, input, agency));
      try {
        const official = await inTransaction(this.em, async () => {
          const now = this.clock.now();
          const created = this.em.create(Official, {
            id: randomUUID(),
            provinceCode: province,
            accountName,
            fullName: input.fullName.trim().normalize('NFC'),
            agencyId: agency.id,
            roles: input.roles ?? [],
            status: 'ACTIVE',
            passwordHash,
            mustChangePassword: true,
            activeSince: now,
            createdAt: now,
            requestedBy: input.requestedBy.trim(),
            requestReference: input.requestReference.trim(),
          });
          await this.em.flush();
          await this.audit.append({
            actor: admin.officialId,
            action: 'official.created',
            subjectType,
            subjectId: created.id,
            details: { accountName, agency: agency.code, requestedBy: created.requestedBy, requestReference: created.requestReference },
          });
          return created;
        });
        return { official, temporaryPassword: generated };
      } catch (error) {
        // Someone took the proposed name between the proposal and the insert: propose again.
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        this.em.clear();
        if (chosen || attempt >= 3)
          throw new ConflictError(`Tên tài khoản ${accountName} đã được dùng (account name taken)`, 'accountName');
      }
    }
  }

  /**
   * A new installation's first DIC administrator, made by the operator from the command line
   * (`hub create-admin`) since no one can sign in yet: the account DIC creates for itself, with
   * a one-time password changed at first sign-in (003 §6.3c). Refused once the province has a
   * DIC administrator whose account is not revoked: from then on, DIC creates accounts.
   */
  async createFirstDicAdmin(input: { provinceCode: string; accountName: string; fullName: string }): Promise<OfficialChange> {
    const dic = (await this.agencies.list(input.provinceCode)).find((agency) => agency.kind === 'DIC');
    if (!dic) throw new NotFoundError(`Tỉnh ${input.provinceCode} chưa có Sở Thông tin và Truyền thông (no DIC agency in this province)`);
    const officials = await this.em.find(Official, { provinceCode: input.provinceCode, status: { $ne: 'REVOKED' } });
    const existing = officials.find((official) => official.roles.includes('DIC_ADMIN'));
    if (existing) {
      throw new ConflictError(
        `Tỉnh ${input.provinceCode} đã có quản trị viên DIC (${existing.accountName}): tài khoản mới do DIC tạo (a DIC administrator already exists)`,
      );
    }
    const operator: OfficialViewer = {
      kind: 'official',
      officialId: 'operator:create-admin',
      accountName: 'operator',
      agencyId: dic.id,
      provinceCode: input.provinceCode,
      roles: ['DIC_ADMIN'],
    };
    return this.createOfficial(operator, {
      fullName: input.fullName,
      agencyCode: dic.code,
      accountName: input.accountName,
      roles: ['DIC_ADMIN'],
      requestedBy: 'Người vận hành hệ thống (operator, hub create-admin)',
      requestReference: 'create-admin',
    });
  }

  /**
   * Sign-in with a password from `address` (the client's, for the throttle). Unknown names and
   * wrong passwords get the same answer (and take as long); only someone who knows the password
   * learns that the account is locked.
   */
  async signIn(provinceCode: string, accountName: string, password: string, address: string): Promise<SignedIn> {
    const official = await this.checkPassword(provinceCode, accountName, password, address);
    if (official.mustChangePassword) {
      throw new SignInRefusal(
        'PASSWORD_CHANGE_REQUIRED',
        'Phải đổi mật khẩu trong lần đăng nhập đầu tiên (003 §6.3c): dùng changePassword (password change required)',
      );
    }
    return this.startSession(official);
  }

  /**
   * Changes the password (003 §7 applies). Signed in: the viewer's own account. Not signed in:
   * the account named, proving the current password — how a first sign-in after creation or a
   * restore gets its session (003 §6.3c).
   */
  async changePassword(
    viewer: Viewer,
    account: { provinceCode?: string | null; accountName?: string | null },
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<SignedIn> {
    const provinceCode = viewer.kind === 'official' ? viewer.provinceCode : account.provinceCode;
    const accountName = viewer.kind === 'official' ? viewer.accountName : account.accountName;
    if (!provinceCode || !accountName) throw new UnauthenticatedError('Cần tỉnh và tên tài khoản (province and account name required)');
    const problems = passwordProblems(newPassword).map((p) => ({ field: 'newPassword', message: p.message }));
    if (newPassword === currentPassword) {
      problems.push({ field: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu cũ (must differ from the current one)' });
    }
    if (problems.length > 0) throw new InputError(problems);
    const official = await this.checkPassword(provinceCode, accountName, currentPassword, address);
    const now = this.clock.now();
    official.passwordHash = await this.passwords.hash(newPassword);
    official.mustChangePassword = false;
    official.passwordChangedAt = now;
    await inTransaction(this.em, async () => {
      await this.em.flush();
      await this.audit.append({ actor: official.id, action: 'official.password_changed', subjectType, subjectId: official.id });
    });
    return this.startSession(official);
  }

  /** 003 §5.2b: a transfer moves the account (same id, name, history) to the new agency. */
  async transferOfficial(viewer: Viewer, officialId: string, toAgencyCode: string, requestReference: string): Promise<OfficialChange> {
    const admin = requireAccountAdmin(viewer);
    const official = await this.officialOf(admin, officialId);
    if (official.status === 'REVOKED') throw new ConflictError('Tài khoản đã bị thu hồi (account revoked)', 'official');
    const to = await this.agencyOf(official.provinceCode, toAgencyCode);
    if (to.id === official.agencyId) throw new ConflictError('Cán bộ đã thuộc cơ quan này (already in this agency)', 'toAgencyCode');
    const [from] = await this.agencies.findByIds([official.agencyId]);
    return inTransaction(this.em, async () => {
      await this.moveOfficial(official, from, to, admin.officialId, requestReference);
      return { official };
    });
  }

  /** Trusted: an agency merger (REQUIREMENTS §10) moves every account that is not revoked. */
  async transferAgencyOfficials(from: Agency, to: Agency, actor: string, reference: string): Promise<number> {
    const officials = await this.em.find(Official, { agencyId: from.id, status: { $ne: 'REVOKED' } });
    for (const official of officials) await this.moveOfficial(official, from, to, actor, reference);
    return officials.length;
  }

  private async moveOfficial(
    official: Official,
    from: Agency | undefined,
    to: Agency,
    actor: string,
    requestReference: string,
  ): Promise<void> {
    official.agencyId = to.id;
    await this.em.flush();
    await this.audit.append({
      actor,
      action: 'official.transferred',
      subjectType,
      subjectId: official.id,
      details: { from: from?.code ?? null, to: to.code, requestReference },
    });
  }

  /**
   * 003 §5.2c: the official retired, left or moved out of the province at `leftAt`. Staff are
   * locked at once and revoked after 6 months; leaders of department / district-PPC level and
   * above are locked after 1 month and revoked after 12. The sweep applies later dates.
   */
  async recordLeaving(
    viewer: Viewer,
    officialId: string,
    leftAt: Date,
    isLeader: boolean,
    requestReference: string,
  ): Promise<OfficialChange> {
    const admin = requireAccountAdmin(viewer);
    const official = await this.officialOf(admin, officialId);
    if (official.status === 'REVOKED') throw new ConflictError('Tài khoản đã bị thu hồi (account revoked)', 'official');
    if (official.leftAt) throw new ConflictError('Đã ghi nhận nghỉ việc (leaving already recorded)', 'official');
    const [agency] = await this.agencies.findByIds([official.agencyId]);
    const schedule = leavingSchedule(leftAt, isLeader, agency.kind);
    return inTransaction(this.em, async () => {
      Object.assign(official, { leftAt, lockDueAt: schedule.lockAt, revokeDueAt: schedule.revokeAt });
      await this.em.flush();
      await this.audit.append({
        actor: admin.officialId,
        action: 'official.leaving_recorded',
        subjectType,
        subjectId: official.id,
        details: {
          leftAt: leftAt.toISOString(),
          leaderRule: schedule.leaderRule,
          lockAt: schedule.lockAt.toISOString(),
          revokeAt: schedule.revokeAt.toISOString(),
          requestReference,
        },
      });
      await this.applyTimeRules(official, this.clock.now());
      return { official };
    });
  }

  /**
   * 003 §6.2a locks an account after six months without activity "without notifying a reason":
   * DIC records the agency's notice of an absence (leave, training, secondment) with its reason
   * and period, and inactivity counts from the absence's end. One notice at a time: a new one
   * replaces the last. Audited.
   */
  async recordAbsence(
    viewer: Viewer,
    officialId: string,
    notice: { reason: string; from: Date; until: Date; requestReference: string },
  ): Promise<OfficialChange> {
    const admin = requireAccountAdmin(viewer);
    const problems = [
      ...(notice.reason.trim() ? [] : [{ field: 'reason', message: 'Cần ghi rõ lý do vắng mặt (a reason is required)' }]),
      ...(notice.until > notice.from ? [] : [{ field: 'until', message: 'Phải sau ngày bắt đầu (must be after the start)' }]),
      ...(notice.requestReference.trim()
        ? []
        : [{ field: 'requestReference', message: 'Cần số văn bản thông báo (the notice reference is required)' }]),
    ];
    if (problems.length > 0) throw new InputError(problems);
    const official = await this.officialOf(admin, officialId);
    if (official.status !== 'ACTIVE') throw new ConflictError('Tài khoản không ở trạng thái hoạt động (account is not active)', 'official');
    return inTransaction(this.em, async () => {
      Object.assign(official, { absenceReason: notice.reason.trim(), absentFrom: notice.from, absentUntil: notice.until });
      await this.em.flush();
      await this.audit.append({
        actor: admin.officialId,
        action: 'official.absence_recorded',
        subjectType,
        subjectId: official.id,
        details: { from: notice.from.toISOString(), until: notice.until.toISOString(), requestReference: notice.requestReference.trim() },
        reason: official.absenceReason,
      });
      return { official };
    });
  }

  /** 003 §6.2b–c: DIC locks an account that was compromised or misused, saying why. */
  async lockOfficial(viewer: Viewer, officialId: string, reason: Extract<LockReason, 'COMPROMISED' | 'MISUSE'>, note: string) {
    const admin = requireAccountAdmin(viewer);
    if (!note.trim()) throw new InputError([{ field: 'note', message: 'Cần ghi rõ lý do (a note is required)' }]);
    const official = await this.officialOf(admin, officialId);
    if (official.status !== 'ACTIVE') throw new ConflictError('Tài khoản không ở trạng thái hoạt động (account is not active)', 'official');
    return inTransaction(this.em, async () => {
      await this.lock(official, reason, note.trim(), admin.officialId);
      return { official };
    });
  }

  /**
   * 003 §6.3: DIC restores a temporarily locked account on request: active again, with a new
   * password shown once, which must be changed at the first sign-in. Leavers are not restored.
   */
  async restoreOfficial(viewer: Viewer, officialId: string, requestReference: string): Promise<OfficialChange> {
    const admin = requireAccountAdmin(viewer);
    const official = await this.officialOf(admin, officialId);
    if (official.status !== 'LOCKED' || official.lockReason === 'LEFT') {
      throw new ConflictError('Chỉ khôi phục tài khoản bị tạm khóa (only temporarily locked accounts are restored)', 'official');
    }
    const password = temporaryPassword();
    const passwordHash = await this.passwords.hash(password);
    return inTransaction(this.em, async () => {
      const previous = official.lockReason;
      Object.assign(official, {
        status: 'ACTIVE',
        lockReason: null,
        lockNote: null,
        lockedAt: null,
        passwordHash,
        mustChangePassword: true,
        activeSince: this.clock.now(),
      });
      await this.em.flush();
      await new SignInGuard(this.em, official.provinceCode).forgetAccount(official.accountName);
      await this.audit.append({
        actor: admin.officialId,
        action: 'official.restored',
        subjectType,
        subjectId: official.id,
        details: { previousReason: previous, requestReference },
      });
      return { official, temporaryPassword: password };
    });
  }

  /**
   * Applies every time rule as of the clock: leavers locked and revoked when due (003 §5.2c),
   * accounts without activity for 6 months locked (003 §6.2a). Idempotent, and safe on several
   * replicas at once: each change is a conditional update with its audit event.
   */
  async sweepAccountLifecycle(): Promise<SweepResult> {
    const now = this.clock.now();
    // A prefilter a few days wide of the exact calendar rule, which applyTimeRules decides.
    const notRecentlyActive = new Date(now.getTime() - 150 * 24 * 60 * 60 * 1000);
    const candidates = await this.em.find(Official, {
      $or: [
        { status: { $ne: 'REVOKED' }, revokeDueAt: { $lte: now } },
        { status: 'ACTIVE', lockDueAt: { $lte: now } },
        {
          status: 'ACTIVE',
          activeSince: { $lte: notRecentlyActive },
          $and: [
            { $or: [{ lastActiveAt: null }, { lastActiveAt: { $lte: notRecentlyActive } }] },
            { $or: [{ absentUntil: null }, { absentUntil: { $lte: notRecentlyActive } }] },
          ],
        },
      ],
    });
    const result: SweepResult = { locked: [], revoked: [] };
    for (const official of candidates) {
      const before = official.status;
      await inTransaction(this.em, () => this.applyTimeRules(official, now));
      if (official.status === 'LOCKED' && before !== 'LOCKED') result.locked.push(official.accountName);
      if (official.status === 'REVOKED' && before !== 'REVOKED') result.revoked.push(official.accountName);
    }
    return result;
  }

  async upsertOfficial(spec: OfficialSpec): Promise<Official> {
    const agency = await this.agencies.findByCode(spec.provinceCode, spec.agencyCode);
    if (!agency) throw new Error(`official ${spec.accountName}: agency ${spec.agencyCode} is not known in ${spec.provinceCode}`);
    const official =
      (await this.em.findOne(Official, { provinceCode: spec.provinceCode, accountName: spec.accountName })) ??
      this.em.create(Official, { id: randomUUID(), provinceCode: spec.provinceCode, accountName: spec.accountName } as Official);
    this.em.assign(official, { fullName: spec.fullName, agencyId: agency.id, roles: spec.roles });
    await this.em.flush();
    return official;
  }

  private async applyTimeRules(official: Official, now: Date): Promise<void> {
    if (official.status !== 'REVOKED' && official.revokeDueAt && official.revokeDueAt <= now) {
      await this.transition(official, "status <> 'REVOKED'", { status: 'REVOKED', lockReason: 'LEFT', revokedAt: now }, 'official.revoked');
      return;
    }
    if (official.status !== 'ACTIVE') return;
    if (official.lockDueAt && official.lockDueAt <= now) {
      await this.transition(official, "status = 'ACTIVE'", { status: 'LOCKED', lockReason: 'LEFT', lockedAt: now }, 'official.locked');
    } else if (!official.leftAt && inactiveFrom(official.activeSince, official.lastActiveAt, official.absentUntil) <= now) {
      await this.transition(
        official,
        "status = 'ACTIVE'",
        { status: 'LOCKED', lockReason: 'INACTIVITY', lockedAt: now },
        'official.locked',
        'Không phát sinh giao dịch trong 06 tháng (003 §6.2a: no activity for 6 months)',
      );
    }
  }

  /** A conditional update, so two sweeps never record the same change twice. */
  private async transition(
    official: Official,
    condition: string,
    change: Pick<Official, 'status' | 'lockReason'> & { lockedAt?: Date; revokedAt?: Date },
    action: string,
    reason?: string,
  ): Promise<void> {
    const changed = await this.em.execute<{ id: string }[]>(
      `update official set status = ?, lock_reason = ?, locked_at = coalesce(?, locked_at), revoked_at = coalesce(?, revoked_at),
         session_version = session_version + 1
       where id = ? and ${condition} returning id`,
      [change.status, change.lockReason, change.lockedAt ?? null, change.revokedAt ?? null, official.id],
    );
    if (changed.length === 0) return;
    Object.assign(official, change);
    await this.audit.append({
      actor: 'system',
      action,
      subjectType,
      subjectId: official.id,
      details: { status: change.status, lockReason: change.lockReason },
      reason: reason ?? null,
    });
  }

  private async lock(official: Official, reason: LockReason, note: string, actor: string): Promise<void> {
    Object.assign(official, {
      status: 'LOCKED',
      lockReason: reason,
      lockNote: note,
      lockedAt: this.clock.now(),
      sessionVersion: official.sessionVersion + 1,
    });
    await this.em.flush();
    await this.audit.append({
      actor,
      action: 'official.locked',
      subjectType,
      subjectId: official.id,
      details: { lockReason: reason },
      reason: note,
    });
  }

  /** Throttle, then password, then status: the order that tells a stranger nothing. */
  private async checkPassword(provinceCode: string, accountName: string, password: string, address: string): Promise<Official> {
    const name = accountName.trim().toLowerCase();
    const official = await new SignInGuard(this.em, provinceCode).attempt(name, address, this.clock.now(), async () => {
      const found = await this.em.findOne(Official, { provinceCode, accountName: name });
      const matches = await verifyPassword(password, found?.passwordHash ?? (await this.passwords.unknownAccountHash()));
      return found?.passwordHash && matches ? found : null;
    });
    refuseInactive(official);
    return official;
  }

  private async startSession(official: Official): Promise<SignedIn> {
    official.lastActiveAt = this.clock.now();
    await this.em.flush();
    return { token: await this.tokens.sign(viewerOf(official), official.sessionVersion), official };
  }

  private async freeAccountName(
    provinceCode: string,
    name: { fullName: string; surname?: string | null },
    agency: Agency,
  ): Promise<string> {
    const parts = nameParts(name.fullName, name.surname);
    if (!parts) {
      throw new InputError([
        name.surname?.trim()
          ? { field: 'surname', message: 'Họ phải là những chữ đầu của họ và tên (the surname must be how the full name begins)' }
          : { field: 'fullName', message: 'Cần họ và tên (full name required)' },
      ]);
    }
    const suffix = unitSuffix((await this.unitOf(agency)).code);
    for (const candidate of accountNameCandidates(parts, suffix)) {
      if (await this.isFree(provinceCode, candidate)) return candidate;
    }
    throw new Error('unreachable: the candidates never end');
  }

  /** Free = no official and no agency (whose names share the e-mail domain) holds it. */
  private async isFree(provinceCode: string, accountName: string): Promise<boolean> {
    const taken = await this.em.count(Official, { provinceCode, accountName });
    return taken === 0 && !(await this.agencies.findByCode(provinceCode, accountName));
  }

  /** The department/sector or district PPC an agency belongs to (003 §4.2b's suffix). */
  private async unitOf(agency: Agency): Promise<Agency> {
    const unitKinds = ['PPC', 'PPC_OFFICE', 'DIC', 'DEPARTMENT', 'POLICE', 'OTHER', 'DISTRICT_PPC'];
    let current: Agency | undefined = agency;
    while (current && !unitKinds.includes(current.kind)) {
      [current] = current.parentId ? await this.agencies.findByIds([current.parentId]) : [];
    }
    return current ?? agency;
  }

  private async agencyOf(provinceCode: string, agencyCode: string): Promise<Agency> {
    const agency = await this.agencies.findByCode(provinceCode, agencyCode);
    if (!agency) throw new NotFoundError(`Không có cơ quan ${agencyCode} tại ${provinceCode} (no such agency)`);
    return agency;
  }

  private async officialOf(admin: OfficialViewer, officialId: string): Promise<Official> {
    const official = /^[0-9a-f-]{36}$/i.test(officialId) ? await this.em.findOne(Official, { id: officialId }) : null;
    if (!official || official.provinceCode !== admin.provinceCode) throw new NotFoundError('Không có tài khoản này (no such official)');
    return official;
  }
}

/** Account administration is DIC's (003 §5.1) in its own province; PLATFORM_ADMIN may only propose. */
function requireAccountAdmin(viewer: Viewer, provinceCode?: string, platformMayPropose = false): OfficialViewer {
  if (viewer.kind !== 'official') throw new UnauthenticatedError();
  if (platformMayPropose && isPlatformAdmin(viewer)) return viewer;
  return provinceCode ? requireProvinceDic(viewer, { provinceCode }) : requireDic(viewer);
}

function refuseInactive(official: Official): void {
  if (official.status === 'REVOKED') {
    throw new SignInRefusal('ACCOUNT_REVOKED', 'Tài khoản đã bị thu hồi (003 §5.2c: account revoked)');
  }
  if (official.status === 'LOCKED') {
    throw new SignInRefusal(
      'ACCOUNT_LOCKED',
      'Tài khoản đang bị tạm khóa; liên hệ Sở Thông tin và Truyền thông để khôi phục (003 §6.3: account locked, ask DIC to restore it)',
    );
  }
}

function viewerOf(official: Official): OfficialViewer {
  return {
    kind: 'official',
    officialId: official.id,
    accountName: official.accountName,
    agencyId: official.agencyId,
    provinceCode: official.provinceCode,
    roles: official.roles,
  };
}
