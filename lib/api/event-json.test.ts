import { describe, expect, it } from 'vitest';
import { toEventDetailJson, toEventSummaryJson, type EventDetailInput } from './event-json';

const event: EventDetailInput = {
  slug: 'mdk-16',
  title: '16. Mitteldeutsche Digitalisierungskonferenz',
  motto: 'Digital. Gemeinsam.',
  themes: ['Verwaltung'],
  startsAt: new Date('2025-04-03T07:00:00Z'),
  endsAt: new Date('2025-04-03T15:00:00Z'),
  venueName: 'HTWK Leipzig',
  venueAddress: 'Karl-Liebknecht-Straße 132\n04277 Leipzig',
  registration: { status: 'open', capacity: 250, remaining: 12 },
  sessions: [
    {
      title: 'Podium', startsAt: new Date('2025-04-03T07:30:00Z'), endsAt: null, room: null, description: 'Text',
      speakers: [{ name: 'Erika Mustermann', role: 'Moderation', organization: null }],
    },
  ],
};

describe('event JSON', () => {
  it('maps a summary with ISO dates and a one-line address', () => {
    expect(toEventSummaryJson(event)).toEqual({
      slug: 'mdk-16',
      title: '16. Mitteldeutsche Digitalisierungskonferenz',
      startsAt: '2025-04-03T07:00:00.000Z',
      endsAt: '2025-04-03T15:00:00.000Z',
      venue: { name: 'HTWK Leipzig', address: 'Karl-Liebknecht-Straße 132, 04277 Leipzig' },
      registration: { status: 'open', capacity: 250, remaining: 12 },
    });
  });

  it('keeps null capacity and remaining for unlimited events and drops internal fields', () => {
    const json = toEventSummaryJson({
      ...event,
      registration: { status: 'open', capacity: null, remaining: null, reason: null, isPast: false } as EventDetailInput['registration'],
    });
    expect(json.registration).toEqual({ status: 'open', capacity: null, remaining: null });
  });

  it('maps the programme with speakers and null end times', () => {
    const json = toEventDetailJson({ ...event, id: 'secret-id', confirmedCount: 238 } as EventDetailInput);
    expect(json.sessions).toEqual([
      {
        title: 'Podium', startsAt: '2025-04-03T07:30:00.000Z', endsAt: null, room: null, description: 'Text',
        speakers: [{ name: 'Erika Mustermann', role: 'Moderation', organization: null }],
      },
    ]);
    expect(json.motto).toBe('Digital. Gemeinsam.');
    expect(json).not.toHaveProperty('id');
    expect(json).not.toHaveProperty('confirmedCount');
  });
});
