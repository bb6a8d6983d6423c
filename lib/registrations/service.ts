import { randomUUID } from 'node:crypto';
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

/**
 * Registers one person for an event. Seat and row are written by ONE statement: the conditional
 * counter UPDATE decides the status, so two requests for the last seat cannot both get it, and the
 * event row is locked only for that statement (no read-then-write, no interactive transaction).
 */
export async function createRegistration(
  slug: string,
  input: RegistrationInput,
  options: CreateRegistrationOptions = {},
): Promise<CreatedRegistration> {
  const now = options.now ?? new Date();
  const { consents: _consents, newsletter, answers, ...f } = input;
  const event = await db.event.findFirst({
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
  const row = {
    id: randomUUID(),
    ticketCode: generateTicketCode(),
    manageToken: generateLinkToken(),
    newsletterToken: newsletter ? generateLinkToken() : null,
  };
  try {
    const [created] = await db.$queryRaw<{ status: 'confirmed' | 'waitlisted' }[]>`
      WITH seat AS (
        UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1
        WHERE id = ${event.id} AND ("capacity" IS NULL OR "confirmedCount" < "capacity")
        RETURNING id
      )
      INSERT INTO "Registration" (
        id, "eventId", "ticketCode", "manageToken", status, salutation, title, "firstName", "lastName", email,
        organization, position, sector, state, locale, source, "privacyConsentVersion", "privacyConsentAt",
        answers, "newsletterRequestedAt", "newsletterToken", "createdAt", "updatedAt"
      )
      SELECT ${row.id}, ${event.id}, ${row.ticketCode}, ${row.manageToken},
        (CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'confirmed' ELSE 'waitlisted' END)::"RegistrationStatus",
        ${f.salutation ?? null}, ${f.title ?? null}, ${f.firstName}, ${f.lastName}, ${f.email},
        ${f.organization ?? null}, ${f.position ?? null}, ${f.sector ?? null}, ${f.state ?? null},
        ${options.locale ?? 'de'}, ${options.source ?? 'form'}, ${PRIVACY_CONSENT_VERSION}, ${now},
        ${JSON.stringify(answers)}::jsonb, ${newsletter ? now : null}, ${row.newsletterToken}, ${now}, ${now}
      WHERE EXISTS (SELECT 1 FROM seat) OR ${event.waitlistEnabled}
      RETURNING status::text AS status`;
    if (!created) throw new AppError('EVENT_FULL', 'Die Veranstaltung ist ausgebucht.');
    return { ...row, status: created.status, email: f.email, eventId: event.id };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('ALREADY_REGISTERED', 'Mit dieser E-Mail-Adresse besteht bereits eine Anmeldung.');
    }
    throw error;
  }
}

// Raw statements report a unique violation as P2010 with the Postgres code, typed queries as P2002.
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === 'P2002' || (error.code === 'P2010' && /23505|unique/i.test(JSON.stringify(error.meta ?? {}) + error.message));
}
