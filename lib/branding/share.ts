import 'server-only';
import type { Metadata } from 'next';
import type { Locale } from '@/lib/i18n/config';
import { env } from '@/lib/server/env';
import { getBranding } from './queries';

/** The absolute public URL of a path, as links in previews and structured data need it. */
export function absoluteUrl(path: string): string {
  return new URL(path, env.APP_URL).toString();
}

/** The generated preview picture of an event page in one language (app/media/share). */
export function shareImageUrl(locale: Locale, slug: string): string {
  return absoluteUrl(`/media/share/${locale}/${slug}`);
}

/**
 * Open Graph and Twitter card for an event page, with the generated preview picture; every URL is the public one,
 * never the internal cached route.
 */
export async function eventShareMetadata(
  event: { slug: string; title: string; description?: string | null },
  locale: Locale,
): Promise<Metadata> {
  const siteName = (await getBranding()).orgName ?? 'Tagungsbüro';
  const url = absoluteUrl(`/events/${event.slug}`);
  const description = event.description ?? undefined;
  const image = shareImageUrl(locale, event.slug);
  return {
    alternates: { canonical: url },
    openGraph: {
      type: 'website',
      url,
      title: event.title,
      description,
      siteName,
      locale: locale === 'de' ? 'de_DE' : 'en_GB',
      images: [{ url: image, width: 1200, height: 630, alt: event.title }],
    },
    twitter: { card: 'summary_large_image', title: event.title, description, images: [image] },
  };
}
