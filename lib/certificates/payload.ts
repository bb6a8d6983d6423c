import { EVENT_TIME_ZONE } from '@/lib/format';

/** Marks the payload format; a new layout gets a new version, old certificates keep verifying with theirs. */
export const CERTIFICATE_PAYLOAD_VERSION = 'tb-cert-1';

/** The facts a certificate states, frozen at issue time. */
export interface CertificateFacts {
  id: string;
  holderName: string;
  eventTitle: string;
  eventStartsAt: Date;
  eventEndsAt: Date;
  minutes: number;
  sessions: string[];
  issuedAt: Date;
}

const calendarDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The signed text: compact JSON (UTF-8, keys in exactly this order, no spaces, as JSON.stringify writes it).
 * Dates are the event's calendar days in Europe/Berlin (YYYY-MM-DD); issuedAt is ISO 8601 UTC with milliseconds.
 * Documented in the README so anyone can rebuild it from the verify page and check the signature offline.
 */
export function certificatePayload(facts: CertificateFacts): string {
  return JSON.stringify({
    v: CERTIFICATE_PAYLOAD_VERSION,
    id: facts.id,
    holder: facts.holderName,
    event: facts.eventTitle,
    from: calendarDay.format(facts.eventStartsAt),
    to: calendarDay.format(facts.eventEndsAt),
    minutes: facts.minutes,
    sessions: facts.sessions,
    issuedAt: facts.issuedAt.toISOString(),
  });
}
