import { getCertificateEvent, getCertificateSignature } from '@/lib/certificates/settings-queries';
import { AppError } from '@/lib/errors';
import { defineRoute } from '@/lib/server/edge/route';
import { imageResponse } from '@/lib/server/image-response';

export const dynamic = 'force-dynamic';

/**
 * The event's certificate signature for the editor's preview: organizers only, type from the bytes, never cached.
 * A file-like name, so proxy.ts lets a signed-out request through to answer 401 instead of the sign-in page.
 */
export const GET = defineRoute({
  access: 'organizer',
  event: getCertificateEvent,
  run: async ({ event }) => {
    const signature = await getCertificateSignature(event.id);
    if (!signature) throw new AppError('NOT_FOUND', 'notFound');
    return imageResponse(signature.bytes, signature.mime, false);
  },
});
