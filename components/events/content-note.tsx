import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';

/** Says once per page that some organizer content is shown in German because no English version exists. */
export function ContentFallbackNote({ fallbacks, locale }: { fallbacks: readonly string[]; locale: Locale }) {
  if (fallbacks.length === 0) return null;
  return (
    <p className="muted" data-testid="content-fallback-note">
      {getDictionary(locale).content.fallbackNote}
    </p>
  );
}
