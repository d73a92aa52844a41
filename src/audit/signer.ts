import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AuditKeySource } from '../config';

/** Where the audit log's signing key comes from (config.ts decides). */

/**
 * Signs audit events and checkpoints with an Ed25519 key the database never holds: someone who
 * can write to the database but not read the hub's configuration cannot forge an event or
 * re-chain a rewritten history, because each event's hash carries a signature only the key makes.
 */
export class AuditSigner {
  /** The first 16 hex digits of the public key's sha256: which key signed (rotation, auditors). */
  readonly keyId: string;

  private constructor(
    private readonly privateKey: KeyObject,
    readonly publicKey: KeyObject,
  ) {
    this.keyId = createHash('sha256')
      .update(publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex')
      .slice(0, 16);
  }

  static async load(source: AuditKeySource): Promise<AuditSigner> {
    const pem = source.kind === 'pem' ? source.pem : await readOrGenerate(source.file, source.generateIfMissing);
    const privateKey = createPrivateKey(pem);
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('HUB_AUDIT_SIGNING_KEY: must be an Ed25519 private key (PKCS#8 PEM)');
    return new AuditSigner(privateKey, createPublicKey(privateKey));
  }

  /** Base64 signature of `message`. */
  sign(message: string): string {
    return sign(null, Buffer.from(message), this.privateKey).toString('base64');
  }

  verifies(message: string, signature: string | null): boolean {
    return signature !== null && verify(null, Buffer.from(message), this.publicKey, Buffer.from(signature, 'base64'));
  }
}

/** What an event's signature covers: its hash, which covers its content and the chain before it. */
export const eventMessage = (hash: string): string => `audit-event:${hash}`;

async function readOrGenerate(file: string, generateIfMissing: boolean): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (!generateIfMissing) {
      throw new Error(
        `Không có khoá ký nhật ký kiểm toán ${file}: đặt HUB_AUDIT_SIGNING_KEY hoặc HUB_AUDIT_SIGNING_KEY_FILE (no audit signing key at ${file}: set HUB_AUDIT_SIGNING_KEY or HUB_AUDIT_SIGNING_KEY_FILE)`,
      );
    }
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  await fs.mkdir(path.dirname(file), { recursive: true });
  // 'wx': a replica that generated one first wins, and this one reads it.
  await fs.writeFile(file, pem, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return fs.readFile(file, 'utf8');
}
