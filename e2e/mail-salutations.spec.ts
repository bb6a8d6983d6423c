import { expect, test } from '@playwright/test';
import { apiHeaders } from './fixtures/clients';
import { createE2eEvent } from './fixtures/events';
import { uniqueAttendee } from './fixtures/factories';
import { waitForMail } from './fixtures/mailbox';

// Every Anrede × Titel in both languages, registered through the public API and read back from the SMTP sink:
// the greeting of the confirmation mail really sent, in its text and its HTML part.
const ANREDEN = ['Frau', 'Herr', 'Divers', null] as const;
const TITLES = [null, 'Dr.', 'Prof. Dr.'] as const;

function expected(lang: 'de' | 'en', anrede: string | null, title: string | null, first: string, last: string) {
  if (lang === 'de') {
    const name = [title, last].filter(Boolean).join(' ');
    if (anrede === 'Frau') return `Sehr geehrte Frau ${name},`;
    if (anrede === 'Herr') return `Sehr geehrter Herr ${name},`;
    return `Guten Tag ${[title, first, last].filter(Boolean).join(' ')},`;
  }
  if (title === 'Prof. Dr.') return `Dear Professor ${last},`;
  if (title === 'Dr.') return `Dear Dr ${last},`;
  if (anrede === 'Frau') return `Dear Ms ${last},`;
  if (anrede === 'Herr') return `Dear Mr ${last},`;
  return `Dear ${first} ${last},`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test.describe('salutations in the mails really sent', () => {
  for (const lang of ['de', 'en'] as const) {
    test(`every Anrede × Titel greets correctly (${lang})`, async ({ request }) => {
      const event = await createE2eEvent();
      const people = [];
      for (const anrede of ANREDEN) {
        for (const title of TITLES) {
          const person = uniqueAttendee();
          const response = await request.post(`/api/v1/events/${event.slug}/registrations`, {
            headers: { ...apiHeaders(), 'Accept-Language': lang },
            data: {
              ...person,
              ...(anrede ? { salutation: anrede } : {}),
              ...(title ? { title } : {}),
              consents: { privacy: true },
            },
          });
          expect(response.status(), await response.text()).toBe(201);
          people.push({ ...person, anrede, title });
        }
      }
      for (const p of people) {
        const mail = await waitForMail(p.email, (m) => m.subject.includes(event.title));
        const line = expected(lang, p.anrede, p.title, p.firstName, p.lastName);
        expect(mail.text, `${p.anrede} / ${p.title}`).toContain(`\n${line}\n`);
        expect(mail.html || '', `${p.anrede} / ${p.title}`).toContain(escapeHtml(line));
        expect(mail.text).not.toContain(lang === 'de' ? 'Dear ' : 'Guten Tag');
        // The footer links the legal pages in the mail's language.
        expect(mail.text).toMatch(/\/impressum/);
        expect(mail.text).toMatch(/\/datenschutz/);
      }
    });
  }
});
