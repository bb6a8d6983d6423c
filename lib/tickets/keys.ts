// No 'server-only' here: the mail worker (plain Node) signs the tickets in confirmation and reminder mails too.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseSignedTicket, TICKET_PREFIX, ticketPayload, toBase64Url, type ParsedTicket } from './format';

let cached: { privateKey: KeyObject; publicKey: KeyObject; publicRaw: string } | null = null;

function fromPkcs8(base64: string): KeyObject {
  return createPrivateKey({ key: Buffer.from(base64.trim(), 'base64'), format: 'der', type: 'pkcs8' });
}

// Like .data/auth-secret: generated once, kept with the local data; `wx` makes concurrent first starts agree on one key.
function keyFromDataDir(): KeyObject {
  // Resolved at run time from the working directory; not a file the bundler should trace.
  const dir = path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || '.data');
  const file = path.join(dir, 'ticket-signing-key');
  try {
    return fromPkcs8(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(file, `${der}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fromPkcs8(readFileSync(file, 'utf8'));
}

function keys() {
  if (cached) return cached;
  const env = process.env.TICKET_SIGNING_KEY;
  const privateKey = env ? fromPkcs8(env) : keyFromDataDir();
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error('TICKET_SIGNING_KEY must be an Ed25519 key (PKCS8, base64).');
  const publicKey = createPublicKey(privateKey);
  // The raw key is the last 32 bytes of the SPKI encoding.
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  cached = { privateKey, publicKey, publicRaw: toBase64Url(new Uint8Array(spki.subarray(spki.length - 32))) };
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
