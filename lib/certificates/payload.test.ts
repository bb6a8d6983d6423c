import { execFileSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseCertificateId, newCertificateId } from './ids';
import {
  certificatePublicKeyPem,
  certificatePublicKeyRaw,
  signCertificatePayload,
  verifyCertificateSignature,
} from './keys';
import { type CertificateFacts, certificatePayload } from './payload';

const facts: CertificateFacts = {
  id: 'K7QM-4XPD-9RTA',
  holderName: 'Frau Prof. Dr. Jürgen-Ülrike Größmann',
  eventTitle: 'Digitale Verwaltung „2027“',
  eventStartsAt: new Date('2027-03-12T08:00:00Z'),
  eventEndsAt: new Date('2027-03-13T15:00:00Z'),
  minutes: 390,
  sessions: ['Eröffnung'],
  issuedAt: new Date('2027-03-13T16:00:00Z'),
};

describe('certificate payload and signature', () => {
  it('is compact JSON with keys in a fixed order, dates as Berlin calendar days', () => {
    expect(certificatePayload(facts)).toBe(
      '{"v":"tb-cert-1","id":"K7QM-4XPD-9RTA","holder":"Frau Prof. Dr. Jürgen-Ülrike Größmann",' +
        '"event":"Digitale Verwaltung „2027“","from":"2027-03-12","to":"2027-03-13","minutes":390,' +
        '"sessions":["Eröffnung"],"issuedAt":"2027-03-13T16:00:00.000Z"}',
    );
  });

  it('verifies the signed facts and refuses a changed id, name, hours or a forged signature', () => {
    const signature = signCertificatePayload(certificatePayload(facts));
    expect(verifyCertificateSignature(certificatePayload(facts), signature)).toBe(true);
    for (const changed of [
      { ...facts, id: 'K7QM-4XPD-9RTB' },
      { ...facts, holderName: 'Herr Max Mustermann' },
      { ...facts, minutes: 391 },
    ])
      expect(verifyCertificateSignature(certificatePayload(changed), signature)).toBe(false);
    const forged = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    expect(verifyCertificateSignature(certificatePayload(facts), forged)).toBe(false);
    expect(verifyCertificateSignature(certificatePayload(facts), 'not-a-signature')).toBe(false);
  });

  it('verifies offline with nothing but the published PEM (Node and openssl pkeyutl -rawin)', () => {
    const payload = certificatePayload(facts);
    const signature = signCertificatePayload(payload);
    const pem = certificatePublicKeyPem();
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    const publicKey = createPublicKey(pem);
    expect(publicKey.export({ format: 'jwk' }).x).toBe(certificatePublicKeyRaw());
    expect(verify(null, Buffer.from(payload), publicKey, Buffer.from(signature, 'base64url'))).toBe(true);

    const dir = mkdtempSync(path.join(tmpdir(), 'cert-verify-'));
    const file = (name: string, data: string | Buffer) => {
      writeFileSync(path.join(dir, name), data);
      return path.join(dir, name);
    };
    const args = (sig: Buffer, data: string) => [
      'pkeyutl',
      '-verify',
      '-pubin',
      '-inkey',
      file('key.pem', pem),
      '-rawin',
      '-in',
      file('payload.json', data),
      '-sigfile',
      file('sig.bin', sig),
    ];
    const good = execFileSync('openssl', args(Buffer.from(signature, 'base64url'), payload), { encoding: 'utf8' });
    expect(good).toMatch(/Signature Verified Successfully/);
    expect(() =>
      execFileSync('openssl', args(Buffer.from(signature, 'base64url'), payload.replace('390', '391')), {
        stdio: 'pipe',
      }),
    ).toThrow();
  });
});

describe('certificate ids', () => {
  it('are three groups of four readable characters, random, and normalised from typed input', () => {
    const ids = new Set(Array.from({ length: 200 }, newCertificateId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normaliseCertificateId('k7qm 4xpd 9rta')).toBe('K7QM-4XPD-9RTA');
    expect(normaliseCertificateId('K7QM-4XPD-9RTO')).toBe('K7QM-4XPD-9RT0');
    expect(normaliseCertificateId('K7QM-4XPD-9RTU')).toBeNull();
    expect(normaliseCertificateId('../../etc')).toBeNull();
  });
});
