import type { RegistrationState } from '@/lib/events/registration-state';
import { acceptsRegistrations } from '@/lib/events/registration-state';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';

export type BadgeTone = 'success' | 'warning' | 'danger' | 'neutral';

export interface StatusBadge {
  label: string;
  tone: BadgeTone;
}

/** The short registration status shown as a badge on event cards and the event page. */
export function registrationBadge(state: RegistrationState, locale: Locale = 'de'): StatusBadge {
  const t = getDictionary(locale).status;
  if (state.isPast) return { label: t.past, tone: 'neutral' };
  switch (state.status) {
    case 'open':
      // Hybrid: the places of both modes added up would mislead; the event page lists them per mode.
      if (state.remaining === null || state.modes.length > 1) return { label: t.open, tone: 'success' };
      if (state.remaining === 1) return { label: t.openOnePlace, tone: 'success' };
      return { label: fill(t.openPlaces, { n: formatNumber(state.remaining, locale) }), tone: 'success' };
    case 'waitlist':
      return { label: t.waitlist, tone: 'warning' };
    case 'full':
      return { label: t.full, tone: 'danger' };
    case 'invitationOnly':
      return { label: t.invitationOnly, tone: 'neutral' };
    case 'closed':
      if (state.reason === 'notYetOpen' && state.opensAt) {
        return { label: fill(t.opensAt, { date: formatDateTime(state.opensAt, locale) }), tone: 'neutral' };
      }
      return { label: t.closed, tone: 'neutral' };
  }
}

export interface RegistrationNotice {
  /** Whether the "register now" link is offered. */
  canRegister: boolean;
  /** Sentences explaining the state, in the visitor's language. */
  lines: string[];
}

/** The longer explanation on the event page: places left, or why registration is not possible. */
export function registrationNotice(
  state: RegistrationState,
  startsAt: Date,
  locale: Locale = 'de',
): RegistrationNotice {
  const t = getDictionary(locale).event;
  const canRegister = acceptsRegistrations(state);
  if (state.isPast) return { canRegister, lines: [fill(t.pastInfo, { date: formatDate(startsAt, locale) })] };
  switch (state.status) {
    case 'open':
      return {
        canRegister,
        lines: [
          state.modes.length > 1
            ? t.hybridInfo
            : state.remaining === null || state.capacity === null
              ? t.noCapacityLimit
              : fill(t.placesLeft, {
                  n: formatNumber(state.remaining, locale),
                  capacity: formatNumber(state.capacity, locale),
                }),
        ],
      };
    case 'waitlist':
      return { canRegister, lines: [t.waitlistInfo] };
    case 'full':
      return { canRegister, lines: [t.fullInfo] };
    case 'invitationOnly':
      return { canRegister, lines: [t.invitationOnlyInfo] };
    case 'closed':
      if (state.reason === 'notYetOpen' && state.opensAt) {
        return { canRegister, lines: [fill(t.notYetOpen, { date: formatDateTime(state.opensAt, locale) })] };
      }
      if (state.reason === 'past') return { canRegister, lines: [t.startedInfo] };
      return { canRegister, lines: [t.windowClosedInfo] };
  }
}
