import { randomBytes } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { registrationSchema, type RegistrationFormValues, type RegistrationInput } from '@/lib/registrations/schema';

const unique = () => randomBytes(5).toString('hex');
const DAY = 24 * 60 * 60 * 1000;

/** An open event with a unique slug, starting in 30 days. */
export async function createTestEvent(overrides: Partial<Prisma.EventCreateInput> = {}) {
  const startsAt = new Date(Date.now() + 30 * DAY);
  return db.event.create({
    data: {
      slug: `test-event-${unique()}`,
      title: 'Testveranstaltung',
      description: 'Eine Veranstaltung für Tests.',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 60 * 60 * 1000),
      venueName: 'HTWK Leipzig',
      venueAddress: 'Karl-Liebknecht-Straße 132\n04277 Leipzig',
      capacity: 100,
      ...overrides,
    },
  });
}

/** Valid registration input with a unique e-mail address. */
export function registrationInput(overrides: Partial<RegistrationFormValues> = {}): RegistrationInput {
  return registrationSchema.parse({
    firstName: 'Erika',
    lastName: 'Müller',
    email: `erika.${unique()}@example.test`,
    organization: 'Stadtverwaltung Leipzig',
    consents: { privacy: true },
    ...overrides,
  });
}
