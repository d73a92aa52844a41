import { BlockList, isIP } from 'node:net';

/**
 * Which addresses the hub may fetch from on a source's behalf. Registering a source makes the hub
 * issue requests to a URL DIC chose: without this, that URL could be the cloud metadata service
 * or an internal system only the hub's network reaches (request forgery).
 */
export interface SourceAddressPolicy {
  /** Loopback is allowed outside production, where tests and developers run sources on 127.0.0.1. */
  allowLoopback: boolean;
  /** host or host:port (lower case) trusted whatever they resolve to: known internal hubs. */
  allowedHosts: readonly string[];
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network": 0.0.0.0 reaches the hub itself
  ['10.0.0.0', 8], // RFC 1918
  ['172.16.0.0', 12], // RFC 1918
  ['192.168.0.0', 16], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT, internal to providers
  ['169.254.0.0', 16], // link-local, where cloud metadata (169.254.169.254) answers
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const)
  internal.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['::ffff:0:0', 96], // IPv4-mapped: would smuggle any IPv4 address past the IPv4 rules
  ['64:ff9b::', 96], // NAT64, the same smuggling through a translator
] as const)
  internal.addSubnet(network, prefix, 'ipv6');

/** Why the hub will not connect to this address, or null when it may. */
export function refusalOf(address: string, policy: SourceAddressPolicy): string | null {
  const family = isIP(address);
  if (family === 0) return `không phải địa chỉ IP (not an IP address: ${address})`;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (loopback.check(address, type))
    return policy.allowLoopback ? null : `địa chỉ nội bộ của máy chủ bị từ chối (loopback address refused: ${address})`;
  if (internal.check(address, type)) return `địa chỉ mạng nội bộ bị từ chối (private or link-local address refused: ${address})`;
  return null;
}

/** True when the URL's host (with its port, or any port) is on the allow-list. */
export function isAllowListed(url: URL, policy: SourceAddressPolicy): boolean {
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return policy.allowedHosts.some((entry) => entry === host || entry === `${host}:${port}`);
}

/** The IP address a URL names directly (brackets of IPv6 removed), or null for a host name. */
export function literalAddressOf(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? host : null;
}
