import { describe, expect, it, vi } from 'vitest';
import { composeOutboxMail } from '@/lib/mail/outbox-compose';
import { db } from '@/lib/server/db';
import { addAttendee, addCertificate, createCertificateEvent } from '@/test/certificate-delivery-fixtures';

// The PDF itself is the document branch's; the mail only has to attach what it renders.
const FAKE_PDF = Buffer.from('%PDF-1.7 fake certificate');
vi.mock('@/lib/certificates/document', () => ({ renderCertificatePdf: vi.fn(async () => FAKE_PDF) }));
vi.mock('@/lib/certificates/load', () => ({
  getCertificateDocumentInput: vi.fn(async (id: string) => ({ id, locale: 'de' })),
}));

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
    await addCertificate(event.id, r.id);
    const { to, mail } = await composed(r.id);
    expect(to).toBe(r.email);
    expect(mail.subject).toContain('Ihre Teilnahmebescheinigung – Testveranstaltung');
    expect(mail.text).toContain(`Sehr geehrte Frau Dr. ${r.lastName},`);
    expect(mail.text).toContain(`/manage/${r.manageToken}`);
    expect(mail.attachments).toEqual([
      {
        filename: 'Teilnahmebescheinigung-Dr-Joerdis-Groessmann.pdf',
        content: FAKE_PDF,
        contentType: 'application/pdf',
      },
    ]);
  });

  it("is written in the person's language", async () => {
    const event = await createCertificateEvent();
    const r = await addAttendee(event.id, { checkedIn: true, locale: 'en' });
    await addCertificate(event.id, r.id);
    const { mail } = await composed(r.id);
    expect(mail.subject).toContain('Your certificate of attendance');
    expect(mail.text).toContain(`Dear Dr ${r.lastName},`);
    expect(mail.attachments[0]?.filename).toBe('Certificate-of-attendance-Dr-Joerdis-Groessmann.pdf');
  });

  it('is skipped when the certificate was revoked, never issued, or the registration cancelled', async () => {
    const event = await createCertificateEvent();
    const revoked = await addAttendee(event.id, { checkedIn: true });
    await addCertificate(event.id, revoked.id, { revoked: true });
    const none = await addAttendee(event.id, { checkedIn: true });
    const cancelled = await addAttendee(event.id, { checkedIn: true });
    await addCertificate(event.id, cancelled.id);
    await db.registration.update({ where: { id: cancelled.id }, data: { status: 'cancelled' } });

    expect(await composeOutboxMail(row(revoked.id))).toEqual({ skip: 'Die Teilnahmebescheinigung wurde widerrufen.' });
    expect(await composeOutboxMail(row(none.id))).toEqual({ skip: 'Keine Teilnahmebescheinigung ausgestellt.' });
    expect(await composeOutboxMail(row(cancelled.id))).toEqual({ skip: 'Die Anmeldung wurde inzwischen storniert.' });
  });
});
