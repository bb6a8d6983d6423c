import 'server-only';
import { revalidatePath } from 'next/cache';
import { cachedPath } from '@/lib/i18n/cached-route';
import { LOCALES } from '@/lib/i18n/config';

/** Drops the cached event page (both languages) so the next request renders it anew. */
export function revalidateEventPage(slug: string): void {
  // The page is cached under its internal route (/events/<slug> is rewritten there by language), so that is the path to drop.
  for (const locale of LOCALES) revalidatePath(cachedPath(locale, `/events/${slug}`));
}

/** Drops cached renderings of an event's public pages, the home page and the editor after a change. */
export function revalidateEvent(...slugs: string[]): void {
  for (const slug of new Set(slugs)) {
    revalidateEventPage(slug);
    revalidatePath(`/events/${slug}/register`);
    revalidatePath(`/dashboard/events/${slug}/edit`, 'layout');
  }
  revalidatePath('/');
  revalidatePath('/dashboard');
}
