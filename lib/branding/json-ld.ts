// schema.org/Event for search engines and link previews. Pure, so the escaping is unit-tested.

export interface EventJsonLdInput {
  url: string;
  name: string;
  description?: string | null;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueAddress: string;
  imageUrls?: string[];
  organizer?: { name: string; url?: string | null } | null;
  /** BCP 47 tag of the texts. */
  inLanguage: string;
  /** False when registration is closed or full, so no offer is advertised. */
  available: boolean;
}

export function buildEventJsonLd(input: EventJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    startDate: input.startsAt.toISOString(),
    endDate: input.endsAt.toISOString(),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: input.venueName,
      address: { '@type': 'PostalAddress', streetAddress: input.venueAddress, addressCountry: 'DE' },
    },
    url: input.url,
    inLanguage: input.inLanguage,
    ...(input.imageUrls?.length ? { image: input.imageUrls } : {}),
    ...(input.organizer
      ? {
          organizer: {
            '@type': 'Organization',
            name: input.organizer.name,
            ...(input.organizer.url ? { url: input.organizer.url } : {}),
          },
        }
      : {}),
    offers: {
      '@type': 'Offer',
      url: input.url,
      price: 0,
      priceCurrency: 'EUR',
      availability: input.available ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut',
    },
  };
}

/**
 * JSON for a <script> element: `<` is escaped, so no text can close the element ("</script>") or open a comment,
 * and `>`, `&` and the JavaScript line separators too, so the output is safe in any HTML context. JSON.parse
 * reads the escapes back unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
