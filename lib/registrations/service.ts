import { AppError } from '@/lib/errors';
import { acceptsRegistrations, getRegistrationState } from '@/lib/events/registration-state';
import type { Locale } from '@/lib/i18n/config';
import { db } from '@/lib/server/db';
import { countRegistrationOutcome } from '@/lib/server/observability/metrics';
import { PRIVACY_CONSENT_VERSION } from './consent';
import type { RegistrationEvent } from './queries';
import type { RegistrationInput } from './schema';
import { type SeatStatus, takeSeat } from './seats';

export interface CreateRegistrationOptions {
  locale?: Locale;
  source?: 'form' | 'api';
  now?: Date;
  /** The browser's form token, used up by the seat statement (see takeSeat). */
  formTokenMac?: string;
}

export interface CreatedRegistration {
  id: string;
  status: SeatStatus;
  /** This registration took the last seat: the public event page now shows the event as full. */
  filledLastSeat: boolean;
  ticketCode: string;
  email: string;
  eventId: string;
  manageToken: string;
  newsletterToken: string | null;
}

/**
 * Registers one person for an event (form and API, through submitRegistration). The registration window is
 * checked here; seat, row and mails are the core's one statement (lib/registrations/seats.ts), so two requests
 * for the last seat cannot both get it and a stored registration always has its confirmation in the outbox.
 */
export async function createRegistration(
  event: RegistrationEvent,
  input: RegistrationInput,
  options: CreateRegistrationOptions = {},
): Promise<CreatedRegistration> {
  const now = options.now ?? new Date();
  const state = getRegistrationState(event, now);
  if (!acceptsRegistrations(state) && state.status !== 'full') {
    throw new AppError('REGISTRATION_CLOSED', 'registrationClosed');
  }
  const { newsletter, consents: _consents, ...person } = input;
  const source = options.source ?? 'form';
  const seat = await countRegistrationOutcome(
    source,
    takeSeat(
      // Autocommitted on purpose: the event row is locked only while Postgres runs this one statement.
      db,
      {
        event,
        person,
        source,
        guestType: 'attendee',
        locale: options.locale ?? 'de',
        privacyConsentVersion: PRIVACY_CONSENT_VERSION,
        newsletter,
        mail: true,
        formTokenMac: options.formTokenMac,
        now,
      },
    ),
  );
  return { ...seat, email: person.email, eventId: event.id };
}
