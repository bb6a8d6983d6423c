import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { env } from '@/lib/server/env';

function secret(): string {
  if (!env.AUTH_SECRET) throw new Error('AUTH_SECRET is required for sign-in links.');
  return env.AUTH_SECRET;
}

/**
 * The stored form of a magic-link token, exactly as next-auth 4 hashes it (core/lib/utils hashToken), so its
 * callback finds the row we write; lib/auth/sign-in-request.test.ts holds the two side by side.
 */
export function hashVerificationToken(token: string): string {
  return createHash('sha256').update(`${token}${secret()}`).digest('hex');
}

// The queued link is a credential until it is sent: the outbox row holds it encrypted, not readable from a dump.
function sealKey(): Buffer {
  return createHash('sha256').update(`sign-in-link:${secret()}`).digest();
}

/** Encrypts a sign-in link for its outbox row (AES-256-GCM). */
export function sealLink(url: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(), iv);
  const body = Buffer.concat([cipher.update(url, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

/** The link sealed by sealLink, or null when the value was not sealed with this AUTH_SECRET. */
export function openLink(sealed: string): string | null {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** A keyed hash of an address: the same address gives the same value, but the value gives no address back. */
export function addressKey(address: string): string {
  return createHmac('sha256', secret()).update(`sign-in:${address}`).digest('base64url').slice(0, 16);
}

/** An address as it may appear in a log line: "o…@example.org #<addressKey>". */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  const domain = at >= 0 ? address.slice(at + 1) : '';
  return `${address.slice(0, 1)}…@${domain} #${addressKey(address)}`;
}
