import { describe, expect, it } from 'vitest';
import { clientIpFromChain, rateLimitSubject } from './client-ip';

describe('clientIpFromChain', () => {
  it('uses the socket peer when no proxy is trusted', () => {
    expect(clientIpFromChain(['203.0.113.9'], 0)).toBe('203.0.113.9');
  });

  it('skips exactly the trusted proxy hops, so a forged X-Forwarded-For entry is ignored', () => {
    // Client forged "1.1.1.1"; the proxy appended the real client 198.51.100.7; the socket peer is the proxy.
    expect(clientIpFromChain(['1.1.1.1', '198.51.100.7', '10.0.0.2'], 1)).toBe('198.51.100.7');
  });

  it('falls back to the leftmost entry when fewer hops are present than configured', () => {
    expect(clientIpFromChain(['::ffff:127.0.0.1'], 2)).toBe('127.0.0.1');
  });
});

describe('rateLimitSubject', () => {
  it('keeps IPv4 and buckets IPv6 by /64', () => {
    expect(rateLimitSubject('198.51.100.7')).toBe('198.51.100.7');
    expect(rateLimitSubject('2001:db8:abcd:12:1::5')).toBe('2001:db8:abcd:12::/64');
    expect(rateLimitSubject('2001:db8:abcd:12:ffff:1:2:3')).toBe('2001:db8:abcd:12::/64');
    expect(rateLimitSubject('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitSubject('::1')).toBe('0:0:0:0::/64');
  });
});
