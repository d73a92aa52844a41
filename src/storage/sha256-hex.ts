const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Blob ids come from clients and end up in file paths and object keys,
 * so anything but a lowercase hex sha256 is refused before it gets there.
 */
export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}
