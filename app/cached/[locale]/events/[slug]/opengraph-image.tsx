import { ShareImage, shareImageFonts } from '@/components/events/share-image';
import { ImageResponse } from 'next/og';
import { getBranding } from '@/lib/branding/queries';
import { getEventBySlug } from '@/lib/events/queries';
import { formatDate, formatTimeRange } from '@/lib/format';
import { toLocale } from '@/lib/i18n/config';

// The link preview of an event page (Open Graph and Twitter): title, date and venue on the organizer's colour.
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Veranstaltung';

export function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: segment, slug } = await params;
  const locale = toLocale(segment);
  const [event, branding] = await Promise.all([getEventBySlug(slug), getBranding()]);
  if (!event) return new Response('Not found', { status: 404 });
  return new ImageResponse(
    <ShareImage
      title={event.title}
      when={`${formatDate(event.startsAt, locale)}, ${formatTimeRange(event.startsAt, event.endsAt, locale)}`}
      where={event.venueName}
      orgName={branding.orgName ?? 'Tagungsbüro'}
      colour={branding.primaryColor ?? '#0b5394'}
    />,
    { ...size, fonts: await shareImageFonts() },
  );
}
