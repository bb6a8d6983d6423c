import { describe, expect, it } from 'vitest';
import { sampleEvent, sampleRecipient, sampleRegistration } from '@/lib/mail/sample-data';
import { env } from '@/lib/server/env';
import { composeOrganizerMessageMail } from './organizer-message-mail';

const body =
  'Liebe Teilnehmende,\r\nbitte beachten Sie:\n<script>alert("x")</script> & <b>fett</b>\n\nMehr unter https://example.org/programm.\n\n\nBis bald';
const base = { event: sampleEvent, subject: 'Raumänderung', body, manageToken: sampleRegistration.manageToken };

describe('composeOrganizerMessageMail', async () => {
  const mail = await composeOrganizerMessageMail({ ...base, recipient: sampleRecipient('de') });

  it('puts the organizer subject, the event title and the date in the subject', () => {
    expect(mail.subject).toBe(
      'Raumänderung – 17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung), 2. April 2026',
    );
  });

  it('escapes markup from the body instead of interpreting it', () => {
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>fett</b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;fett&lt;/b&gt;');
  });

  it('turns blank lines into paragraphs, single newlines into line breaks, and URLs into links', () => {
    expect(mail.html).toMatch(/>Liebe Teilnehmende,<br\/>bitte beachten Sie:<br\/>&lt;script&gt;/);
    expect(mail.html).toMatch(/<p[^>]*>Bis bald<\/p>/);
    expect(mail.html).toContain('<a href="https://example.org/programm"');
  });

  it('keeps the body verbatim in the text part, after the salutation and before the manage link', () => {
    const manage = new URL(`/manage/${sampleRegistration.manageToken}`, env.APP_URL).toString();
    expect(mail.text.startsWith(`Sehr geehrte Frau Mustermann,\n\n${body}\n\n`)).toBe(true);
    expect(mail.text.indexOf(manage)).toBeGreaterThan(mail.text.indexOf('Bis bald'));
    expect(mail.html).toContain('Sehr geehrte Frau Mustermann,');
    expect(mail.html).toContain(`href="${manage}"`);
  });

  it('frames the message in English for English registrations', async () => {
    const en = await composeOrganizerMessageMail({ ...base, recipient: sampleRecipient('en') });
    expect(en.subject).toBe(
      'Raumänderung – 17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung), 2 April 2026',
    );
    expect(en.text.startsWith('Dear Ms Doe,\n\n')).toBe(true);
    expect(en.text).toContain('View, change or cancel your registration');
  });
});
