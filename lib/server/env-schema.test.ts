import { describe, expect, it } from 'vitest';
import { isLoopbackHost, parseEnvironment } from './env-schema';

const local = { TB_EMBEDDED_DB: '1' };

function mailView(vars: Record<string, string>): boolean {
  const result = parseEnvironment(vars);
  if (!result.ok) throw new Error(result.message);
  return result.env.mailViewEnabled;
}

describe('the local mail view', () => {
  it('is on for a local install bound to loopback (the default HOST)', () => {
    expect(parseEnvironment(local)).toMatchObject({ ok: true, env: { HOST: '127.0.0.1' } });
    expect(mailView(local)).toBe(true);
    expect(mailView({ ...local, HOST: '::1' })).toBe(true);
  });

  it('is off when HOST opens the server wider, unless MAIL_VIEW=on says so explicitly', () => {
    expect(mailView({ ...local, HOST: '0.0.0.0' })).toBe(false);
    expect(mailView({ ...local, HOST: '192.168.1.20' })).toBe(false);
    expect(mailView({ ...local, HOST: '0.0.0.0', MAIL_VIEW: 'on' })).toBe(true);
  });

  it('is off with a real SMTP server or MAIL_VIEW=off, even on loopback', () => {
    expect(mailView({ ...local, SMTP_URL: 'smtp://mail.example.org:587' })).toBe(false);
    expect(mailView({ ...local, MAIL_VIEW: 'off' })).toBe(false);
  });
});

describe('isLoopbackHost', () => {
  it('knows loopback from everything else', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.1', 'example.org']) expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('database timeouts', () => {
  it('default to 5 s to connect and 15 s per statement, and refuse nonsense', () => {
    expect(parseEnvironment({})).toMatchObject({
      ok: true,
      env: { DATABASE_CONNECT_TIMEOUT_MS: 5000, DATABASE_STATEMENT_TIMEOUT_MS: 15_000 },
    });
    const result = parseEnvironment({ DATABASE_STATEMENT_TIMEOUT_MS: '0' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^DATABASE_STATEMENT_TIMEOUT_MS: /);
  });
});

describe('operations settings', () => {
  it('default to no metrics listener, loopback for it, info logs and no drain', () => {
    const result = parseEnvironment({});
    expect(result).toMatchObject({
      ok: true,
      env: { METRICS_HOST: '127.0.0.1', LOG_LEVEL: 'info', SHUTDOWN_DRAIN_SECONDS: 0 },
    });
    expect(result.ok && result.env.METRICS_PORT).toBeUndefined();
    expect(result.ok && result.env.METRICS_TOKEN).toBeUndefined();
  });

  it('refuse a wrong port, level or drain, and never echo the metrics token', () => {
    for (const [name, value] of [
      ['METRICS_PORT', '70000'],
      ['LOG_LEVEL', 'verbose'],
      ['SHUTDOWN_DRAIN_SECONDS', '-1'],
    ]) {
      const result = parseEnvironment({ [name!]: value! });
      expect(!result.ok && result.message, name).toMatch(new RegExp(`^${name}: .*\\(got "${value}"\\)`));
    }
    const token = parseEnvironment({ METRICS_TOKEN: 'short-secret' });
    expect(!token.ok && token.message).toMatch(/^METRICS_TOKEN: /);
    expect(!token.ok && token.message).not.toContain('short-secret');
  });
});
