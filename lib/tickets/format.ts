// The signed ticket in the QR code, shared by the server (signing, checking) and the check-in page (offline checking).
// TB1.<base64url(payload)>.<base64url(signature)>, payload = 16 bytes ticket code + 8 bytes event tag (24 bytes),
// signature = Ed25519 over the payload bytes. About 123 characters: a small QR code in byte mode.

export const TICKET_PREFIX = 'TB1';
const CODE_BYTES = 16;
const TAG_BYTES = 8;
const HEX32 = /^[0-9A-F]{32}$/;

export interface ParsedTicket {
  /** The ticket code as 32 uppercase hex characters. */
  ticketCode: string;
  /** Hex of the first 8 bytes of SHA-256(event id). */
  eventTag: string;
  payload: Uint8Array;
  signature: Uint8Array;
}

/** Bytes as lowercase hex. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url; null when it is not valid base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The 24 payload bytes for a ticket code (32 hex) and an event tag (16 hex). */
export function ticketPayload(ticketCode: string, eventTag: string): Uint8Array {
  if (!HEX32.test(ticketCode) || !/^[0-9a-f]{16}$/.test(eventTag)) throw new Error('invalid ticket code or event tag');
  const out = new Uint8Array(CODE_BYTES + TAG_BYTES);
  out.set(fromHex(ticketCode), 0);
  out.set(fromHex(eventTag), CODE_BYTES);
  return out;
}

/** Splits a scanned "TB1.…" text into its parts; null for anything that is not well-formed (the signature is not checked here). */
export function parseSignedTicket(text: string): ParsedTicket | null {
  const parts = text.trim().split('.');
  if (parts.length !== 3 || parts[0] !== TICKET_PREFIX) return null;
  const payload = fromBase64Url(parts[1]!);
  const signature = fromBase64Url(parts[2]!);
  if (!payload || !signature || payload.length !== CODE_BYTES + TAG_BYTES || signature.length !== 64) return null;
  return {
    ticketCode: toHex(payload.subarray(0, CODE_BYTES)).toUpperCase(),
    eventTag: toHex(payload.subarray(CODE_BYTES)),
    payload,
    signature,
  };
}

/** Whether the scanned text looks like a signed ticket at all (so a bad one is "ungültig", not a typed code). */
export function looksSigned(text: string): boolean {
  return text.trim().toUpperCase().startsWith(`${TICKET_PREFIX}.`);
}

/** The event tag: hex of the first 8 bytes of SHA-256(eventId), via WebCrypto (browser and Node). */
export async function eventTag(eventId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(eventId));
  return toHex(new Uint8Array(digest).subarray(0, TAG_BYTES));
}

/** The lookup hash of a ticket code kept on check-in devices instead of the code: hex SHA-256, 32 characters. */
export async function ticketHash(ticketCode: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(ticketCode.toUpperCase()));
  return toHex(new Uint8Array(digest)).slice(0, 32);
}
