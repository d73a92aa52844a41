import { createHash } from 'node:crypto';
import type * as asn1js from 'asn1js';
import { bytesOf, pkijs, sha256Oid } from './pki';

/** What an RFC 3161 TimeStampToken says, and whether it covers what it is said to date. */
export interface TimeStampTokenContents {
  /** The token's messageImprint is the SHA-256 of the stamped bytes. */
  covers: boolean;
  genTime: Date;
  nonce: bigint | null;
  /** The common name (or the whole subject) of the certificate that signed the token. */
  signer: string;
  /** That certificate's DER, as the token carries it. */
  signerCertificate: Buffer | null;
  /** The CMS signature verifies with the certificate the token carries (not a chain to a trusted root). */
  signatureValid: boolean;
}

const commonNameOid = '2.5.4.3';

/**
 * Reads a TimeStampToken (a CMS ContentInfo holding SignedData over a TSTInfo) said to date
 * `stamped`; throws if it is not one. pkijs checks a TSTInfo's signature only together with the
 * stamped bytes, so both travel together.
 */
export async function readTimeStampToken(der: Buffer, stamped: Buffer): Promise<TimeStampTokenContents> {
  const info = pkijs.ContentInfo.fromBER(der);
  if (info.contentType !== pkijs.ContentInfo.SIGNED_DATA) throw new Error('the time-stamp token is not CMS SignedData');
  const signed = new pkijs.SignedData({ schema: info.content });
  const content = signed.encapContentInfo;
  if (content.eContentType !== pkijs.id_eContentType_TSTInfo || !content.eContent) {
    throw new Error('the time-stamp token does not hold a TSTInfo');
  }
  const tst = pkijs.TSTInfo.fromBER(content.eContent.getValue());
  const imprint = bytesOf(tst.messageImprint.hashedMessage.valueBlock.valueHexView);
  const { valid, certificate } = await verifySignature(signed, stamped);
  return {
    covers: tst.messageImprint.hashAlgorithm.algorithmId === sha256Oid && imprint.equals(createHash('sha256').update(stamped).digest()),
    genTime: tst.genTime,
    nonce: tst.nonce ? tst.nonce.toBigInt() : null,
    signer: certificate ? nameOf(certificate) : 'unknown signer',
    signerCertificate: certificate ? bytesOf(certificate.toSchema().toBER()) : null,
    signatureValid: valid,
  };
}

async function verifySignature(
  signed: pkijs.SignedData,
  stamped: Buffer,
): Promise<{ valid: boolean; certificate: pkijs.Certificate | null }> {
  try {
    const data = new Uint8Array(stamped).buffer;
    const result = await signed.verify({ signer: 0, data, checkChain: false, extendedMode: true });
    return { valid: result.signatureVerified === true, certificate: result.signerCertificate ?? null };
  } catch (error) {
    // pkijs reports a failed verification by throwing, with what it found attached.
    const found = error as Partial<pkijs.SignedDataVerifyError>;
    return { valid: false, certificate: found.signerCertificate ?? null };
  }
}

function nameOf(certificate: pkijs.Certificate): string {
  const parts = certificate.subject.typesAndValues.map((part) => ({ type: part.type, value: String(valueOf(part.value)) }));
  return parts.find((part) => part.type === commonNameOid)?.value ?? parts.map((part) => `${part.type}=${part.value}`).join(', ');
}

function valueOf(value: asn1js.AsnType): unknown {
  return 'valueBlock' in value ? (value.valueBlock as { value?: unknown }).value : value;
}
