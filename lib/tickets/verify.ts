import { verifyAsync } from '@noble/ed25519';
import { fromBase64Url, type ParsedTicket } from './format';

let webCryptoEd25519: boolean | null = null;

async function verifyWithWebCrypto(publicKey: Uint8Array, ticket: ParsedTicket): Promise<boolean> {
  const key = await crypto.subtle.importKey('raw', publicKey as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify(
    { name: 'Ed25519' },
    key,
    ticket.signature as BufferSource,
    ticket.payload as BufferSource,
  );
}

/** Checks a parsed ticket's Ed25519 signature with the raw 32-byte public key (base64url): WebCrypto, else @noble/ed25519. */
export async function verifyTicketSignature(publicKeyB64: string, ticket: ParsedTicket): Promise<boolean> {
  const publicKey = fromBase64Url(publicKeyB64);
  if (publicKey?.length !== 32) return false;
  if (webCryptoEd25519 !== false) {
    try {
      const ok = await verifyWithWebCrypto(publicKey, ticket);
      webCryptoEd25519 = true;
      return ok;
    } catch {
      // Browsers without Ed25519 in WebCrypto throw NotSupportedError; the pure JS check below takes over.
      if (webCryptoEd25519 === true) return false;
      webCryptoEd25519 = false;
    }
  }
  try {
    return await verifyAsync(ticket.signature, ticket.payload, publicKey);
  } catch {
    return false;
  }
}
