// No 'server-only': the mail worker renders certificates (with their signed QR code) too.
import { sign, verify } from 'node:crypto';
import { type Ed25519Key, loadEd25519Key } from '@/lib/server/ed25519-key';

let cached: Ed25519Key | null = null;

// A key of its own, not the ticket key: its public half is published for third parties, and either key can be
// replaced (or leak) without touching the other.
function certificateKey(): Ed25519Key {
  cached ??= loadEd25519Key({ env: 'CERTIFICATE_SIGNING_KEY', file: 'certificate-signing-key' });
  return cached;
}

/** The public key as SPKI PEM, published at /verify/public-key.pem. */
export function certificatePublicKeyPem(): string {
  return certificateKey().publicPem;
}

/** The raw 32-byte public key, base64url. */
export function certificatePublicKeyRaw(): string {
  return certificateKey().publicRaw;
}

/** base64url Ed25519 signature over the payload's UTF-8 bytes. */
export function signCertificatePayload(payload: string): string {
  return sign(null, Buffer.from(payload, 'utf8'), certificateKey().privateKey).toString('base64url');
}

const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

/** True when the base64url signature is this server's signature over the payload. */
export function verifyCertificateSignature(payload: string, signature: string): boolean {
  if (!SIGNATURE.test(signature)) return false;
  return verify(null, Buffer.from(payload, 'utf8'), certificateKey().publicKey, Buffer.from(signature, 'base64url'));
}
