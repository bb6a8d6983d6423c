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

describe('consumeFormToken', () => {
  it('accepts a token once and refuses its replay', async () => {
    const { consumeFormToken } = await import('./anti-bot');
    const token = issueFormToken(new Date(Date.now() - 5000));
    expect(await consumeFormToken(token)).toBe(true);
    expect(await consumeFormToken(token)).toBe(false);
    // Two forms rendered in the same millisecond still get distinct tokens.
    const sameMoment = new Date(Date.now() - 6000);
    expect(await consumeFormToken(issueFormToken(sameMoment))).toBe(true);
    expect(await consumeFormToken(issueFormToken(sameMoment))).toBe(true);
  });
});
