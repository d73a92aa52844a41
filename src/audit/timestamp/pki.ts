import { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';

/**
 * pkijs with Node's WebCrypto set as its engine. pkijs picks `globalThis.crypto` on load, which
 * some environments (jest's sandbox among them) do not provide; setting it here means every
 * importer signs and verifies with the same engine.
 */
type EngineCrypto = ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];
pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as EngineCrypto }));

export { pkijs };

/** The only digest the hub asks a time-stamp authority for (SHA-256, RFC 5754). */
export const sha256Oid = '2.16.840.1.101.3.4.2.1';

export const bytesOf = (view: ArrayBuffer | ArrayBufferView): Buffer =>
  ArrayBuffer.isView(view) ? Buffer.from(view.buffer, view.byteOffset, view.byteLength) : Buffer.from(view);
