import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';

/** A person cannot read and fill the form faster than this (REGISTRATION_MIN_FILL_SECONDS, default 2 s). */
export const MIN_FILL_MS = env.REGISTRATION_MIN_FILL_SECONDS * 1000;
// A form left open longer than this is treated as stale, not as a bot: the visitor simply re-submits.
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

/** Name of the honeypot field: hidden from people, tempting for bots. */
export const HONEYPOT_FIELD = 'website';

function sign(value: string): string {
  if (!env.AUTH_SECRET) throw new Error('AUTH_SECRET is required to sign form tokens.');
  return createHmac('sha256', env.AUTH_SECRET).update(`form:${value}`).digest('base64url');
}

/** A signed, unique token recording when the form was rendered ("<ms>.<nonce>.<mac>"). */
export function issueFormToken(now = new Date()): string {
  // The nonce keeps two forms rendered in the same millisecond apart, since each token registers once.
  const payload = `${now.getTime()}.${randomBytes(9).toString('base64url')}`;
  return `${payload}.${sign(payload)}`;
}

export type FormTokenCheck = 'ok' | 'tooFast' | 'invalid' | 'expired';

/** Checks the render-time token: forged, missing or posted within MIN_FILL_MS of rendering fails. */
export function checkFormToken(token: unknown, now = new Date()): FormTokenCheck {
  if (typeof token !== 'string' || token.length > 120) return 'invalid';
  const [ts, nonce, mac, extra] = token.split('.');
  if (!ts || !nonce || !mac || extra !== undefined || !/^\d{10,16}$/.test(ts)) return 'invalid';
  const expected = Buffer.from(sign(`${ts}.${nonce}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = now.getTime() - Number(ts);
  if (age < MIN_FILL_MS) return 'tooFast';
  if (age > MAX_FORM_AGE_MS) return 'expired';
  return 'ok';
}

/** True when the honeypot field carries anything: only bots fill fields nobody can see. */
export function honeypotTriggered(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null && value !== false;
}

/** The part of a form token that is stored once used (lib/registrations/seats.ts uses it up with the seat). */
export function formTokenMac(token: string): string {
  return token.split('.')[2] ?? token;
}

/** Tokens older than the maximum form age are refused anyway; about one registration in a hundred forgets them. */
export function forgetOldFormTokensNowAndThen(now = new Date()): void {
  if (Math.random() >= 0.01) return;
  void db.usedFormToken
    .deleteMany({ where: { usedAt: { lt: new Date(now.getTime() - MAX_FORM_AGE_MS) } } })
    .catch(() => undefined);
}
