/**
 * The client address from a chain of addresses ending with the socket peer: with `hops` trusted
 * reverse proxies in front, the client is that many entries left of the socket peer.
 */
export function clientIpFromChain(chain: string[], hops: number): string {
  if (chain.length === 0) return 'unknown';
  const index = Math.max(0, chain.length - 1 - Math.max(0, hops));
  return normalizeIp(chain[index]!);
}

function normalizeIp(ip: string): string {
  // IPv4 clients on a dual-stack socket appear as ::ffff:a.b.c.d.
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}

/** The client address recorded by scripts/server.ts for this request. */
export function clientIpFromHeaders(headers: Headers): string {
  return headers.get('x-client-ip') || 'unknown';
}

/**
 * The rate-limit bucket of an address: IPv4 as is, IPv6 by its /64 prefix, because one
 * connection usually owns a whole /64 and could otherwise rotate through it.
 */
export function rateLimitSubject(ip: string): string {
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (g || '0').replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
