import { randomBytes, webcrypto } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as asn1js from 'asn1js';
import { bytesOf, pkijs } from '../../src/audit/timestamp/pki';

/** How the authority answers the next requests: as a TSA should, or in one of the ways the hub must refuse. */
export type TsaBehaviour = 'grant' | 'http-error' | 'reject' | 'wrong-nonce' | 'wrong-imprint';

export interface TestTsa {
  url: string;
  /** The name on its throwaway certificate, which audit:verify reports. */
  name: string;
  /** That certificate, as an operator pins it (HUB_AUDIT_TSA_CERT_FILE). */
  certificatePem: string;
  behaviour: TsaBehaviour;
  requests: number;
  close(): Promise<void>;
}

const timeStampingPurpose = '1.3.6.1.5.5.7.3.8';
const testPolicy = '1.3.6.1.4.1.99999.1';

/**
 * A real RFC 3161 time-stamp authority on loopback, built with the same library the hub reads
 * tokens with: it parses the TimeStampReq, signs a TSTInfo with a throwaway ECDSA P-256 key and
 * a self-signed certificate made at start, and answers a TimeStampResp.
 */
export async function startTestTsa(name = 'Test TSA'): Promise<TestTsa> {
  const keys = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const certificate = await selfSignedCertificate(name, keys);
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      tsa.requests += 1;
      if (tsa.behaviour === 'http-error') {
        response.writeHead(500).end('the authority is failing');
        return;
      }
      answer(pkijs.TimeStampReq.fromBER(Buffer.concat(chunks)), tsa.behaviour, certificate, keys.privateKey).then(
        (body) => response.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(body),
        (error: Error) => response.writeHead(500).end(error.message),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const tsa: TestTsa = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`,
    name,
    certificatePem: pemOf(bytesOf(certificate.toSchema().toBER())),
    behaviour: 'grant',
    requests: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return tsa;
}

async function answer(request: pkijs.TimeStampReq, behaviour: TsaBehaviour, certificate: pkijs.Certificate, key: webcrypto.CryptoKey) {
  if (behaviour === 'reject') {
    const status = new pkijs.PKIStatusInfo({
      status: pkijs.PKIStatus.rejection,
      statusStrings: [new asn1js.Utf8String({ value: 'policy not accepted' })],
    });
    return bytesOf(new pkijs.TimeStampResp({ status }).toSchema().toBER());
  }
  const imprint =
    behaviour === 'wrong-imprint'
      ? new pkijs.MessageImprint({
          hashAlgorithm: request.messageImprint.hashAlgorithm,
          hashedMessage: new asn1js.OctetString({ valueHex: randomBytes(32) }),
        })
      : request.messageImprint;
  const nonce = behaviour === 'wrong-nonce' ? asn1js.Integer.fromBigInt(42n) : request.nonce;
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: testPolicy,
    messageImprint: imprint,
    serialNumber: new asn1js.Integer({ valueHex: randomBytes(8) }),
    genTime: new Date(),
    nonce,
  });
  const content = new pkijs.EncapsulatedContentInfo({ eContentType: pkijs.id_eContentType_TSTInfo });
  // Set after construction: the constructor would make it a constructed (BER) OCTET STRING, which
  // is not DER as a TSA sends it, and which pkijs's own verify cannot read back.
  content.eContent = new asn1js.OctetString({ valueHex: tstInfo.toSchema().toBER() });
  const signed = new pkijs.SignedData({
    version: 3,
    encapContentInfo: content,
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
      }),
    ],
    certificates: [certificate],
  });
  await signed.sign(key, 0, 'SHA-256');
  const token = new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.SIGNED_DATA, content: signed.toSchema(true) });
  const response = new pkijs.TimeStampResp({ status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }), timeStampToken: token });
  return bytesOf(response.toSchema().toBER());
}

async function selfSignedCertificate(name: string, keys: webcrypto.CryptoKeyPair): Promise<pkijs.Certificate> {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ valueHex: randomBytes(8) });
  const commonName = () => new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: name }) });
  certificate.issuer.typesAndValues.push(commonName());
  certificate.subject.typesAndValues.push(commonName());
  certificate.notBefore.value = new Date(Date.now() - 60_000);
  certificate.notAfter.value = new Date(Date.now() + 24 * 3600_000);
  // RFC 3161 §2.3: a TSA's certificate names time-stamping as its only extended key usage, marked critical.
  const usage = new pkijs.ExtKeyUsage({ keyPurposes: [timeStampingPurpose] });
  certificate.extensions = [
    new pkijs.Extension({ extnID: '2.5.29.37', critical: true, extnValue: usage.toSchema().toBER(false), parsedValue: usage }),
  ];
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  await certificate.sign(keys.privateKey, 'SHA-256');
  return certificate;
}

function pemOf(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
