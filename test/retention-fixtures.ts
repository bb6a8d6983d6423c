import { createQuestion } from '@/lib/questions/service';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';

const DAY = 24 * 60 * 60 * 1000;

/**
 * An event that ended on `endsAt`, with a free-text and a choice question, and registrations made a month before it
 * (through the real service, so they have outbox mails). Tests use dates around 2000, far from every other test's events.
 */
export async function pastEventWithRegistrations(
  endsAt: Date,
  people: { email?: string; newsletter?: boolean }[],
  retentionDays = 180,
) {
  const event = await createTestEvent({
    startsAt: new Date(endsAt.getTime() - 8 * 60 * 60 * 1000),
    endsAt,
    retentionDays,
  });
  const text = await createQuestion(event.id, { type: 'text', labelDe: 'Anmerkungen' });
  const choice = await createQuestion(event.id, {
    type: 'singleChoice',
    labelDe: 'Mittagessen',
    options: [
      { value: 'veg', de: 'vegetarisch' },
      { value: 'meat', de: 'mit Fleisch' },
    ],
  });
  const registrations = [];
  for (const person of people) {
    const input = registrationInput({
      ...(person.email ? { email: person.email } : {}),
      newsletter: person.newsletter ?? false,
      position: 'Leitung',
      salutation: 'Frau',
      title: 'Dr.',
    });
    const created = await createRegistration(event, input, { now: new Date(endsAt.getTime() - 30 * DAY) });
    await db.registration.update({
      where: { id: created.id },
      data: { answers: { [text.id]: 'Ich komme mit dem Rad.', [choice.id]: 'veg' } },
    });
    registrations.push(created.id);
  }
  return { event, registrations, questions: { text: text.id, choice: choice.id } };
}
