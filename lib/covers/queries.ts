import 'server-only';
import { cache } from 'react';
import { requireOrganizer } from '@/lib/auth/guards';
import { sniffLogoMime } from '@/lib/events/logo';
import { db } from '@/lib/server/db';

const textSelect = { id: true, altDe: true, altEn: true, decorative: true } as const;

/** The cover of a published event for its public page (no bytes); null when there is none. Once per request. */
export const getEventCover = cache(async (eventId: string) => {
  // Public on purpose: the public event page shows it.
  return db.eventCover.findFirst({ where: { eventId, event: { published: true } }, select: textSelect });
});

/** The cover for the editor (no bytes), also of unpublished events. */
export async function getCoverForEditing(eventId: string) {
  await requireOrganizer();
  return db.eventCover.findUnique({ where: { eventId }, select: textSelect });
}

/** A cover image by its id with the type taken from its bytes and whether its event is public. */
export async function getCoverImage(id: string) {
  // Public on purpose (media route): the caller decides by `published` who may see it.
  const cover = await db.eventCover.findUnique({
    where: { id },
    select: { image: true, event: { select: { published: true } } },
  });
  const mime = cover ? sniffLogoMime(cover.image) : null;
  return cover && mime ? { bytes: cover.image, mime, published: cover.event.published } : null;
}
