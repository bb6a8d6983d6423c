import { describe, expect, it } from 'vitest';
import { sampleEvent, sampleRecipient } from '@/lib/mail/sample-data';
import { composeNewsletterConfirmationMail } from './newsletter-confirmation-mail';

const confirmUrl = 'http://localhost:3000/newsletter/token-123';

describe('composeNewsletterConfirmationMail', () => {
  it('asks to confirm with the link, naming event and date in the subject', async () => {
    const mail = await composeNewsletterConfirmationMail({
      recipient: sampleRecipient('de'),
      event: sampleEvent,
      confirmUrl,
    });
    expect(mail.subject).toBe(
      'Bitte bestätigen: Newsletter (17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung) – 2. April 2026)',
    );
    expect(mail.html).toContain(`href="${confirmUrl}"`);
    expect(mail.text).toContain(confirmUrl);
    expect(mail.text).toContain('Sehr geehrte Frau Mustermann,');
    expect(mail.attachments).toEqual([]);
  });

  it('uses English copy and date for English registrations', async () => {
    const mail = await composeNewsletterConfirmationMail({
      recipient: sampleRecipient('en'),
      event: sampleEvent,
      confirmUrl,
    });
    expect(mail.subject).toMatch(/^Please confirm: newsletter \(.* – 2 April 2026\)$/);
    expect(mail.text).toContain('Confirm newsletter subscription');
  });
});
