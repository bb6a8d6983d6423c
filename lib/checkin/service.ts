import { AppError } from '@/lib/errors';
import { EVENT_TIME_ZONE } from '@/lib/format';
import { normalizeTicketCode } from '@/lib/registrations/ticket-code';
import { db } from '@/lib/server/db';

export type CheckinKind = 'checked_in' | 'already_checked_in' | 'cancelled' | 'waitlisted' | 'unknown_code' | 'wrong_event';

export interface CheckinAttendee {
  id: string;
  firstName: string;
  lastName: string;
  title: string | null;
  organization: string | null;
  checkedInAt: Date | null;
}

export interface CheckinResult {
  kind: CheckinKind;
  attendee?: CheckinAttendee;
  otherEventTitle?: string;
}

/** What the door screen shows for a result: tone picks the colour, symbol and text carry the same meaning. */
export interface CheckinDisplay {
  tone: 'success' | 'warning' | 'danger';
  symbol: '✓' | '!' | '✕';
  headline: string;
  name?: string;
  detail?: string;
}

const TICKET_CODE = /^[0-9A-F]{32}$/;

const attendeeSelect = {
  id: true, eventId: true, status: true, title: true, firstName: true, lastName: true,
  organization: true, checkedInAt: true, event: { select: { title: true } },
} as const;

type Where = { id: string } | { ticketCode: string };

async function getEventIdOrThrow(slug: string): Promise<string> {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
  if (!event) throw new AppError('NOT_FOUND', 'Veranstaltung nicht gefunden.');
  return event.id;
}

async function checkIn(slug: string, where: Where, actorEmail: string, now: Date): Promise<CheckinResult> {
  const eventId = await getEventIdOrThrow(slug);
  // The conditional UPDATE decides: of two devices scanning at once only one matches `checkedInAt: null`,
  // and repeating a scan changes nothing.
  const { count } = await db.registration.updateMany({
    where: { ...where, eventId, status: 'confirmed', checkedInAt: null },
    data: { checkedInAt: now, checkedInBy: actorEmail },
  });
  const row = await db.registration.findUnique({ where, select: attendeeSelect });
  if (!row) return { kind: 'unknown_code' };
  // Another event's ticket: name that event so staff can redirect the guest, but not the person.
  if (row.eventId !== eventId) return { kind: 'wrong_event', otherEventTitle: row.event.title };
  const attendee: CheckinAttendee = {
    id: row.id, firstName: row.firstName, lastName: row.lastName, title: row.title,
    organization: row.organization, checkedInAt: row.checkedInAt,
  };
  if (count === 1) return { kind: 'checked_in', attendee };
  if (row.status === 'cancelled') return { kind: 'cancelled', attendee };
  if (row.status === 'waitlisted') return { kind: 'waitlisted', attendee };
  return { kind: 'already_checked_in', attendee };
}

/** Checks in the holder of a scanned or typed ticket code; idempotent and safe against concurrent scans. */
export async function checkInByCode(slug: string, rawCode: string, actorEmail: string, now = new Date()): Promise<CheckinResult> {
  const ticketCode = normalizeTicketCode(rawCode);
  if (!TICKET_CODE.test(ticketCode)) {
    await getEventIdOrThrow(slug);
    return { kind: 'unknown_code' };
  }
  return checkIn(slug, { ticketCode }, actorEmail, now);
}

/** Checks in a registration picked from the name search; same rules as checkInByCode. */
export async function checkInById(slug: string, registrationId: string, actorEmail: string, now = new Date()): Promise<CheckinResult> {
  return checkIn(slug, { id: registrationId }, actorEmail, now);
}

const clock = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: EVENT_TIME_ZONE });

function fullName(a: CheckinAttendee): string {
  return [a.title, a.firstName, a.lastName].filter(Boolean).join(' ');
}

/** Maps a check-in result to the German text and tone of the door screen. */
export function describeCheckinResult(result: CheckinResult): CheckinDisplay {
  const a = result.attendee;
  const person = a ? { name: fullName(a), ...(a.organization ? { detail: a.organization } : {}) } : {};
  switch (result.kind) {
    case 'checked_in':
      return { tone: 'success', symbol: '✓', headline: 'Eingecheckt', ...person };
    case 'already_checked_in': {
      const at = a?.checkedInAt ? ` um ${clock.format(a.checkedInAt)} Uhr` : '';
      return { tone: 'warning', symbol: '!', headline: `Bereits eingecheckt${at}`, ...person };
    }
    case 'waitlisted':
      return { tone: 'warning', symbol: '!', headline: 'Auf der Warteliste – nicht bestätigt', ...person };
    case 'cancelled':
      return { tone: 'danger', symbol: '✕', headline: 'Storniert – kein Einlass', ...person };
    case 'wrong_event':
      return {
        tone: 'danger', symbol: '✕', headline: 'Ticket für eine andere Veranstaltung',
        ...(result.otherEventTitle ? { detail: `Dieses Ticket gilt für „${result.otherEventTitle}“.` } : {}),
      };
    case 'unknown_code':
      return { tone: 'danger', symbol: '✕', headline: 'Unbekannter Code', detail: 'Bitte Code prüfen oder nach dem Namen suchen.' };
  }
}
