import { describe, expect, it } from 'vitest';
import { buildEventIcs, buildRegistrationIcs, icsFileName } from './ics';

const input = {
  uid: 'reg-123@tagungsbuero',
  title: '16. Mitteldeutsche Digitalisierungskonferenz',
  startsAt: new Date('2025-04-03T07:00:00Z'),
  endsAt: new Date('2025-04-03T15:30:00Z'),
  venueName: 'HTWK Leipzig',
  venueAddress: 'Karl-Liebknecht-Straße 132\n04277 Leipzig',
  venueRoom: 'Geutebrück-Bau',
  url: 'https://tagung.example/events/konferenz',
};

/** Unfolds RFC 5545 continuation lines, so properties can be read whole. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const prop = (ics: string, name: string) =>
  unfold(ics)
    .find((l) => l.startsWith(`${name}:`))
    ?.slice(name.length + 1);

describe('buildEventIcs', () => {
  const ics = buildEventIcs(input);

  it('produces a calendar with one event and CRLF line endings only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes start and end in UTC', () => {
    expect(prop(ics, 'DTSTART')).toBe('20250403T070000Z');
    expect(prop(ics, 'DTEND')).toBe('20250403T153000Z');
  });

  it('names the venue with its address as location, escaping commas', () => {
    const location = prop(ics, 'LOCATION');
    expect(location).toContain('Leipzig');
    expect(location).toBe('HTWK Leipzig\\, Geutebrück-Bau\\, Karl-Liebknecht-Straße 132\\, 04277 Leipzig');
  });

  it('carries title, URL, the event link in the description and the stable UID', () => {
    expect(prop(ics, 'SUMMARY')).toBe(input.title);
    expect(prop(ics, 'URL')).toBe(input.url);
    expect(prop(ics, 'DESCRIPTION')).toContain(input.url);
    expect(prop(ics, 'UID')).toBe('reg-123@tagungsbuero');
    expect(prop(buildEventIcs(input), 'UID')).toBe(prop(ics, 'UID'));
  });
});

describe('icsFileName', () => {
  it('keeps slugs and replaces anything unsafe', () => {
    expect(icsFileName('beispiel-2026')).toBe('beispiel-2026.ics');
    expect(icsFileName('a/b"c')).toBe('a-b-c.ics');
  });
});

describe('buildRegistrationIcs', () => {
  const event = {
    slug: 'konferenz',
    title: '16. Mitteldeutsche Digitalisierungskonferenz',
    titleEn: '16th Central German Digitalisation Conference',
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    venueName: input.venueName,
    venueAddress: input.venueAddress,
    venueRoom: null,
  };

  it('titles the entry in the registration language, German when no English title exists', () => {
    expect(prop(buildRegistrationIcs(event, 'r1', undefined, 'en'), 'SUMMARY')).toBe(event.titleEn);
    expect(prop(buildRegistrationIcs(event, 'r1'), 'SUMMARY')).toBe(event.title);
    expect(prop(buildRegistrationIcs({ ...event, titleEn: null }, 'r1', undefined, 'en'), 'SUMMARY')).toBe(event.title);
  });
});
