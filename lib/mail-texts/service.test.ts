import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { composeOutboxMail } from '@/lib/mail/outbox-compose';
import { cancelRegistration } from '@/lib/registrations/cancellation';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { copyMailTexts, saveMailText } from './service';

async function composeQueued(registrationId: string, kind: 'confirmation' | 'cancellation') {
  const row = await db.outboxMail.findFirstOrThrow({
    where: { registrationId, kind },
    select: { kind: true, recipient: true, registrationId: true, organizerMessageId: true, variant: true },
  });
  const composed = await composeOutboxMail(row);
  if ('skip' in composed) throw new Error(composed.skip);
  return composed.mail;
}

describe('mail text overrides', () => {
  it('word the confirmation in its language, with placeholders filled and markup escaped', async () => {
    const event = await createTestEvent({ title: 'Texttest' });
    await saveMailText(event.id, {
      kind: 'confirmation',
      locale: 'de',
      subject: 'Sie sind dabei: {veranstaltung} am {datum}',
      body: 'schön, dass Sie kommen, {vorname}!\n\n**Wichtig:** [Ihre Anmeldung]({link}) <script>x</script>',
    });
    const person = registrationInput({ salutation: 'Frau', title: 'Dr.', firstName: '<b>Eva</b>', lastName: 'Roth' });
    const de = await createRegistration(event, person);
    const mail = await composeQueued(de.id, 'confirmation');
    expect(mail.subject).toMatch(/^Sie sind dabei: Texttest am \w+, \d+\. /);
    // The salutation line stays automatic and comes first.
    expect(mail.text).toContain('Sehr geehrte Frau Dr. Roth,');
    expect(mail.text).toContain('schön, dass Sie kommen, <b>Eva</b>!');
    expect(mail.html).toContain('&lt;b&gt;Eva&lt;/b&gt;');
    expect(mail.html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toMatch(/<strong>Wichtig:<\/strong>/);
    expect(mail.html).toContain(`/manage/${de.manageToken}`);
    expect(mail.text).not.toContain('vielen Dank für Ihre Anmeldung');

    // An English registration keeps the English default.
    const en = await createRegistration(event, registrationInput(), { locale: 'en' });
    const english = await composeQueued(en.id, 'confirmation');
    expect(english.subject).not.toContain('Sie sind dabei');
    expect(english.text).toContain('thank you for registering');
  });

  it('an empty override means the default again', async () => {
    const event = await createTestEvent();
    await saveMailText(event.id, { kind: 'cancellation', locale: 'de', subject: 'Eigener Betreff', body: '' });
    expect(await saveMailText(event.id, { kind: 'cancellation', locale: 'de', subject: '', body: '' })).toBe('reset');
    expect(await db.eventMailText.count({ where: { eventId: event.id } })).toBe(0);
    const r = await createRegistration(event, registrationInput());
    await cancelRegistration(r.id, 'attendee');
    expect((await composeQueued(r.id, 'cancellation')).subject).toMatch(/^Stornierung bestätigt: /);
  });

  it('keeps the automatic outcome sentence under an own cancellation text', async () => {
    const event = await createTestEvent();
    await saveMailText(event.id, { kind: 'cancellation', locale: 'de', subject: '', body: 'schade, {vorname}.' });
    const r = await createRegistration(event, registrationInput({ firstName: 'Ole' }));
    await cancelRegistration(r.id, 'attendee');
    const mail = await composeQueued(r.id, 'cancellation');
    expect(mail.text).toContain('schade, Ole.');
    expect(mail.text).toContain('Ihr Platz ist wieder frei');
  });

  it('refuses unknown placeholders and writes nothing', async () => {
    const event = await createTestEvent();
    const error = await saveMailText(event.id, {
      kind: 'reminder',
      locale: 'en',
      subject: '',
      body: 'Dear {anrede}',
    }).catch((e: unknown) => e);
    expect(isAppError(error, 'INVALID_INPUT')).toBe(true);
    expect(await db.eventMailText.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('are copied to a duplicated event', async () => {
    const from = await createTestEvent();
    const to = await createTestEvent();
    await saveMailText(from.id, { kind: 'reminder', locale: 'en', subject: 'See you, {firstName}', body: '' });
    await db.$transaction((tx) => copyMailTexts(tx, from.id, to.id));
    expect(
      await db.eventMailText.findMany({ where: { eventId: to.id }, select: { kind: true, subject: true } }),
    ).toEqual([{ kind: 'reminder', subject: 'See you, {firstName}' }]);
  });
});
