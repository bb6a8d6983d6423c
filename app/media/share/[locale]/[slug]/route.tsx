import { ImageResponse } from 'next/og';
import { ShareImage, shareImageFonts } from '@/components/events/share-image';
import { DEFAULT_PRIMARY } from '@/lib/branding/colour';
import { getBranding } from '@/lib/branding/queries';
import { AppError } from '@/lib/errors';
import { getEventBySlug } from '@/lib/events/queries';
import { formatDate, formatTimeRange } from '@/lib/format';
import { isLocale } from '@/lib/i18n/config';
import { localizeEvent } from '@/lib/events/localize';
import { defineRoute } from '@/lib/server/edge/route';

// Public on purpose: the link preview of a published event page (Open Graph, Twitter), in the page's language.
// Under /media, not beside the cached page, so no internal /cached/ address ever reaches a visitor.
export const GET = defineRoute({
  access: 'public',
  run: async ({ params }) => {
    const { locale, slug = '' } = params;
    const event = isLocale(locale) && /^[a-z0-9-]{1,80}$/.test(slug) ? await getEventBySlug(slug) : null;
    if (!event || !isLocale(locale)) throw new AppError('NOT_FOUND', 'eventNotFound');
    const branding = await getBranding();
    return new ImageResponse(
      <ShareImage
        title={localizeEvent(event, locale).title.value}
        when={`${formatDate(event.startsAt, locale)}, ${formatTimeRange(event.startsAt, event.endsAt, locale)}`}
        where={event.venueName}
        orgName={branding.orgName ?? 'Tagungsbüro'}
        colour={branding.primaryColor ?? DEFAULT_PRIMARY}
      />,
      {
        width: 1200,
        height: 630,
        fonts: await shareImageFonts(),
        // Titles and dates can change, so previews may be at most an hour old.
        headers: { 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' },
      },
    );
  },
});
