import { describe, expect, it } from 'vitest';
import { composeSignInMail } from './sign-in-mail';

describe('composeSignInMail', () => {
  it('carries the magic link and its validity in German', async () => {
    const url = 'http://localhost:3000/api/auth/callback/email?token=abc&email=a%40b.de';
    const mail = await composeSignInMail({ url, validMinutes: 15 });
    expect(mail.subject).toBe('Ihr Anmeldelink für das Tagungsbüro');
    expect(mail.html).toMatch(/<html[^>]* lang="de"/);
    expect(mail.html).toContain(`href="${url.replace('&', '&amp;')}"`);
    expect(mail.text).toContain(url);
    expect(mail.text).toContain('15 Minuten gültig');
    expect(mail.attachments).toEqual([]);
  });
});
