import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks may be sent. A subscription names a URL chosen by whoever holds an admin
 * key; without these checks it could point the platform at its own loopback services or a
 * cloud metadata endpoint (169.254.169.254) and read their answers through delivery logs.
 * So targets are http(s) URLs on public addresses only, checked when a subscription is
 * created and again, after DNS resolution, on every delivery. An operator setting allows
 * private and loopback targets for local development.
 */
export type TargetCheck = { allowed: true } | { allowed: false; reason: string };

const NON_PUBLIC: [string, number, 'ipv4' | 'ipv6', string][] = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.0.0.0', 24, 'ipv4', 'reserved'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['198.18.0.0', 15, 'ipv4', 'reserved'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['fc00::', 7, 'ipv6', 'private'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
];

const ranges = NON_PUBLIC.map(([network, prefix, family, kind]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, kind };
});

/** An IPv4 address carried in an IPv6 one (`::ffff:127.0.0.1`, `::ffff:7f00:1`), or null. */
function embeddedIPv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** What kind of non-public address this is (`loopback`, `private`, `link-local`, …), or null when it is public. */
export function nonPublicKind(address: string): string | null {
  const v4 = embeddedIPv4(address);
  const candidate = v4 ?? address;
  const family = isIP(candidate) === 4 ? 'ipv4' : isIP(candidate) === 6 ? 'ipv6' : null;
  if (!family) return 'unparseable';
  for (const range of ranges) if (range.family === family && range.list.check(candidate, family)) return range.kind;
  return null;
}

/** The host of a URL without IPv6 brackets. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * The checks that need no DNS: an absolute http(s) URL without credentials, whose host is not
 * a literal loopback, private, link-local or otherwise non-public address. Host names are
 * checked once resolved (`checkResolvedTarget`).
 */
export function checkTargetUrl(url: string, allowPrivate: boolean): TargetCheck {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { allowed: false, reason: 'url must be an absolute http:// or https:// URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { allowed: false, reason: `url must use http or https, not ${parsed.protocol.replace(/:$/, '')}` };
  }
  if (parsed.username || parsed.password) return { allowed: false, reason: 'url must not carry a user name or password' };
  if (allowPrivate) return { allowed: true };
  const host = bareHost(parsed).toLowerCase();
  if (isIP(host)) {
    const kind = nonPublicKind(host);
    if (kind) return { allowed: false, reason: `url points at ${host}, a ${kind} address; webhook targets must be public` };
  }
  return { allowed: true };
}

/** The check of a host name's resolved addresses: every one must be public. */
export function checkResolvedAddresses(host: string, addresses: string[]): TargetCheck {
  for (const address of addresses) {
    const kind = nonPublicKind(address);
    if (kind) return { allowed: false, reason: `${host} resolves to ${address}, a ${kind} address; webhook targets must be public` };
  }
  return { allowed: true };
}

/** The host name of an http(s) URL when it is a name (not an IP literal), else null. */
export function targetHostName(url: string): string | null {
  try {
    const host = bareHost(new URL(url));
    return isIP(host) ? null : host;
  } catch {
    return null;
  }
}
