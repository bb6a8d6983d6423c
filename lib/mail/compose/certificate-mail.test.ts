import { describe, expect, it } from 'vitest';
import { composeOutboxMail } from '@/lib/mail/outbox-compose';
import { db } from '@/lib/server/db';
import { addAttendee, addCertificate, createCertificateEvent } from '@/test/certificate-delivery-fixtures';

const row = (registrationId: string) => ({
  kind: 'certificate' as const,
  recipient: 'ignored@example.test',
  registrationId,
  organizerMessageId: null,
  variant: null,
});

async function composed(registrationId: string) {
  const result = await composeOutboxMail(row(registrationId));
  if ('skip' in result) throw new Error(result.skip);
  return result;
}

describe('the certificate mail', () => {
  it('greets formally in German and attaches the PDF under an ASCII name', async () => {
    const event = await createCertificateEvent();
    const r = await addAttendee(event.id, { checkedIn: true });
    await addCertificate(r.id);
    const { to, mail } = await composed(r.id);
    expect(to).toBe(r.email);
    expect(mail.subject).toContain('Ihre Teilnahmebescheinigung – Testveranstaltung');
    expect(mail.text).toContain(`Sehr geehrte Frau Dr. ${r.lastName},`);
    expect(mail.text).toContain(`/manage/${r.manageToken}`);
    expect(mail.attachments).toHaveLength(1);
    const pdf = mail.attachments[0];
    if (!pdf) throw new Error('no attachment');
    expect(pdf.filename).toMatch(/^Teilnahmebescheinigung-Frau-Dr-Joerdis-Groessmann-[0-9a-f]+\.pdf$/);
    expect(pdf.contentType).toBe('application/pdf');
    expect((pdf.content as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("is written in the person's language", async () => {
    const event = await createCertificateEvent();
    const r = await addAttendee(event.id, { checkedIn: true, locale: 'en' });
    await addCertificate(r.id);
    const { mail } = await composed(r.id);
    expect(mail.subject).toContain('Your certificate of attendance');
    expect(mail.text).toContain(`Dear Dr ${r.lastName},`);
    expect(mail.attachments[0]?.filename).toMatch(/^Certificate-of-attendance-[A-Za-z0-9-]+\.pdf$/);
  });

  it('is skipped when the certificate was revoked, never issued, or the registration cancelled', async () => {
    const event = await createCertificateEvent();
    const revoked = await addAttendee(event.id, { checkedIn: true });
    await addCertificate(revoked.id, { revoked: true });
    const none = await addAttendee(event.id, { checkedIn: true });
    const cancelled = await addAttendee(event.id, { checkedIn: true });
    await addCertificate(cancelled.id);
    await db.registration.update({ where: { id: cancelled.id }, data: { status: 'cancelled' } });

    expect(await composeOutboxMail(row(revoked.id))).toEqual({ skip: 'Die Teilnahmebescheinigung wurde widerrufen.' });
    expect(await composeOutboxMail(row(none.id))).toEqual({ skip: 'Keine Teilnahmebescheinigung ausgestellt.' });
    expect(await composeOutboxMail(row(cancelled.id))).toEqual({ skip: 'Die Anmeldung wurde inzwischen storniert.' });
  });
});
