import { getEventCover } from '@/lib/covers/queries';
import type { Locale } from '@/lib/i18n/config';

/** The event's cover image, described in the page's language (German when no English text was given). */
export async function EventCover({ eventId, locale }: { eventId: string; locale: Locale }) {
  const cover = await getEventCover(eventId);
  if (!cover) return null;
  const english = locale === 'en' ? cover.altEn : '';
  const alt = cover.decorative ? '' : english || cover.altDe;
  return (
    <img
      src={`/media/covers/${cover.id}`}
      alt={alt}
      lang={!cover.decorative && locale === 'en' && !english ? 'de' : undefined}
      style={{ display: 'block', width: '100%', height: 'auto', maxHeight: '22rem', objectFit: 'cover' }}
    />
  );
}
