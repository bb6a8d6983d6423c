import type { RegistrationState } from '@/lib/events/registration-state';

// Pure mappers from query results to the public JSON shapes; the OpenAPI document describes the same shapes.

export interface EventSummaryInput {
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueAddress: string;
  registration: Pick<RegistrationState, 'status' | 'capacity' | 'remaining'>;
}

export interface EventDetailInput extends EventSummaryInput {
  motto: string | null;
  themes: string[];
  sessions: {
    title: string;
    startsAt: Date;
    endsAt: Date | null;
    room: string | null;
    description: string | null;
    speakers: { name: string; role: string | null; organization: string | null }[];
  }[];
}

export interface EventSummaryJson {
  slug: string;
  title: string;
  startsAt: string;
  endsAt: string;
  venue: { name: string; address: string };
  registration: { status: RegistrationState['status']; capacity: number | null; remaining: number | null };
}

export interface EventDetailJson extends EventSummaryJson {
  motto: string | null;
  themes: string[];
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
export function toEventSummaryJson(event: EventSummaryInput): EventSummaryJson {
  return {
    slug: event.slug,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    // The address is stored multi-line for letters; a JSON client gets one line.
    venue: { name: event.venueName, address: event.venueAddress.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(', ') },
    registration: {
      status: event.registration.status,
      capacity: event.registration.capacity,
      remaining: event.registration.remaining,
    },
  };
}

/** One event with its programme. */
export function toEventDetailJson(event: EventDetailInput): EventDetailJson {
  return {
    ...toEventSummaryJson(event),
    motto: event.motto,
    themes: [...event.themes],
    sessions: event.sessions.map((s) => ({
      title: s.title,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt ? s.endsAt.toISOString() : null,
      room: s.room,
      description: s.description,
      speakers: s.speakers.map((sp) => ({ name: sp.name, role: sp.role, organization: sp.organization })),
    })),
  };
}
