import { AppError } from '@/lib/errors';
import { getRegistrationState } from '@/lib/events/registration-state';
import type { Locale } from '@/lib/i18n/config';
import { db } from '@/lib/server/db';
import { countRegistrationOutcome } from '@/lib/server/observability/metrics';
import { PRIVACY_CONSENT_VERSION } from './consent';
import { getInvitationSeatOrThrow } from './invitation-seat';
import type { AttendanceMode } from '@/lib/events/modes';
import type { RegistrationEvent } from './queries';
import { checkSessionChoice, getChoosableSessions, resolveMode } from './session-choice';
import type { SessionBookingState } from './session-bookings';
import type { RegistrationInput } from './schema';
import { type EntryStatus, takeSeat } from './seats';

export interface CreateRegistrationOptions {
  locale?: Locale;
  source?: 'form' | 'api';
  now?: Date;
  /** The browser's form token, used up by the seat statement (see takeSeat). */
  formTokenMac?: string;
  /** A personal invitation's token: the invitee pool, the invited address, no approval, usable once. */
  invitationToken?: string;
}

export interface CreatedRegistration {
  id: string;
  /** `pending` where the organizers approve registrations: no seat yet. */
  status: EntryStatus;
  /** The seat came from the invitees' contingent. */
  contingentSeat: boolean;
  /** This registration took the last seat: the public event page now shows the event as full. */
  filledLastSeat: boolean;
  ticketCode: string;
  email: string;
  eventId: string;
  manageToken: string;
  newsletterToken: string | null;
  mode: AttendanceMode;
  /** The chosen sessions: confirmed (a place) or waitlisted (the session's list, or no event seat yet). */
  sessions: SessionBookingState[];
  /** The personal join link's token (online); null on site. */
  joinToken: string | null;
  /** A booking took the last place of a session (the public event page re-renders). */
  filledSession: boolean;
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
  // "full" still registers: the waiting list, or (invitees) a seat the public pool does not see.
  if (state.status === 'closed') throw new AppError('REGISTRATION_CLOSED', 'registrationClosed');
  const invitation =
    options.invitationToken === undefined ? null : await getInvitationSeatOrThrow(event.id, options.invitationToken);
  if (state.status === 'invitationOnly' && !invitation) throw new AppError('REGISTRATION_CLOSED', 'invitationOnly');
  const { newsletter, consents: _consents, mode: askedMode, sessions: chosen, ...entered } = input;
  // Checked before anything is written: a wrong choice is a 400 at its field.
  const mode = resolveMode(event.attendanceFormat, askedMode);
  if (chosen.length > 0 || (event.sessionChoice === 'required' && mode === 'onsite')) {
    const bookable = event.bookableSessions ?? (await getChoosableSessions(db, event.id));
    checkSessionChoice(event, mode, bookable, chosen);
  }
  // The invited address is locked: the form shows it read-only, and an API body cannot swap it.
  const person = invitation ? { ...entered, email: invitation.email } : entered;
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
        invitation: invitation ?? undefined,
        pending: event.approvalRequired && !invitation,
        mode,
        sessions: chosen,
        now,
      },
    ),
  );
  const { bookings, ...rest } = seat;
  return { ...rest, sessions: bookings, email: person.email, eventId: event.id };
}
