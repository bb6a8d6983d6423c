import type { EventDetail } from '@/lib/events/queries';
import { acceptsRegistrations } from '@/lib/events/registration-state';
import { getBranding } from '@/lib/branding/queries';
import { buildEventJsonLd, serializeJsonLd } from '@/lib/branding/json-ld';
import { absoluteUrl, shareImageUrl } from '@/lib/branding/share';
import { getEventCover } from '@/lib/covers/queries';
import type { Locale } from '@/lib/i18n/config';
import { localizeEvent } from '@/lib/events/localize';

type Props = {
  event: EventDetail;
  locale: Locale;
};

/** schema.org/Event as JSON-LD; the JSON is escaped so no text from the event can leave the script element. */
export async function EventJsonLd({ event, locale }: Props) {
  const [branding, cover] = await Promise.all([getBranding(), getEventCover(event.id)]);
  const coverUrl = cover ? absoluteUrl(`/media/covers/${cover.id}`) : null;
  const host = event.hosts[0];
  const { title, motto } = localizeEvent(event, locale);
  const data = buildEventJsonLd({
    url: absoluteUrl(`/events/${event.slug}`),
    name: title.value,
    description: motto.value,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    imageUrls: [coverUrl, shareImageUrl(locale, event.slug)].filter((u): u is string => Boolean(u)),
    organizer: branding.orgName ? { name: branding.orgName } : host ? { name: host.name, url: host.url } : null,
    inLanguage: title.lang ?? locale,
    available: acceptsRegistrations(event.registration),
  });
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be raw text; serializeJsonLd escapes <, > and &.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
