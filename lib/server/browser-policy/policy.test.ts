import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isNextDataScript, nextScriptHashes } from './cached-scripts';
import { createNonce, hashPolicy, hstsHeader, noncePolicy, policyOptions } from './policy';

const prod = { dev: false, https: false };
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));
const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('noncePolicy', () => {
  it('allows scripts only with the nonce, neither inline nor eval in production', () => {
    const policy = noncePolicy('abc123', prod);
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/unsafe-eval/);
  });

  it('allows eval in development only', () => {
    expect(directive(noncePolicy('n', { dev: true, https: false }), 'script-src')).toContain("'unsafe-eval'");
  });

  it('forbids framing, base URLs, plugins and foreign form targets', () => {
    const policy = noncePolicy('n', prod);
    for (const d of ["frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'"])
      expect(policy.split('; ')).toContain(d);
  });

  it('upgrades insecure requests only over https', () => {
    expect(noncePolicy('n', { dev: false, https: true })).toContain('upgrade-insecure-requests');
    expect(noncePolicy('n', prod)).not.toContain('upgrade-insecure-requests');
  });
});

describe('createNonce', () => {
  it('is 128 random bits in base64, new every time', () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});

describe('hstsHeader and policyOptions', () => {
  it('sends HSTS for an https APP_URL only', () => {
    expect(hstsHeader('https://tagung.example')).toBe('max-age=63072000; includeSubDomains');
    expect(hstsHeader('http://localhost:3000')).toBeNull();
    expect(hstsHeader(undefined)).toBeNull();
  });

  it('reads development and https from the environment', () => {
    expect(policyOptions({ APP_URL: 'https://a.example', NODE_ENV: 'production' })).toEqual({
      dev: false,
      https: true,
    });
    expect(policyOptions({ NODE_ENV: 'development' })).toEqual({ dev: true, https: false });
  });
});

describe('cached page hashes', () => {
  const bootstrap = '(self.__next_f=self.__next_f||[]).push([0])';
  const data = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])';
  const turbopack =
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';

  it("accepts Next's data scripts", () => {
    for (const body of [bootstrap, data, turbopack, `${bootstrap};self.__next_f.push([2,null])`])
      expect(isNextDataScript(body), body).toBe(true);
  });

  it('refuses any other code, also dressed up as a data push', () => {
    for (const body of [
      'alert(1)',
      'self.__next_f.push(alert(1))',
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"]),alert(1)//)',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(fetch("/x"));',
    ])
      expect(isNextDataScript(body), body).toBe(false);
  });

  it('hashes exactly the inline data scripts of a document', () => {
    const html = [
      '<html><head><script src="/_next/static/chunks/a.js" async=""></script>',
      `<script id="_R_">${turbopack}</script></head><body>`,
      `<script>${bootstrap}</script><script>${data}</script><script>${data}</script>`,
      '<script type="application/ld+json">{"@type":"Event"}</script>',
      '<script>alert(1)</script></body></html>',
    ].join('');
    expect(nextScriptHashes(html).sort()).toEqual([sha(turbopack), sha(bootstrap), sha(data)].sort());
  });

  it('lists the hashes in script-src next to self, without unsafe-inline', () => {
    const policy = hashPolicy(['sha256-AAA=', 'sha256-BBB='], prod);
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });
});
