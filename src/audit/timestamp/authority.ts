import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import type { PinnedSigners } from './pinned-signers';
import { bytesOf, pkijs, sha256Oid } from './pki';
import { readTimeStampToken } from './token';

/** A token the authority issued: its DER, the time it vouches for, and who signed it. */
export interface IssuedTimeStamp {
  token: Buffer;
  genTime: Date;
  signer: string;
}

/**
 * An RFC 3161 time-stamp authority reached over HTTP (RFC 3161 §3.4): the hub sends the SHA-256
 * digest of what it wants dated, never the thing itself, and keeps the token. A token is only
 * accepted if it is granted, covers that digest, echoes this request's nonce, and (when the
 * operator pinned them) is signed by one of the authority's certificates, so a replayed,
 * misrouted or impersonated answer is refused.
 */
export class TimeStampAuthority {
  constructor(
    readonly url: string,
    private readonly timeoutMs: number,
    private readonly pinned: PinnedSigners | null = null,
  ) {}

  /** Has `stamped` dated: only its SHA-256 leaves the hub. */
  async stamp(stamped: Buffer): Promise<IssuedTimeStamp> {
    const digest = createHash('sha256').update(stamped).digest();
    // A positive 63-bit nonce: an INTEGER every TSA encodes the same way when it echoes it.
    const nonce = randomBytes(8).readBigUInt64BE() >> 1n;
    const request = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: new pkijs.MessageImprint({
        hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: sha256Oid }),
        hashedMessage: new asn1js.OctetString({ valueHex: digest }),
      }),
      nonce: asn1js.Integer.fromBigInt(nonce),
      // The signing certificate in the token, so audit:verify can name who signed it without fetching anything.
      certReq: true,
    });
    const answer = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
      body: bytesOf(request.toSchema().toBER()),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!answer.ok) throw new Error(`the time-stamp authority answered HTTP ${answer.status}`);
    const response = pkijs.TimeStampResp.fromBER(await answer.arrayBuffer());
    const status = response.status.status;
    if (status !== pkijs.PKIStatus.granted && status !== pkijs.PKIStatus.grantedWithMods) {
      const text = response.status.statusStrings?.map((line) => line.valueBlock.value).join('; ');
      throw new Error(`the time-stamp authority refused (status ${status}${text ? `: ${text}` : ''})`);
    }
    if (!response.timeStampToken) throw new Error('the time-stamp authority granted no token');
    const token = bytesOf(response.timeStampToken.toSchema().toBER());
    const contents = await readTimeStampToken(token, stamped);
    if (!contents.covers) {
      throw new Error('the time-stamp token covers another digest than the one sent');
    }
    if (contents.nonce !== nonce) throw new Error('the time-stamp token does not echo the request’s nonce');
    if (!contents.signatureValid) throw new Error('the time-stamp token’s signature does not verify');
    if (this.pinned && !this.pinned.accepts(contents.signerCertificate)) throw notPinned(contents.signer, this.pinned);
    return { token, genTime: contents.genTime, signer: contents.signer };
  }
}

/** A token signed by a certificate other than those the operator configured for the authority. */
export function notPinned(signer: string, pinned: PinnedSigners): Error {
  return new Error(`the time-stamp token is signed by "${signer}", not by a certificate in ${pinned.file}`);
}
