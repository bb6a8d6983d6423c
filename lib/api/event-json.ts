import { type EventContent, localizedTitle, localizeEvent } from '@/lib/events/localize';
import type { AttendanceFormat, AttendanceMode } from '@/lib/events/modes';
import type { ModeState, RegistrationState } from '@/lib/events/registration-state';
import type { Locale } from '@/lib/i18n/config';
import {
  optionLabel,
  type QuestionDefinition,
  type QuestionType,
  questionHelp,
  questionLabel,
} from '@/lib/questions/schema';

// Pure mappers from query results to the public JSON shapes; the OpenAPI document describes the same shapes.
// Content comes in the language of Accept-Language (German by default), English falling back to German by field.

export interface EventSummaryInput {
  slug: string;
  title: string;
  titleEn?: string | null;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueAddress: string;
  registration: Pick<RegistrationState, 'status' | 'capacity' | 'remaining' | 'opensAt'> & { modes?: ModeState[] };
}

export interface EventDetailInput extends EventSummaryInput, Omit<EventContent, 'sessions' | 'hosts'> {
  motto: string | null;
  themes: string[];
  /** Active custom questions in form order; API clients send their answers keyed by id. */
  questions?: QuestionDefinition[];
  /** On site, online or hybrid; absent = on site. */
  attendanceFormat?: AttendanceFormat;
  sessions: {
    id: string;
    bookable: boolean;
    /** Places of a bookable session; null = unlimited. */
    capacity: number | null;
    confirmedCount: number;
    waitlistEnabled: boolean;
    title: string;
    titleEn?: string | null;
    startsAt: Date;
    endsAt: Date | null;
    room: string | null;
    description: string | null;
    descriptionEn?: string | null;
    speakers: { name: string; role: string | null; roleEn?: string | null; organization: string | null }[];
  }[];
}

export interface EventSummaryJson {
  slug: string;
  title: string;
  startsAt: string;
  endsAt: string;
  venue: { name: string; address: string };
  registration: {
    status: RegistrationState['status'];
    capacity: number | null;
    remaining: number | null;
    opensAt: string | null;
  };
}

export interface QuestionJson {
  id: string;
  type: QuestionType;
  label: string;
  help: string | null;
  required: boolean;
  options: { value: string; label: string }[];
  min: number | null;
  max: number | null;
}

export interface EventDetailJson extends EventSummaryJson {
  motto: string | null;
  themes: string[];
  questions: QuestionJson[];
  attendanceFormat: AttendanceFormat;
  /** The modes a registration may choose (the first is the default), with their places; null = unlimited. */
  modes: { mode: AttendanceMode; capacity: number | null; remaining: number | null }[];
  sessions: {
    /** Send it in a registration's `sessions` (bookable sessions only). */
    id: string;
    title: string;
    startsAt: string;
    endsAt: string | null;
    room: string | null;
    description: string | null;
    speakers: { name: string; role: string | null; organization: string | null }[];
    bookable: boolean;
    capacity: number | null;
    remaining: number | null;
    /** A full bookable session offers its own waiting list. */
    waitlist: boolean;
  }[];
}

/** The list entry of one event. */
export function toEventSummaryJson(event: EventSummaryInput, locale: Locale = 'de'): EventSummaryJson {
  return {
    slug: event.slug,
    title: localizedTitle(event, locale),
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    // The address is stored multi-line for letters; a JSON client gets one line.
    venue: {
      name: event.venueName,
      address: event.venueAddress
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .join(', '),
    },
    registration: {
      status: event.registration.status,
      capacity: event.registration.capacity,
      remaining: event.registration.remaining,
      opensAt: event.registration.opensAt ? event.registration.opensAt.toISOString() : null,
    },
  };
}

/** One event with its programme. */
export function toEventDetailJson(event: EventDetailInput, locale: Locale = 'de'): EventDetailJson {
  const content = localizeEvent(event, locale);
  return {
    ...toEventSummaryJson(event, locale),
    motto: content.motto.value,
    themes: [...content.themes.value],
    questions: (event.questions ?? []).map((q) => toQuestionJson(q, locale)),
    attendanceFormat: event.attendanceFormat ?? 'onsite',
    modes: (event.registration.modes ?? [{ mode: 'onsite', ...event.registration }]).map((m) => ({
      mode: m.mode,
      capacity: m.capacity,
      remaining: m.remaining,
    })),
    sessions: content.sessions.map((s) => ({
      id: s.id,
      title: s.title.value,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt ? s.endsAt.toISOString() : null,
      room: s.room,
      description: s.description.value,
      speakers: s.speakers.map((sp) => ({ name: sp.name, role: sp.role.value, organization: sp.organization })),
      // Places only mean something for a bookable session.
      bookable: s.bookable,
      capacity: s.bookable ? s.capacity : null,
      remaining: s.bookable && s.capacity !== null ? Math.max(s.capacity - s.confirmedCount, 0) : null,
      waitlist: s.bookable && s.waitlistEnabled,
    })),
  };
}

/** A custom question as API clients see it: labels in the requested language (German where none), values to send. */
export function toQuestionJson(q: QuestionDefinition, locale: Locale = 'de'): QuestionJson {
  return {
    id: q.id,
    type: q.type,
    label: questionLabel(q, locale),
    help: questionHelp(q, locale),
    required: q.required,
    options: q.options.map((o) => ({ value: o.value, label: optionLabel(o, locale) })),
    min: q.min,
    max: q.max,
  };
}
