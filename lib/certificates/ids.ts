import { randomInt } from 'node:crypto';

// Crockford's base32 without the look-alikes I, L, O, U: readable on paper and when typed from it.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;
const ID = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A new public certificate id such as "K7QM-4XPD-9RTA": 60 random bits, unguessable, short enough to type. */
export function newCertificateId(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/**
 * An id as someone typed it (any case, O for 0, I/L for 1, with or without dashes) in its canonical form,
 * or null when it cannot be a certificate id.
 */
export function normaliseCertificateId(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length !== GROUPS * GROUP_LENGTH) return null;
  const id = compact.match(/.{4}/g)?.join('-') ?? '';
  return ID.test(id) ? id : null;
}
