import { describe, expect, it } from 'vitest';
import { composeOutboxMail } from '@/lib/mail/outbox-compose';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';

async function composedConfirmation(registrationId: string) {
  const row = await db.outboxMail.findFirstOrThrow({
    where: { registrationId, kind: 'confirmation' },
    select: { kind: true, recipient: true, registrationId: true, organizerMessageId: true, variant: true },
  });
  const composed = await composeOutboxMail(row);
  if ('skip' in composed) throw new Error(composed.skip);
  return composed.mail;
}

const icsText = (mail: { attachments: { filename?: unknown; content?: unknown }[] }) =>
  String(mail.attachments.find((a) => String(a.filename).endsWith('.ics'))?.content ?? '');

describe('composeOutboxMail', () => {
  it("names the event in the recipient's language, English where the organizer gave it", async () => {
    const event = await createTestEvent({ title: 'Fachtagung Verwaltung', titleEn: 'Administration Symposium' });
    const en = await createRegistration(event, registrationInput(), { locale: 'en' });
    const de = await createRegistration(event, registrationInput());

    const english = await composedConfirmation(en.id);
    expect(english.subject).toContain('Administration Symposium');
    expect(english.text).not.toContain('Fachtagung Verwaltung');
    expect(icsText(english)).toContain('Administration Symposium');

    const german = await composedConfirmation(de.id);
    expect(german.subject).toContain('Fachtagung Verwaltung');
    expect(german.text).not.toContain('Administration Symposium');
  });

  it('falls back to the German title when there is no English one', async () => {
    const event = await createTestEvent({ title: 'Nur deutscher Titel' });
    const en = await createRegistration(event, registrationInput(), { locale: 'en' });
    expect((await composedConfirmation(en.id)).subject).toContain('Nur deutscher Titel');
  });
});
