import { describe, expect, it } from 'vitest';
import { checkFormToken, honeypotTriggered, issueFormToken, MIN_FILL_MS } from './anti-bot';

describe('form token', () => {
  const rendered = new Date('2026-11-27T10:00:00Z');
  const after = (ms: number) => new Date(rendered.getTime() + ms);

  it('refuses a submission faster than a person can fill the form', () => {
    expect(checkFormToken(issueFormToken(rendered), after(500))).toBe('tooFast');
    expect(checkFormToken(issueFormToken(rendered), after(MIN_FILL_MS - 1))).toBe('tooFast');
  });

  it('accepts human speed and refuses day-old forms as expired', () => {
    expect(checkFormToken(issueFormToken(rendered), after(MIN_FILL_MS))).toBe('ok');
    expect(checkFormToken(issueFormToken(rendered), after(15 * 60 * 1000))).toBe('ok');
    expect(checkFormToken(issueFormToken(rendered), after(25 * 60 * 60 * 1000))).toBe('expired');
  });

  it('refuses missing, malformed and forged tokens', () => {
    const token = issueFormToken(rendered);
    const [ts, nonce, mac] = token.split('.');
    expect(checkFormToken(undefined, after(5000))).toBe('invalid');
    expect(checkFormToken('garbage', after(5000))).toBe('invalid');
    // An older timestamp with the original signature: a bot cannot backdate its render time.
    expect(checkFormToken(`${Number(ts) - 60_000}.${nonce}.${mac}`, after(5000))).toBe('invalid');
  });

  it('treats any honeypot content as a bot', () => {
    expect(honeypotTriggered('http://spam.example')).toBe(true);
    expect(honeypotTriggered('')).toBe(false);
    expect(honeypotTriggered('   ')).toBe(false);
    expect(honeypotTriggered(undefined)).toBe(false);
  });
});

describe('formTokenMac', () => {
  it('is what a used token is remembered by, distinct for two forms rendered in the same millisecond', async () => {
    const { formTokenMac } = await import('./anti-bot');
    const sameMoment = new Date(Date.now() - 6000);
    const [a, b] = [issueFormToken(sameMoment), issueFormToken(sameMoment)];
    expect(formTokenMac(a)).toBe(a.split('.')[2]);
    expect(formTokenMac(a)).not.toBe(formTokenMac(b));
  });
});
