import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/server/env';

/** A person cannot read and fill the form faster than this (REGISTRATION_MIN_FILL_SECONDS, default 2 s). */
export const MIN_FILL_MS = env.REGISTRATION_MIN_FILL_SECONDS * 1000;
// A form left open longer than this is treated as stale, not as a bot: the visitor simply re-submits.
const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

/** Name of the honeypot field: hidden from people, tempting for bots. */
export const HONEYPOT_FIELD = 'website';

function sign(value: string): string {
  if (!env.AUTH_SECRET) throw new Error('AUTH_SECRET is required to sign form tokens.');
  return createHmac('sha256', env.AUTH_SECRET).update(`form:${value}`).digest('base64url');
}

/** A signed token recording when the form was rendered. */
export function issueFormToken(now = new Date()): string {
  const ts = String(now.getTime());
  return `${ts}.${sign(ts)}`;
}

export type FormTokenCheck = 'ok' | 'tooFast' | 'invalid' | 'expired';

/** Checks the render-time token: forged, missing or posted within MIN_FILL_MS of rendering fails. */
export function checkFormToken(token: unknown, now = new Date()): FormTokenCheck {
  if (typeof token !== 'string' || token.length > 100) return 'invalid';
  const [ts, mac] = token.split('.');
  if (!ts || !mac || !/^\d{10,16}$/.test(ts)) return 'invalid';
  const expected = Buffer.from(sign(ts));
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
