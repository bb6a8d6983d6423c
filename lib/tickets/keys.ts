// No 'server-only' here: the mail worker (plain Node) signs the tickets in confirmation and reminder mails too.
import { createHash, sign, verify } from 'node:crypto';
import { type Ed25519Key, loadEd25519Key } from '@/lib/server/ed25519-key';
import { parseSignedTicket, TICKET_PREFIX, ticketPayload, toBase64Url, type ParsedTicket } from './format';

let cached: Ed25519Key | null = null;

function keys(): Ed25519Key {
  cached ??= loadEd25519Key({ env: 'TICKET_SIGNING_KEY', file: 'ticket-signing-key' });
  return cached;
}

/** The raw Ed25519 public key (base64url) that check-in devices verify tickets with. */
export function ticketPublicKey(): string {
  return keys().publicRaw;
}

/** Hex of the first 8 bytes of SHA-256(eventId); equals eventTag() from ./format. */
export function eventTagSync(eventId: string): string {
  return createHash('sha256').update(eventId).digest('hex').slice(0, 16);
}

export interface TicketQrInput {
  ticketCode: string;
  eventId: string;
  /** Not encoded (the ticket code identifies the registration); accepted so callers pass what they have. */
  registrationId?: string;
}

/** The text of a ticket's QR code, signed: the one source for mails, the ticket page, the PNG download and badges. */
export function ticketQrContent({ ticketCode, eventId }: TicketQrInput): string {
  const payload = ticketPayload(ticketCode.toUpperCase(), eventTagSync(eventId));
  const signature = sign(null, payload, keys().privateKey);
  return `${TICKET_PREFIX}.${toBase64Url(payload)}.${toBase64Url(new Uint8Array(signature))}`;
}

/** Parses and verifies a scanned signed ticket on the server; null when malformed or forged. */
export function verifySignedTicket(text: string): ParsedTicket | null {
  const parsed = parseSignedTicket(text);
  if (!parsed) return null;
  return verify(null, parsed.payload, keys().publicKey, parsed.signature) ? parsed : null;
}
