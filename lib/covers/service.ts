import 'server-only';
import { recordAudit } from '@/lib/audit/service';
import { AppError, fieldError, isAppError } from '@/lib/errors';
import { validateLogo } from '@/lib/events/logo';
import { db } from '@/lib/server/db';
import type { CoverInput } from './schema';

/** The same checks as host logos (type by content, 1 MB), reported at the cover form's `image` field. */
function validateCover(bytes: Uint8Array) {
  try {
    const { logo, logoMime } = validateLogo(bytes);
    return { image: logo, mime: logoMime };
  } catch (error) {
    if (!isAppError(error, 'INVALID_INPUT')) throw error;
    const key = error.key === 'logoTooLarge' ? 'coverTooLarge' : error.key === 'logoType' ? 'coverType' : error.key;
    throw fieldError('image', key);
  }
}

/**
 * Sets, changes or removes an event's cover image. `imageBytes` undefined keeps the image (texts only), null removes
 * the cover. A new image gets a new id, so `/media/covers/<id>` never changes content.
 */
export async function saveCover(
  actor: string,
  eventId: string,
  texts: CoverInput,
  imageBytes?: Uint8Array | null,
): Promise<{ slug: string }> {
  const image = imageBytes ? validateCover(imageBytes) : null;
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { slug: true } });
    if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
    const data = { altDe: texts.altDe, altEn: texts.altEn, decorative: texts.decorative };
    let change: 'replaced' | 'removed' | 'texts';
    if (imageBytes === null) {
      await tx.eventCover.deleteMany({ where: { eventId } });
      change = 'removed';
    } else if (image) {
      // A new row, so a new id and URL.
      await tx.eventCover.deleteMany({ where: { eventId } });
      await tx.eventCover.create({ data: { eventId, ...image, ...data }, select: { id: true } });
      change = 'replaced';
    } else {
      const updated = await tx.eventCover.updateMany({ where: { eventId }, data });
      if (updated.count === 0) throw fieldError('image', 'coverMissing');
      change = 'texts';
    }
    await recordAudit(tx, {
      actor,
      action: 'event.cover',
      eventId,
      summary: 'Titelbild geändert.',
      details: { change, decorative: texts.decorative },
    });
    return { slug: event.slug };
  });
}
