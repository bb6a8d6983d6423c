import { AppError } from '@/lib/errors';
import { acceptsRegistrations, getRegistrationState } from '@/lib/events/registration-state';
import type { Locale } from '@/lib/format';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { PRIVACY_CONSENT_VERSION } from './consent';
import type { RegistrationInput } from './schema';
import { generateTicketCode } from './ticket-code';
import { generateLinkToken } from './tokens';

export interface CreateRegistrationOptions {
  locale?: Locale;
  source?: 'form' | 'api';
  now?: Date;
}

export interface CreatedRegistration {
  id: string;
  status: 'confirmed' | 'waitlisted';
  ticketCode: string;
  email: string;
  eventId: string;
  manageToken: string;
  newsletterToken: string | null;
}

/** Registers one person for an event in one transaction; the seat is taken with a conditional UPDATE. */
export async function createRegistration(
  slug: string,
  input: RegistrationInput,
  options: CreateRegistrationOptions = {},
): Promise<CreatedRegistration> {
  const now = options.now ?? new Date();
  const { consents: _consents, newsletter, answers, ...fields } = input;
  try {
    return await db.$transaction(async (tx) => {
      const event = await tx.event.findFirst({
        where: { slug, published: true },
        select: {
          id: true, capacity: true, confirmedCount: true, waitlistEnabled: true,
          registrationOpensAt: true, registrationClosesAt: true, startsAt: true, endsAt: true,
        },
      });
      if (!event) throw new AppError('NOT_FOUND', 'Veranstaltung nicht gefunden.');
      const state = getRegistrationState(event, now);
      if (!acceptsRegistrations(state) && state.status !== 'full') {
        throw new AppError('REGISTRATION_CLOSED', 'Die Anmeldung für diese Veranstaltung ist geschlossen.');
      }
      // The counter, not a read, decides: two requests for the last seat cannot both match this WHERE.
      const seated = await tx.$executeRaw`
        UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1
        WHERE id = ${event.id} AND ("capacity" IS NULL OR "confirmedCount" < "capacity")`;
      if (seated === 0 && !event.waitlistEnabled) {
        throw new AppError('EVENT_FULL', 'Die Veranstaltung ist ausgebucht.');
      }
      const status = seated === 1 ? 'confirmed' : 'waitlisted';
      const registration = await tx.registration.create({
        data: {
          eventId: event.id,
          ticketCode: generateTicketCode(),
          manageToken: generateLinkToken(),
          status,
          ...fields,
          answers: answers as Prisma.InputJsonObject,
          newsletterRequestedAt: newsletter ? now : null,
          newsletterToken: newsletter ? generateLinkToken() : null,
          locale: options.locale ?? 'de',
          source: options.source ?? 'form',
          privacyConsentVersion: PRIVACY_CONSENT_VERSION,
          privacyConsentAt: now,
        },
        select: { id: true, status: true, ticketCode: true, email: true, eventId: true, manageToken: true, newsletterToken: true },
      });
      return { ...registration, status };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('ALREADY_REGISTERED', 'Mit dieser E-Mail-Adresse besteht bereits eine Anmeldung.');
    }
    throw error;
  }
}
