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
  registration: { status: 'open', capacity: 250, remaining: 12, opensAt: null },
  sessions: [
    {
      id: 'session-1',
      bookable: false,
      capacity: null,
      confirmedCount: 0,
      waitlistEnabled: false,
      title: 'Podium',
      startsAt: new Date('2025-04-03T07:30:00Z'),
      endsAt: null,
      room: null,
      description: 'Text',
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
      registration: { status: 'open', capacity: 250, remaining: 12, opensAt: null },
    });
  });

  it('keeps null capacity and remaining for unlimited events and drops internal fields', () => {
    const json = toEventSummaryJson({
      ...event,
      registration: {
        status: 'open',
        capacity: null,
        remaining: null,
        opensAt: null,
        reason: null,
        isPast: false,
      } as EventDetailInput['registration'],
    });
    expect(json.registration).toEqual({ status: 'open', capacity: null, remaining: null, opensAt: null });
  });

  it('gives English content for locale en, falling back to German field by field', () => {
    const english = {
      ...event,
      titleEn: '16th Central German Digitalisation Conference',
      themesEn: ['Administration'],
      sessions: event.sessions.map((s) => ({ ...s, titleEn: 'Panel', roleEn: null })),
    };
    const json = toEventDetailJson(english, 'en');
    expect(json.title).toBe('16th Central German Digitalisation Conference');
    expect(json.motto).toBe('Digital. Gemeinsam.');
    expect(json.themes).toEqual(['Administration']);
    expect(json.sessions[0]).toMatchObject({ title: 'Panel', description: 'Text' });
    expect(toEventDetailJson(english).title).toBe('16. Mitteldeutsche Digitalisierungskonferenz');
  });

  it('maps the programme with speakers and null end times', () => {
    const json = toEventDetailJson({ ...event, id: 'secret-id', confirmedCount: 238 } as EventDetailInput);
    expect(json.sessions).toEqual([
      {
        id: 'session-1',
        title: 'Podium',
        startsAt: '2025-04-03T07:30:00.000Z',
        endsAt: null,
        room: null,
        description: 'Text',
        speakers: [{ name: 'Erika Mustermann', role: 'Moderation', organization: null }],
        bookable: false,
        capacity: null,
        remaining: null,
        waitlist: false,
      },
    ]);
    expect(json.motto).toBe('Digital. Gemeinsam.');
    expect(json).not.toHaveProperty('id');
    expect(json).not.toHaveProperty('confirmedCount');
  });

  it('gives the opening time of a registration that opens later as ISO', () => {
    const json = toEventSummaryJson({
      ...event,
      registration: { status: 'closed', capacity: 250, remaining: 250, opensAt: new Date('2026-02-01T08:00:00Z') },
    });
    expect(json.registration).toEqual({
      status: 'closed',
      capacity: 250,
      remaining: 250,
      opensAt: '2026-02-01T08:00:00.000Z',
    });
  });

  it('lists questions with German labels and option values to send', () => {
    const json = toEventDetailJson({
      ...event,
      questions: [
        {
          id: 'q1',
          type: 'singleChoice',
          labelDe: 'Teilnahme am Mittagessen?',
          labelEn: 'Lunch?',
          helpDe: null,
          helpEn: null,
          required: true,
          options: [
            { value: 'ja', de: 'Ja', en: 'Yes' },
            { value: 'nein', de: 'Nein', en: 'No' },
          ],
          min: null,
          max: null,
        },
      ],
    });
    expect(json.questions).toEqual([
      {
        id: 'q1',
        type: 'singleChoice',
        label: 'Teilnahme am Mittagessen?',
        help: null,
        required: true,
        options: [
          { value: 'ja', label: 'Ja' },
          { value: 'nein', label: 'Nein' },
        ],
        min: null,
        max: null,
      },
    ]);
    expect(toEventDetailJson(event).questions).toEqual([]);
  });

  it('gives question labels, help and options in English when asked, German where no translation exists', () => {
    const question = {
      id: 'q1',
      type: 'singleChoice' as const,
      labelDe: 'Teilnahme am Mittagessen?',
      labelEn: 'Lunch?',
      helpDe: 'Für die Planung.',
      helpEn: null,
      required: true,
      options: [
        { value: 'ja', de: 'Ja', en: 'Yes' },
        { value: 'nein', de: 'Nein' },
      ],
      min: null,
      max: null,
    };
    const json = toEventDetailJson({ ...event, questions: [question] }, 'en');
    expect(json.questions[0]).toMatchObject({
      label: 'Lunch?',
      help: 'Für die Planung.',
      options: [
        { value: 'ja', label: 'Yes' },
        { value: 'nein', label: 'Nein' },
      ],
    });
  });

  it('gives bookable sessions their places and the modes their remaining places', () => {
    const json = toEventDetailJson({
      ...event,
      attendanceFormat: 'hybrid',
      registration: {
        ...event.registration,
        modes: [
          { mode: 'onsite', capacity: 250, remaining: 12 },
          { mode: 'online', capacity: null, remaining: null },
        ],
      },
      sessions: [
        {
          ...(event.sessions[0] as EventDetailInput['sessions'][number]),
          bookable: true,
          capacity: 30,
          confirmedCount: 31,
        },
        {
          ...(event.sessions[0] as EventDetailInput['sessions'][number]),
          id: 's2',
          bookable: true,
          capacity: 30,
          confirmedCount: 4,
          waitlistEnabled: true,
        },
      ],
    });
    expect(json.attendanceFormat).toBe('hybrid');
    expect(json.modes).toEqual([
      { mode: 'onsite', capacity: 250, remaining: 12 },
      { mode: 'online', capacity: null, remaining: null },
    ]);
    expect(json.sessions.map((s) => [s.id, s.capacity, s.remaining, s.waitlist])).toEqual([
      ['session-1', 30, 0, false],
      ['s2', 30, 26, true],
    ]);
    expect(json.sessions[0]).not.toHaveProperty('confirmedCount');
  });
});
