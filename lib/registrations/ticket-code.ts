import { randomBytes } from 'node:crypto';

// 128 bits as uppercase hex: QR alphanumeric mode keeps the code small, and hex survives
// keyboard-wedge scanners on German layouts (no Y/Z swap, no punctuation).
/** A new unguessable ticket code (32 hex characters, 128 bits). */
export function generateTicketCode(): string {
  return randomBytes(16).toString('hex').toUpperCase();
}

/** Normalises what a person or a scanner typed: case, spaces and dashes do not matter. */
export function normalizeTicketCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** "ABCD EF01 …" for reading aloud or typing by hand. */
export function formatTicketCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}
