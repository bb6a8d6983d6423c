import { type EventContent, localizedTitle, localizeEvent } from '@/lib/events/localize';
import type { RegistrationState } from '@/lib/events/registration-state';
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
  registration: Pick<RegistrationState, 'status' | 'capacity' | 'remaining' | 'opensAt'>;
}

export interface EventDetailInput extends EventSummaryInput, Omit<EventContent, 'sessions' | 'hosts'> {
  motto: string | null;
  themes: string[];
  /** Active custom questions in form order; API clients send their answers keyed by id. */
  questions?: QuestionDefinition[];
  sessions: {
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
  sessions: {
    title: string;
    startsAt: string;
    endsAt: string | null;
    room: string | null;
    description: string | null;
    speakers: { name: string; role: string | null; organization: string | null }[];
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
    sessions: content.sessions.map((s) => ({
      title: s.title.value,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt ? s.endsAt.toISOString() : null,
      room: s.room,
      description: s.description.value,
      speakers: s.speakers.map((sp) => ({ name: sp.name, role: sp.role.value, organization: sp.organization })),
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
