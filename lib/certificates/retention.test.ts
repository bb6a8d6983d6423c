import { describe, expect, it } from 'vitest';
import { anonymiseRegistrations } from '@/lib/retention/anonymise';
import { db } from '@/lib/server/db';
import { getCertificateDocumentInput } from './load';
import { anonymiseCertificates } from './retention';
import { issueCertificates, revokeCertificate } from './service';
import { certificateEvent } from '@/test/certificate-fixtures';
import { verifyCertificate } from './verification';

const NOW = new Date('2027-01-01T03:00:00Z');

describe('certificates under the retention rules', () => {
  it('anonymising registrations clears the holder, keeps id and signature; the verify page says anonymised', async () => {
    const { event, ids } = await certificateEvent(['checkedIn', 'checkedIn']);
    await issueCertificates(event.id);
    const before = await db.certificate.findUniqueOrThrow({ where: { registrationId: ids[0] } });
    await db.$transaction((tx) => anonymiseRegistrations(tx, [ids[0]!], NOW));
    const after = await db.certificate.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({ holderName: '', anonymizedAt: NOW, signature: before.signature });
    expect(await verifyCertificate(before.id)).toMatchObject({
      state: 'anonymised',
      eventTitle: 'Digitale Verwaltung',
    });
    expect(JSON.stringify(await verifyCertificate(before.id))).not.toContain('Größmann');
    expect(await getCertificateDocumentInput(before.id)).toBeNull();
    // The other person's certificate is untouched.
    const other = await db.certificate.findUniqueOrThrow({ where: { registrationId: ids[1] } });
    expect(other.anonymizedAt).toBeNull();
    expect((await verifyCertificate(other.id)).state).toBe('valid');
  });

  it('anonymising an event also reaches certificates whose registration was deleted', async () => {
    const { event, ids } = await certificateEvent(['checkedIn']);
    await issueCertificates(event.id);
    const certificate = await db.certificate.findUniqueOrThrow({ where: { registrationId: ids[0] } });
    await db.registration.delete({ where: { id: ids[0] } });
    expect(await db.$transaction((tx) => anonymiseCertificates(tx, { eventId: event.id }, NOW))).toBe(1);
    expect(await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } })).toMatchObject({
      holderName: '',
      registrationId: null,
      anonymizedAt: NOW,
    });
  });
});

describe('verifyCertificate and getCertificateDocumentInput', () => {
  it('valid with the QR signature, unknown for a forged signature, a changed record or an unknown id, revoked after revoking', async () => {
    const { event, ids } = await certificateEvent(['checkedIn']);
    await issueCertificates(event.id);
    const c = await db.certificate.findUniqueOrThrow({ where: { registrationId: ids[0] } });
    expect(await verifyCertificate(c.id, c.signature)).toMatchObject({
      state: 'valid',
      holderName: 'Frau Prof. Dr. Jürgen-Ülrike Größmann',
      minutes: 360,
    });
    expect(await verifyCertificate(c.id.toLowerCase())).toMatchObject({ state: 'valid' });
    const forged = `${c.signature.slice(0, -2)}${c.signature.endsWith('AA') ? 'BA' : 'AA'}`;
    expect(await verifyCertificate(c.id, forged)).toEqual({ state: 'unknown' });
    expect(await verifyCertificate('ZZZZ-ZZZZ-ZZZZ')).toEqual({ state: 'unknown' });

    const input = await getCertificateDocumentInput(c.id);
    expect(input).toMatchObject({
      id: c.id,
      locale: 'de',
      title: 'Teilnahmebescheinigung',
      signatoryName: 'Dr. Maria Weiß',
    });
    expect(input!.body).toContain('Frau Prof. Dr. Jürgen-Ülrike Größmann');
    expect(input!.body).toContain('6 Zeitstunden');
    expect(input!.venue).toBe('Leipzig');
    expect(input!.verifyUrl).toBe(`http://localhost:3000/verify/${c.id}?s=${c.signature}`);

    await db.certificate.update({ where: { id: c.id }, data: { minutes: 600 } });
    expect(await verifyCertificate(c.id)).toEqual({ state: 'unknown' });
    await db.certificate.update({ where: { id: c.id }, data: { minutes: 360 } });

    await revokeCertificate({ certificateId: c.id, reason: 'Irrtum', actor: 'orga@example.test' });
    const revoked = await verifyCertificate(c.id, c.signature);
    expect(revoked.state).toBe('revoked');
    expect(JSON.stringify(revoked)).not.toContain('Irrtum');
    expect(await getCertificateDocumentInput(c.id)).toBeNull();
  });
});
