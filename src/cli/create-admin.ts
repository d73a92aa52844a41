import type { Hub } from '../app';
import { DomainError } from '../shared/errors';
import type { CommandOutcome } from './audit-verify';
import { namedArguments } from './arguments';

export const createAdminUsage = 'create-admin --province <code> --account <name> --name <full name>';

/**
 * `hub create-admin`: a new installation's first DIC administrator, with a one-time password
 * printed once and changed at first sign-in. Refused when the province already has one.
 */
export async function createAdmin(hub: Hub, args: string[]): Promise<CommandOutcome> {
  const { province, account, name } = namedArguments(args, ['province', 'account', 'name']);
  if (!province || !account || !name) return { exitCode: 2, message: `usage: hub ${createAdminUsage}` };
  try {
    const { official, temporaryPassword } = await hub
      .services()
      .trusted.accounts.createFirstDicAdmin({ provinceCode: province, accountName: account, fullName: name });
    return {
      exitCode: 0,
      message: [
        `DIC administrator created: province ${official.provinceCode}, account ${official.accountName}`,
        `one-time password (shown once; changed at first sign-in): ${temporaryPassword}`,
      ].join('\n'),
    };
  } catch (error) {
    if (error instanceof DomainError) return { exitCode: 1, message: error.message };
    throw error;
  }
}
