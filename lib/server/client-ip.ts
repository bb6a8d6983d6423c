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
