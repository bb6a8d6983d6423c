import { randomBytes } from 'node:crypto';

/** A new secret for a personal link (manage page, newsletter confirmation): 256 bits, URL-safe. */
export function generateLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether a string has the shape of a link token, so malformed ones are refused without a query. */
export function isLinkToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
