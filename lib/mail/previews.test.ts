import { describe, expect, it } from 'vitest';
import { findMailPreview, mailPreviews } from './previews';

describe('mailPreviews', () => {
  it('has unique, URL-safe ids and covers every mail', () => {
    const ids = mailPreviews.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    for (const id of [
      'confirmation-de',
      'confirmation-en',
      'waitlist',
      'promotion',
      'cancellation',
      'reminder',
      'newsletter',
      'organizer-message',
      'sign-in',
    ]) {
      expect(findMailPreview(id)?.id).toBe(id);
    }
  });

  it.each(mailPreviews.map((p) => [p.id, p] as const))(
    '%s composes without throwing, with subject, HTML and text',
    async (_id, preview) => {
      const mail = await preview.compose();
      expect(mail.subject.length).toBeGreaterThan(0);
      expect(mail.html).toContain('</html>');
      expect(mail.text.trim().length).toBeGreaterThan(0);
    },
  );

  it.each(mailPreviews.map((p) => [p.id, p] as const))(
    '%s links Impressum and Datenschutz absolutely, in the HTML and in the text part',
    async (_id, preview) => {
      const mail = await preview.compose();
      for (const path of ['/impressum', '/datenschutz']) {
        expect(mail.html).toContain(`href="http://localhost:3000${path}"`);
        expect(mail.text).toContain(`http://localhost:3000${path}`);
      }
    },
  );

  it("names the legal pages in the mail's language", async () => {
    const en = await findMailPreview('confirmation-en')?.compose();
    const de = await findMailPreview('confirmation-de')?.compose();
    expect(en?.text).toContain('Privacy policy http://localhost:3000/datenschutz');
    expect(de?.text).toContain('Datenschutzerklärung http://localhost:3000/datenschutz');
  });
});
