import { createHash, X509Certificate } from 'node:crypto';
import fs from 'node:fs/promises';

/**
 * The certificates a time-stamp authority signs with, as the operator configured them (a PEM file
 * of one or more: a rotating authority's old and new). A token carries its signer's certificate,
 * so without this anyone could sign a token with a certificate of their own making and it would
 * verify; with it, only the configured authority's tokens count.
 */
export class PinnedSigners {
  private constructor(
    readonly file: string,
    private readonly fingerprints: Set<string>,
  ) {}

  static async load(file: string): Promise<PinnedSigners> {
    const text = await fs.readFile(file, 'utf8');
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    // X509Certificate parses each block, so a damaged file is refused at start, not at the first stamp.
    const fingerprints = new Set(blocks.map((block) => fingerprintOf(Buffer.from(new X509Certificate(block).raw))));
    if (fingerprints.size === 0) throw new Error(`${file} holds no PEM certificate (the time-stamp authority's signing certificate)`);
    return new PinnedSigners(file, fingerprints);
  }

  accepts(certificateDer: Buffer | null): boolean {
    return !!certificateDer && this.fingerprints.has(fingerprintOf(certificateDer));
  }
}

const fingerprintOf = (der: Buffer): string => createHash('sha256').update(der).digest('hex');
