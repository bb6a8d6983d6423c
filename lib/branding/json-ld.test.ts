import { describe, expect, it } from 'vitest';
import { buildEventJsonLd, type EventJsonLdInput, serializeJsonLd } from './json-ld';

const input: EventJsonLdInput = {
  url: 'https://tagung.example/events/konferenz',
  name: '16. Mitteldeutsche Digitalisierungskonferenz',
  description: 'Digital First',
  startsAt: new Date('2026-04-03T06:30:00Z'),
  endsAt: new Date('2026-04-03T15:00:00Z'),
  venueName: 'HTWK Leipzig',
  venueAddress: 'Karl-Liebknecht-Str. 132, 04277 Leipzig',
  imageUrls: ['https://tagung.example/cover.png'],
  organizer: { name: 'Cluster IT Mitteldeutschland e.V.', url: 'https://cluster.example' },
  inLanguage: 'de',
  available: true,
};

describe('event JSON-LD', () => {
  it('describes the event as schema.org/Event with place, dates, image, organizer and a free offer', () => {
    const ld = buildEventJsonLd(input);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: input.name,
      description: 'Digital First',
      startDate: '2026-04-03T06:30:00.000Z',
      endDate: '2026-04-03T15:00:00.000Z',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'HTWK Leipzig', address: { streetAddress: input.venueAddress } },
      image: ['https://tagung.example/cover.png'],
      organizer: { '@type': 'Organization', name: 'Cluster IT Mitteldeutschland e.V.', url: 'https://cluster.example' },
      offers: { price: 0, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
      url: input.url,
      inLanguage: 'de',
    });
  });

  it('leaves out what is missing and marks a full event as sold out', () => {
    const ld = buildEventJsonLd({ ...input, description: null, imageUrls: [], organizer: null, available: false });
    expect(ld).not.toHaveProperty('description');
    expect(ld).not.toHaveProperty('image');
    expect(ld).not.toHaveProperty('organizer');
    expect(ld.offers).toMatchObject({ availability: 'https://schema.org/SoldOut' });
  });

  it('escapes text that could end the script element, and parses back to the same data', () => {
    const ld = buildEventJsonLd({ ...input, name: '</script><script>alert(1)</script> & <!-- \u2028' });
    const json = serializeJsonLd(ld);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(ld);
  });
});
